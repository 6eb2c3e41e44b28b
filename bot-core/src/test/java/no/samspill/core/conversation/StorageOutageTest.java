package no.samspill.core.conversation;

import static no.samspill.core.testing.LeaderBuilder.aLeader;
import static org.assertj.core.api.Assertions.assertThat;

import no.samspill.core.directory.ChatUser;
import no.samspill.core.directory.Leader;
import no.samspill.core.language.Language;
import no.samspill.core.reflection.ReflectionStatus;
import no.samspill.core.schedule.NudgeKind;
import no.samspill.core.testing.ChatHarness;
import org.junit.jupiter.api.Test;

/** The database goes away: every message still gets an answer, and nothing is left half done. */
class StorageOutageTest {

  private static final String TRY_AGAIN_NB =
      "Samspill får ikke lagret eller hentet noe akkurat nå. Prøv igjen om et øyeblikk.";
  private static final String TRY_AGAIN_NN =
      "Samspill får ikkje lagra eller henta noko akkurat no. Prøv igjen om ei lita stund.";
  private static final String TRY_AGAIN_EN =
      "Samspill can't save or fetch anything right now. Please try again in a moment.";

  private final ChatHarness chat = new ChatHarness();

  @Test
  void aMessageWhileStorageIsAwayIsAnsweredWithTryAgainInBokmal() {
    chat.register(aLeader().speaking(Language.NN));
    chat.storage().goAway();

    chat.says("hjelp");

    // Who wrote cannot be looked up, so not their language either.
    assertThat(chat.lastTexts()).containsExactly(TRY_AGAIN_NB);
  }

  @Test
  void theChannelsLocaleChoosesTheLanguageWhileStorageIsAway() {
    Leader leader = chat.register(aLeader());
    chat.as(new ChatUser(leader.identities().get(0), null, null, "en-GB", null, null));
    chat.storage().goAway();

    chat.says("help");

    assertThat(chat.lastTexts()).containsExactly(TRY_AGAIN_EN);
  }

  @Test
  void anOutageOnceTheLeaderIsKnownIsAnsweredInTheirLanguage() {
    chat.register(aLeader().speaking(Language.NN));
    chat.storage().fail("Conversations.find");

    chat.says("hjelp");

    assertThat(chat.lastTexts()).containsExactly(TRY_AGAIN_NN);
  }

  @Test
  void aFlowWhoseStartCouldNotBeStoredLeavesNoHalfStartedReflection() {
    chat.register(aLeader());
    chat.storage().fail("Conversations.save");

    chat.says("refleksjon");
    assertThat(chat.lastTexts()).containsExactly(TRY_AGAIN_NB);
    chat.storage().comeBack();
    chat.says("refleksjon");

    assertThat(chat.lastQuestion()).isNotNull();
    assertThat(chat.onlyReflection().status()).isEqualTo(ReflectionStatus.IN_PROGRESS);
    assertThat(chat.conversation().activeReflection()).isEqualTo(chat.onlyReflection().id());
  }

  @Test
  void remindLaterThatFailedCanBeAskedAgainAndPlansOneReminder() {
    chat.register(aLeader());
    chat.says("refleksjon");
    chat.says("Møtet gikk bra.");
    chat.storage().fail("Nudges.plan");

    chat.says("senere");
    assertThat(chat.lastTexts()).containsExactly(TRY_AGAIN_NB);
    chat.storage().comeBack();
    chat.says("senere");

    assertThat(chat.lastTexts())
        .singleElement()
        .asString()
        .startsWith("Greit. Jeg minner deg på det:");
    assertThat(chat.store().nudges().all(chat.leader().id()))
        .singleElement()
        .satisfies(n -> assertThat(n.kind()).isEqualTo(NudgeKind.REMIND_LATER));
    assertThat(chat.onlyReflection().status()).isEqualTo(ReflectionStatus.PAUSED);
  }
}
