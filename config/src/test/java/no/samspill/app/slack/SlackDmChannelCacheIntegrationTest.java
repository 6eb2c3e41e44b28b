package no.samspill.app.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import no.samspill.core.conversation.TextReply;
import no.samspill.core.delivery.Delivery;
import no.samspill.core.delivery.Dispatch;
import no.samspill.core.directory.Leader;
import no.samspill.core.language.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The DM channel with a leader is opened once and remembered in MongoDB: a burst of messages sent
 * at once shares one conversations.open, and after a restart none is needed.
 */
class SlackDmChannelCacheIntegrationTest {

  private static final int MESSAGES = 6;

  @TempDir Path dir;

  @Test
  void manyMessagesToOneLeaderOpenTheDmAtMostOnceAcrossARestart() {
    List<String> sameStorage =
        List.of(
            "samspill.slack.bot-token=xoxb-test",
            "samspill.mongodb.embedded-file=" + dir.resolve("slack.mv"),
            "samspill.mongodb.database=test-" + UUID.randomUUID());
    Leader leader;
    try (SlackFixture before = SlackFixture.startWith(sameStorage)) {
      before.dm("UBURST");
      leader = before.leader("UBURST", Language.NB);
      List<CompletableFuture<Delivery>> burst = new ArrayList<>();
      for (int i = 0; i < MESSAGES; i++) {
        burst.add(before.channel().deliver(leader, message("before-" + i)));
      }

      assertThat(burst).allSatisfy(d -> assertThat(d.join().succeeded()).isTrue());
      assertThat(before.calls("conversations.open")).hasSize(1);
      assertThat(before.posts("DUBURST")).hasSize(MESSAGES);
    }

    // After the restart a new open would answer another channel (DOTHER): none is made.
    try (SlackFixture after = SlackFixture.startWith(sameStorage)) {
      for (int i = 0; i < MESSAGES; i++) {
        assertThat(after.channel().deliver(leader, message("after-" + i)).join().succeeded())
            .isTrue();
      }

      assertThat(after.calls("conversations.open")).isEmpty();
      assertThat(after.posts("DUBURST")).hasSize(MESSAGES);
    }
  }

  private static Dispatch message(String key) {
    return Dispatch.of(key, List.of(new TextReply("Tid for refleksjon " + key)));
  }
}
