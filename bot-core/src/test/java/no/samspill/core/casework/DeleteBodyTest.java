package no.samspill.core.casework;

import static no.samspill.core.testing.CaseBuilder.aCase;
import static no.samspill.core.testing.LeaderBuilder.aLeader;
import static no.samspill.core.testing.MeetingBuilder.aMeeting;
import static no.samspill.core.testing.ReflectionBuilder.aReflection;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.time.Duration;
import java.util.Set;
import no.samspill.core.directory.Leader;
import no.samspill.core.language.Language;
import no.samspill.core.reflection.Phase;
import no.samspill.core.schedule.Nudge;
import no.samspill.core.schedule.NudgeStatus;
import no.samspill.core.schedule.PlanNudges;
import no.samspill.core.testing.ChatHarness;
import no.samspill.core.testing.InMemoryCaseworkReferences;
import no.samspill.core.testing.InMemoryPorts;
import no.samspill.core.testing.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Deleting a body takes its meetings and its followers' following with it, once confirmed; a body
 * an import source fills, or whose meetings leaders reflected on, stays and nothing is written.
 */
class DeleteBodyTest {

  private final ChatHarness chat = new ChatHarness();
  private final InMemoryPorts store = chat.store();
  private final PlanNudges plan = store.planNudges(date -> false, chat.clock());
  private final InMemoryCaseworkReferences references =
      new InMemoryCaseworkReferences(store.reflections(), store.nudges());
  private final DeleteBody delete =
      new DeleteBody(
          store.bodies(), store.meetings(), store.cases(), store.follows(), references, plan);
  private Leader kari;
  private Leader ola;
  private PoliticalBody utvalget;
  private PoliticalBody formannskapet;
  private Meeting ninth;
  private Meeting past;
  private Meeting kept;
  private PoliticalCase school;

  @BeforeEach
  void setUp() {
    kari = chat.register(aLeader().named("Kari"));
    ola = chat.register(aLeader().named("Ola"));
    utvalget = chat.hasBody("Utvalget");
    formannskapet = chat.hasBody("Formannskapet");
    ninth =
        chat.hasMeeting(
            aMeeting().of(utvalget).startingAt(ChatHarness.START.plus(Duration.ofDays(7))));
    past =
        chat.hasMeeting(
            aMeeting().of(utvalget).startingAt(ChatHarness.START.minus(Duration.ofDays(30))));
    kept =
        chat.hasMeeting(
            aMeeting().of(formannskapet).startingAt(ChatHarness.START.plus(Duration.ofDays(8))));
    school = chat.hasCase(aCase().ownedBy(kari).treatedIn(ninth).treatedIn(kept));
    store
        .follows()
        .save(
            new Following(
                TestTenants.LILLEVIK, ola.id(), Set.of(utvalget.id(), formannskapet.id()), true));
    plan.replan(TestTenants.LILLEVIK);
  }

  @Test
  void aBodyWithMeetingsAndFollowersGoesWithThemOnlyOnceConfirmed() {
    DeleteBody.Preview preview = delete.preview(TestTenants.LILLEVIK, utvalget.id()).orElseThrow();
    assertThat(preview.meetings()).isEqualTo(2);
    assertThat(preview.cases()).isEqualTo(1);
    assertThat(preview.followers()).isEqualTo(1);
    long planned =
        store.nudges().all(kari.id()).stream()
            .filter(n -> ninth.id().equals(n.meetingId()))
            .filter(n -> n.status() == NudgeStatus.PLANNED)
            .count();
    // Kari's PRE and MID about the ninth and Ola's meeting-ended nudge; the past meeting has none.
    assertThat(planned).isEqualTo(2);
    assertThat(preview.plannedNudges()).isEqualTo(planned + 1);
    assertThat(preview.refused()).isEmpty();

    assertThatThrownBy(() -> delete.delete(TestTenants.LILLEVIK, utvalget.id(), false))
        .isInstanceOfSatisfying(
            DeletionRefused.class,
            refused -> {
              assertThat(refused)
                  .hasMessageContaining("2 meeting(s)")
                  .hasMessageContaining("1 case(s)")
                  .hasMessageContaining("1 leader(s)")
                  .hasMessageContaining("3 planned nudge(s)");
              assertThat(refused.counts())
                  .containsExactly(
                      entry("meetings", 2L),
                      entry("cases", 1L),
                      entry("followers", 1L),
                      entry("plannedNudges", 3L));
              assertThat(refused.explanation(Language.NB))
                  .isEqualTo(
                      "Organet slettes med 2 møter, som tas ut av 1 sak; 1 leder slutter å følge"
                          + " det, og 3 planlagte påminnelser trekkes tilbake. Bekreft med"
                          + " confirm=true for å slette det.");
              assertThat(refused.explanation(Language.NN))
                  .isEqualTo(
                      "Organet blir sletta med 2 møte, som blir tekne ut av 1 sak; 1 leiar sluttar"
                          + " å følgje det, og 3 planlagde påminningar blir trekte tilbake."
                          + " Stadfest med confirm=true for å slette det.");
              assertThat(refused.explanation(Language.EN))
                  .startsWith(
                      "The body is deleted with 2 meetings, taken off 1 case; 1 leader stops"
                          + " following it, and 3 planned nudges are withdrawn.");
            });
    assertThat(store.bodies().findById(TestTenants.LILLEVIK, utvalget.id())).contains(utvalget);
    assertThat(store.meetings().all()).contains(ninth, past);

    assertThat(delete.delete(TestTenants.LILLEVIK, utvalget.id(), true)).contains(utvalget);

    assertThat(store.bodies().findById(TestTenants.LILLEVIK, utvalget.id())).isEmpty();
    assertThat(store.meetings().all()).containsExactly(kept);
    assertThat(store.cases().findById(TestTenants.LILLEVIK, school.id()).orElseThrow().meetingIds())
        .containsExactly(kept.id());
    assertThat(store.follows().of(TestTenants.LILLEVIK, ola.id()).bodies())
        .containsExactly(formannskapet.id());
    assertThat(store.nudges().all(ola.id()))
        .filteredOn(n -> n.status() == NudgeStatus.PLANNED)
        .extracting(Nudge::meetingId)
        .containsExactly(kept.id());
    assertThat(store.nudges().all(kari.id()))
        .filteredOn(n -> ninth.id().equals(n.meetingId()))
        .isNotEmpty()
        .allSatisfy(n -> assertThat(n.status()).isEqualTo(NudgeStatus.CANCELLED));
  }

  @Test
  void aBodyWithNothingInItGoesWithoutConfirmation() {
    PoliticalBody empty = chat.hasBody("Tomt utvalg");

    assertThat(delete.preview(TestTenants.LILLEVIK, empty.id()).orElseThrow().affectsMore())
        .isFalse();
    assertThat(delete.delete(TestTenants.LILLEVIK, empty.id(), false)).contains(empty);
    assertThat(store.bodies().findById(TestTenants.LILLEVIK, empty.id())).isEmpty();
  }

  @Test
  void aBodyAnImportSourceFillsStaysAndNothingIsWritten() {
    references.sourceFills(utvalget.id());

    DeletionRefused refused =
        delete.preview(TestTenants.LILLEVIK, utvalget.id()).orElseThrow().refused().orElseThrow();
    assertThat(refused.explanation(Language.NB)).contains("Kalendere og eInnsyn");
    assertThatThrownBy(() -> delete.delete(TestTenants.LILLEVIK, utvalget.id(), true))
        .isInstanceOf(DeletionRefused.class)
        .hasMessageContaining("import source");
    assertThat(store.bodies().findById(TestTenants.LILLEVIK, utvalget.id())).contains(utvalget);
    assertThat(store.meetings().all()).contains(ninth, past);
  }

  @Test
  void aBodyWhosePastMeetingALeaderReflectedOnStaysAndNothingIsWritten() {
    chat.hasReflection(aReflection().by(ola).in(Phase.POST).at(past));

    assertThatThrownBy(() -> delete.delete(TestTenants.LILLEVIK, utvalget.id(), true))
        .isInstanceOfSatisfying(
            DeletionRefused.class,
            refused ->
                assertThat(refused.explanation(Language.NN))
                    .startsWith("1 refleksjon er knytt til møta i organet"));
    assertThat(store.bodies().findById(TestTenants.LILLEVIK, utvalget.id())).contains(utvalget);
    assertThat(store.meetings().all()).contains(ninth, past);
    assertThat(store.follows().of(TestTenants.LILLEVIK, ola.id()).bodies()).contains(utvalget.id());
  }
}
