package no.samspill.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.samspill.core.conversation.HandleMessage;
import no.samspill.core.conversation.IncomingMessage;
import no.samspill.core.conversation.QuestionReply;
import no.samspill.core.conversation.Reply;
import no.samspill.core.conversation.StartReflection;
import no.samspill.core.directory.ChatIdentity;
import no.samspill.core.directory.ChatUser;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.directory.Leaders;
import no.samspill.core.reflection.Phase;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Not a test: what one chat turn (a message in, the bot's replies out, its writes stored) costs on
 * the embedded database for each durability, the old background commit first. The apps run side by
 * side in one JVM and take turns; each round reports the median and the mean time of a turn. Run
 * with bench/chat-turn.sh; args: turns per round, rounds.
 */
public final class ChatTurnBenchmark {

  private static final List<String> DURABILITIES = List.of("background", "written", "synced");

  private ChatTurnBenchmark() {}

  public static void main(String[] args) throws Exception {
    int turns = args.length > 0 ? Integer.parseInt(args[0]) : 300;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
    Path dir = Files.createTempDirectory("samspill-bench");
    List<ConfigurableApplicationContext> apps = new ArrayList<>();
    Map<String, Leader> leaders = new LinkedHashMap<>();
    Map<String, double[]> medians = new LinkedHashMap<>();
    Map<String, double[]> means = new LinkedHashMap<>();
    try {
      for (String durability : DURABILITIES) {
        ConfigurableApplicationContext app =
            TestApp.start(
                dir.resolve(durability + ".mv"),
                TestApp.newDatabase(),
                "samspill.scheduling.enabled=false",
                "samspill.mongodb.embedded-durability=" + durability);
        apps.add(app);
        leaders.put(durability, new Leader(app));
        medians.put(durability, new double[rounds]);
        means.put(durability, new double[rounds]);
      }
      leaders.values().forEach(leader -> leader.turns(3 * turns)); // warm-up, not counted
      for (int round = 0; round < rounds; round++) {
        Map<String, double[]> micros = round(leaders, turns);
        StringBuilder line = new StringBuilder("round " + (round + 1));
        for (String durability : DURABILITIES) {
          medians.get(durability)[round] = median(micros.get(durability));
          means.get(durability)[round] = Arrays.stream(micros.get(durability)).average().orElse(0);
          line.append(
              String.format(
                  "  %s %.0f/%.0f",
                  durability, medians.get(durability)[round], means.get(durability)[round]));
        }
        System.out.println(line + " µs/turn (median/mean)");
      }
    } finally {
      apps.forEach(ConfigurableApplicationContext::close);
    }
    report(rounds, turns, leaders, medians, means);
  }

  /** Each leader's turns in microseconds, taken in rotation so load from elsewhere hits all. */
  private static Map<String, double[]> round(Map<String, Leader> leaders, int turns) {
    Map<String, double[]> micros = new LinkedHashMap<>();
    DURABILITIES.forEach(durability -> micros.put(durability, new double[turns]));
    for (int turn = 0; turn < turns; turn++) {
      for (int i = 0; i < DURABILITIES.size(); i++) {
        String durability = DURABILITIES.get((turn + i) % DURABILITIES.size());
        long start = System.nanoTime();
        leaders.get(durability).turns(1);
        micros.get(durability)[turn] = (System.nanoTime() - start) / 1e3;
      }
    }
    return micros;
  }

  private static void report(
      int rounds,
      int turns,
      Map<String, Leader> leaders,
      Map<String, double[]> medians,
      Map<String, double[]> means) {
    double medianBefore = median(medians.get("background"));
    double meanBefore = median(means.get("background"));
    for (String durability : DURABILITIES) {
      double medianTurn = median(medians.get(durability));
      double meanTurn = median(means.get(durability));
      System.out.printf(
          "median of %d rounds of %d turns: %-10s median turn %5.0f µs (%.2f x background),"
              + " mean turn %5.0f µs (%.2f x); %d reflections completed%n",
          rounds,
          turns,
          durability,
          medianTurn,
          medianTurn / medianBefore,
          meanTurn,
          meanTurn / meanBefore,
          leaders.get(durability).completed);
    }
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  /**
   * A sample leader in the web channel going through ad-hoc reflections: a start, then each
   * question answered (typed text, or the first option), then the next start.
   */
  private static final class Leader {

    private final HandleMessage chat;
    private final StartReflection start;
    private final LeaderId id = new LeaderId("sample-per");
    private final ChatUser user;
    private QuestionReply open;
    private int answers;
    private int completed;

    Leader(ConfigurableApplicationContext app) {
      chat = app.getBean(HandleMessage.class);
      start = app.getBean(StartReflection.class);
      ChatIdentity web = new ChatIdentity("web", SampleData.TENANT.value(), id.value());
      app.getBean(Leaders.class).linkIdentity(web, id);
      user = ChatUser.of(web);
    }

    void turns(int count) {
      for (int i = 0; i < count; i++) {
        List<Reply> replies =
            open == null
                ? start.start(new StartReflection.Command(id, Phase.AD_HOC, null, null)).replies()
                : chat.handle(answer(open)).replies();
        QuestionReply before = open;
        open = question(replies);
        if (before != null && open == null) {
          completed++;
        }
      }
    }

    private IncomingMessage answer(QuestionReply question) {
      if (question.options().isEmpty()) {
        return IncomingMessage.submit(user, question.askedId(), "Svar nummer " + ++answers);
      }
      return IncomingMessage.click(user, question.options().get(0).action());
    }

    private static QuestionReply question(List<Reply> replies) {
      List<QuestionReply> questions = new ArrayList<>();
      for (Reply reply : replies) {
        if (reply instanceof QuestionReply q) {
          questions.add(q);
        }
      }
      return questions.isEmpty() ? null : questions.get(questions.size() - 1);
    }
  }
}
