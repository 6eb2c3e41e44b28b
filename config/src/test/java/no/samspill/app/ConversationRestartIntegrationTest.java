package no.samspill.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import no.samspill.core.conversation.Action;
import no.samspill.core.conversation.HandleMessage;
import no.samspill.core.conversation.IncomingMessage;
import no.samspill.core.conversation.QuestionReply;
import no.samspill.core.conversation.Reply;
import no.samspill.core.conversation.StartReflection;
import no.samspill.core.conversation.SummaryReply;
import no.samspill.core.directory.ChatIdentity;
import no.samspill.core.directory.ChatUser;
import no.samspill.core.reflection.Phase;
import no.samspill.core.reflection.Reflection;
import no.samspill.core.reflection.ReflectionStatus;
import no.samspill.core.reflection.Reflections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/** A half-answered flow survives a restart: two application contexts, one after the other. */
class ConversationRestartIntegrationTest {

  private static final ChatUser KARI =
      ChatUser.of(new ChatIdentity("web", SampleData.TENANT.value(), SampleData.KARI.value()));

  /** In working hours the sample municipality's due nudges would start other flows for Kari. */
  private static final String NO_DISPATCH = "samspill.scheduling.enabled=false";

  @TempDir Path dir;

  @Test
  void resumesAHalfAnsweredFlowAfterRestartAndListsItUnderMine() {
    Path data = dir.resolve("samspill.mv");
    String database = TestApp.newDatabase();
    QuestionReply open;
    try (ConfigurableApplicationContext first = TestApp.start(data, database, NO_DISPATCH)) {
      List<Reply> started =
          first
              .getBean(StartReflection.class)
              .start(
                  new StartReflection.Command(
                      SampleData.KARI,
                      Phase.POST,
                      new no.samspill.core.casework.CaseId("sample-c1"),
                      null))
              .replies();
      HandleMessage chat = first.getBean(HandleMessage.class);
      QuestionReply outcome = lastQuestion(started);
      open =
          lastQuestion(
              chat.handle(
                      IncomingMessage.submit(
                          KARI, outcome.askedId(), "Ventet motstand, fikk støtte"))
                  .replies());
      assertThat(open.kind()).isEqualTo(QuestionReply.Kind.SCALE);
    }

    try (ConfigurableApplicationContext second = TestApp.start(data, database, NO_DISPATCH)) {
      HandleMessage chat = second.getBean(HandleMessage.class);
      List<Reply> afterRestart =
          chat.handle(IncomingMessage.click(KARI, Action.answer(open.askedId(), "4"))).replies();
      QuestionReply approach = lastQuestion(afterRestart);
      assertThat(approach.kind()).isEqualTo(QuestionReply.Kind.CHOICE);
      assertThat(approach.step()).isEqualTo(3);

      QuestionReply lesson =
          lastQuestion(
              chat.handle(IncomingMessage.click(KARI, approach.options().get(1).action()))
                  .replies());
      QuestionReply share =
          lastQuestion(
              chat.handle(IncomingMessage.text(KARI, "Snakk med gruppelederne tidlig")).replies());
      List<Reply> done =
          chat.handle(IncomingMessage.click(KARI, share.options().get(0).action())).replies();
      assertThat(done).singleElement().isInstanceOf(SummaryReply.class);

      Reflection stored = second.getBean(Reflections.class).findByLeader(SampleData.KARI, 5).get(0);
      assertThat(stored.status()).isEqualTo(ReflectionStatus.COMPLETED);
      assertThat(stored.answers()).hasSize(5);
      assertThat(stored.answers().get(0).text()).isEqualTo("Ventet motstand, fikk støtte");
      assertThat(stored.answers().get(1).scale()).isEqualTo(4);
      assertThat(lesson.kind()).isEqualTo(QuestionReply.Kind.FREE_TEXT);
    }

    try (ConfigurableApplicationContext third = TestApp.start(data, database, NO_DISPATCH)) {
      SummaryReply mine =
          (SummaryReply)
              third
                  .getBean(HandleMessage.class)
                  .handle(IncomingMessage.text(KARI, "mine"))
                  .replies()
                  .get(0);
      assertThat(mine.lines()).hasSize(1);
      assertThat(mine.lines().get(0).value()).contains("Skolebruksplan").contains("fullført");
    }
  }

  private static QuestionReply lastQuestion(List<Reply> replies) {
    return (QuestionReply) replies.get(replies.size() - 1);
  }
}
