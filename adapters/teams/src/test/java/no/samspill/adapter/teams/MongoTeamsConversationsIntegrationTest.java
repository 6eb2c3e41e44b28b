package no.samspill.adapter.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.UUID;
import no.samspill.core.directory.ChatIdentity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * What the adapter writes of personal chats and open cards, with two instances (two stores) on one
 * database: unchanged chats are not written again, the open card is swapped in one round trip.
 */
class MongoTeamsConversationsIntegrationTest {

  private static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");

  static MongoServer server;
  static MongoClient client;

  MongoTeamsConversations here;
  MongoTeamsConversations otherInstance;
  ChatIdentity kari;

  @BeforeAll
  static void startServer() {
    server = new MongoServer(new MemoryBackend());
    InetSocketAddress address = server.bind();
    client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort());
  }

  @AfterAll
  static void stopServer() {
    client.close();
    server.shutdownNow();
  }

  @BeforeEach
  void twoInstances() {
    MongoTemplate mongo = new MongoTemplate(client, "teams-" + UUID.randomUUID());
    here = new MongoTeamsConversations(mongo);
    otherInstance = new MongoTeamsConversations(mongo);
    kari = new ChatIdentity("teams", "tid", "aad-" + UUID.randomUUID());
  }

  @Test
  void anUnchangedChatIsWrittenOnceUntilTheRefreshIntervalHasPassed() {
    assertThat(message("https://smba.example/emea/", "nb-NO", 0)).isTrue();

    boolean again = message("https://smba.example/emea/", "nb-NO", 9);
    boolean refreshed = message("https://smba.example/emea/", "nb-NO", 11);

    assertThat(again).isFalse();
    assertThat(refreshed).isTrue();
    assertThat(here.findPersonal(kari))
        .hasValueSatisfying(c -> assertThat(c.updatedAt()).isEqualTo(minutes(11)));
  }

  @Test
  void aChangedServiceUrlOrLocaleIsWrittenAtOnce() {
    message("https://smba.example/emea/", "nb-NO", 0);

    boolean moved = message("https://smba.example/emea2/", "nb-NO", 1);
    boolean nynorsk = message("https://smba.example/emea2/", "nn-NO", 2);

    assertThat(moved).isTrue();
    assertThat(nynorsk).isTrue();
    assertThat(here.findPersonal(kari))
        .hasValueSatisfying(
            c -> {
              assertThat(c.serviceUrl()).isEqualTo("https://smba.example/emea2/");
              assertThat(c.locale()).isEqualTo("nn-NO");
            });
  }

  @Test
  void aChatMarkedUnreachableHereIsWrittenReachableByTheNextMessage() {
    message("https://smba.example/emea/", "nb-NO", 0);
    here.markUnreachable(kari, "HTTP 403", minutes(1));

    boolean written = message("https://smba.example/emea/", "nb-NO", 2);

    assertThat(written).isTrue();
    assertThat(here.findPersonal(kari)).hasValueSatisfying(c -> assertThat(c.reachable()).isTrue());
  }

  @Test
  void aChatMarkedGoneHereIsWrittenReachableByTheNextMessage() {
    message("https://smba.example/emea/", "nb-NO", 0);
    here.markGone(kari, "a:1personal-" + kari.userId(), "HTTP 403", minutes(1));

    boolean written = message("https://smba.example/emea/", "nb-NO", 2);

    assertThat(written).isTrue();
    assertThat(here.findPersonal(kari)).hasValueSatisfying(c -> assertThat(c.reachable()).isTrue());
  }

  @Test
  void aChatAnotherInstanceMarkedUnreachableIsReachableAgainWithTheFirstMessageAfterTheInterval() {
    message("https://smba.example/emea/", "nb-NO", 0);
    otherInstance.markUnreachable(kari, "HTTP 403", minutes(1));

    message("https://smba.example/emea/", "nb-NO", 2);
    boolean stillUnreachable = !here.findPersonal(kari).orElseThrow().reachable();
    message("https://smba.example/emea/", "nb-NO", 10);

    assertThat(stillUnreachable).as("this instance cannot see the other's mark").isTrue();
    assertThat(here.findPersonal(kari)).hasValueSatisfying(c -> assertThat(c.reachable()).isTrue());
  }

  @Test
  void aChatForgottenHereIsWrittenAgainByTheNextMessage() {
    message("https://smba.example/emea/", "nb-NO", 0);
    here.forgetPersonal(kari);

    message("https://smba.example/emea/", "nb-NO", 1);

    assertThat(here.findPersonal(kari)).isPresent();
  }

  @Test
  void replacingTheOpenCardHandsBackTheOneItReplaced() {
    String conversation = "a:1personal-" + kari.userId();
    var first = new TeamsConversations.OpenCard(conversation, "card-1", "q-1", "Hvordan?", T0);
    var second = new TeamsConversations.OpenCard(conversation, "card-2", "q-2", "Hvorfor?", T0);

    assertThat(here.replaceOpenCard(first)).isEmpty();
    assertThat(otherInstance.replaceOpenCard(second)).contains(first);
    assertThat(here.findOpenCard(conversation)).contains(second);
  }

  @Test
  void closingTheOpenCardTakesItOutOnlyIfItAskedTheAnsweredQuestion() {
    String conversation = "a:1personal-" + kari.userId();
    var open = new TeamsConversations.OpenCard(conversation, "card-1", "q-1", "Hvordan?", T0);
    here.replaceOpenCard(open);

    assertThat(here.closeOpenCard(conversation, "q-other")).isEmpty();
    assertThat(here.findOpenCard(conversation)).contains(open);
    assertThat(otherInstance.closeOpenCard(conversation, "q-1")).contains(open);
    assertThat(here.findOpenCard(conversation)).isEmpty();
  }

  /** Kari writes to this instance {@code minute} minutes after T0; answers whether it wrote. */
  private boolean message(String serviceUrl, String locale, int minute) {
    return here.refreshPersonal(chat(serviceUrl, locale, minutes(minute)));
  }

  private TeamsConversations.PersonalChat chat(String serviceUrl, String locale, Instant at) {
    return new TeamsConversations.PersonalChat(
        kari.key(),
        serviceUrl,
        "a:1personal-" + kari.userId(),
        "tid",
        "29:1" + kari.userId(),
        "28:bot",
        locale,
        at,
        null,
        null);
  }

  private static Instant minutes(int minutes) {
    return T0.plusSeconds(60L * minutes);
  }
}
