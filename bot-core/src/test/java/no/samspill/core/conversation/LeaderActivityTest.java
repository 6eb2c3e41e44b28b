package no.samspill.core.conversation;

import static no.samspill.core.testing.LeaderBuilder.aLeader;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import no.samspill.core.directory.Leader;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.directory.RecordActivity;
import no.samspill.core.reflection.Phase;
import no.samspill.core.testing.ChatHarness;
import no.samspill.core.testing.InMemoryLeaderActivity;
import org.junit.jupiter.api.Test;

/**
 * When a leader was last active: every message or click they send counts, a command as much as a
 * private reflection's answer; what Samspill sends unprompted does not. Only the time is kept, and
 * only once per leader every few minutes.
 */
class LeaderActivityTest {

  private final ChatHarness chat = new ChatHarness();
  private final InMemoryLeaderActivity activity = chat.store().leaderActivity();

  @Test
  void aTypedCommandMarksTheLeaderActiveAtThatTime() {
    Leader me = chat.register(aLeader());
    Instant now = chat.clock().instant();

    chat.says("hjelp");

    assertThat(activity.lastActive(me.tenantId())).containsEntry(me.id(), now);
  }

  @Test
  void anAnswerInAPrivateReflectionCountsButOnlyItsTimeIsKept() {
    Leader me = chat.register(aLeader());
    chat.starts(new StartReflection.Command(me.id(), Phase.AD_HOC, null, null));
    assertThat(activity.lastActive(me.tenantId())).isEmpty();
    chat.clock().advance(Duration.ofHours(2));
    Instant answered = chat.clock().instant();

    chat.says("Et møte med gruppelederne.");

    assertThat(activity.lastActive(me.tenantId())).containsExactly(entry(me, answered));
  }

  @Test
  void aFlowSamspillStartsUnpromptedIsNoActivity() {
    Leader me = chat.register(aLeader());

    chat.starts(new StartReflection.Command(me.id(), Phase.AD_HOC, null, null));

    assertThat(activity.lastActive(me.tenantId())).isEmpty();
    assertThat(activity.writes()).isZero();
  }

  @Test
  void turnsWithinFiveMinutesAreWrittenOnceAndALaterOneAgain() {
    Leader me = chat.register(aLeader());
    Instant first = chat.clock().instant();

    chat.says("hjelp");
    chat.clock().advance(RecordActivity.EVERY.minusSeconds(1));
    chat.says("mine");
    chat.says("kommende");

    assertThat(activity.writes()).isEqualTo(1);
    assertThat(activity.lastActive(me.tenantId())).containsEntry(me.id(), first);

    chat.clock().advance(Duration.ofSeconds(1));
    chat.says("mine");

    assertThat(activity.writes()).isEqualTo(2);
    assertThat(activity.lastActive(me.tenantId()))
        .containsEntry(me.id(), first.plus(RecordActivity.EVERY));
  }

  @Test
  void eachLeaderIsMarkedForThemselves() {
    Leader kari = chat.register(aLeader());
    Leader ola = chat.register(aLeader());

    chat.as(kari).says("hjelp");
    chat.clock().advance(Duration.ofMinutes(1));
    chat.as(ola).says("hjelp");

    assertThat(activity.writes()).isEqualTo(2);
    assertThat(activity.lastActive(kari.tenantId()))
        .containsOnlyKeys(kari.id(), ola.id())
        .containsEntry(ola.id(), chat.clock().instant());
  }

  @Test
  void deletingMyDataForgetsWhenIWasActive() {
    Leader me = chat.register(aLeader());
    chat.says("slett");
    assertThat(activity.lastActive(me.tenantId())).containsKey(me.id());

    chat.clicks("Ja, slett alt");

    assertThat(activity.lastActive(me.tenantId())).doesNotContainKey(me.id());
  }

  @Test
  void aTurnIsAnsweredWhenItsActivityCannotBeStored() {
    chat.register(aLeader());
    chat.storage().fail("LeaderActivity.record");

    chat.says("hjelp");

    assertThat(chat.lastTurn().outcome()).isEqualTo(Turn.Outcome.COMMAND);
    assertThat(chat.lastText()).startsWith("Dette kan du skrive til meg");
  }

  private static Map.Entry<LeaderId, Instant> entry(Leader leader, Instant at) {
    return Map.entry(leader.id(), at);
  }
}
