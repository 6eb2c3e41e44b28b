package no.samspill.core.casework;

import static no.samspill.core.testing.CaseBuilder.aCase;
import static no.samspill.core.testing.LeaderBuilder.aLeader;
import static no.samspill.core.testing.MeetingBuilder.aMeeting;
import static no.samspill.core.testing.ReflectionBuilder.aReflection;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import no.samspill.core.directory.Leader;
import no.samspill.core.directory.TenantId;
import no.samspill.core.language.Language;
import no.samspill.core.reflection.Phase;
import no.samspill.core.reflection.ReflectionStatus;
import no.samspill.core.schedule.Nudge;
import no.samspill.core.schedule.NudgeKind;
import no.samspill.core.schedule.NudgeStatus;
import no.samspill.core.schedule.PlanNudges;
import no.samspill.core.testing.ChatHarness;
import no.samspill.core.testing.InMemoryCaseworkReferences;
import no.samspill.core.testing.InMemoryPorts;
import no.samspill.core.testing.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Deleting a meeting withdraws its planned nudges and takes it off its cases; a meeting leaders
 * reflected on, or one its source would bring back, stays and nothing is written.
 */
class DeleteMeetingTest {

  private final ChatHarness chat = new ChatHarness();
  private final InMemoryPorts store = chat.store();
  private final PlanNudges plan = store.planNudges(date -> false, chat.clock());
  private final InMemoryCaseworkReferences references =
      new InMemoryCaseworkReferences(store.reflections(), store.nudges());
  private final DeleteMeeting delete =
      new DeleteMeeting(store.meetings(), store.cases(), references, plan);
  private Leader kari;
  private Leader ola;
  private PoliticalBody formannskapet;
  private Meeting ninth;
  private Meeting sixteenth;
  private PoliticalCase school;

  @BeforeEach
  void setUp() {
    kari = chat.register(aLeader().named("Kari"));
    ola = chat.register(aLeader().named("Ola"));
    formannskapet = chat.hasBody("Formannskapet");
    ninth = chat.hasMeeting(aMeeting().of(formannskapet).startingAt(days(7)));
    sixteenth = chat.hasMeeting(aMeeting().of(formannskapet).startingAt(days(14)));
    school = chat.hasCase(aCase().ownedBy(kari).treatedIn(ninth).treatedIn(sixteenth));
    // Ola follows the body without a case in it, so each meeting gets him a meeting-ended nudge.
    store
        .follows()
        .save(new Following(TestTenants.LILLEVIK, ola.id(), Set.of(formannskapet.id()), true));
    plan.replan(TestTenants.LILLEVIK);
  }

  @Test
  void aComingMeetingIsDeletedItsPlannedNudgesWithdrawnAndItIsTakenOffItsCases() {
    assertThat(planned(ninth))
        .extracting(Nudge::kind)
        .contains(NudgeKind.CASE_FLOW, NudgeKind.MEETING_ENDED);

    DeleteMeeting.Preview preview = delete.preview(TestTenants.LILLEVIK, ninth.id()).orElseThrow();
    assertThat(preview.cases()).extracting(PoliticalCase::id).containsExactly(school.id());
    // Kari's PRE and MID about this meeting, Ola's meeting-ended nudge.
    assertThat(preview.plannedNudges()).isEqualTo(planned(ninth).size()).isEqualTo(3);
    assertThat(preview.refused()).isEmpty();
    assertThat(delete.delete(TestTenants.LILLEVIK, ninth.id())).contains(ninth);

    assertThat(store.meetings().findById(TestTenants.LILLEVIK, ninth.id())).isEmpty();
    assertThat(store.cases().findById(TestTenants.LILLEVIK, school.id()).orElseThrow().meetingIds())
        .containsExactly(sixteenth.id());
    assertThat(planned(ninth)).isEmpty();
    assertThat(about(ninth))
        .isNotEmpty()
        .allSatisfy(
            n -> {
              assertThat(n.status()).isEqualTo(NudgeStatus.CANCELLED);
              assertThat(n.reason()).isEqualTo("meeting deleted");
            });
    assertThat(planned(sixteenth)).extracting(Nudge::leaderId).contains(kari.id(), ola.id());
  }

  @Test
  void aMeetingALeaderReflectedOnStaysAndNothingIsWritten() {
    chat.hasReflection(
        aReflection()
            .by(kari)
            .in(Phase.PRE)
            .about(school)
            .at(ninth)
            .withStatus(ReflectionStatus.IN_PROGRESS));
    List<Nudge> before = plannedAll();

    assertThat(delete.preview(TestTenants.LILLEVIK, ninth.id()).orElseThrow().refused())
        .isPresent();
    assertThatThrownBy(() -> delete.delete(TestTenants.LILLEVIK, ninth.id()))
        .isInstanceOfSatisfying(
            DeletionRefused.class,
            refused -> {
              assertThat(refused.explanation(Language.NB))
                  .startsWith("1 refleksjon er knyttet til møtet");
              assertThat(refused.explanation(Language.NN))
                  .startsWith("1 refleksjon er knytt til møtet");
              assertThat(refused.explanation(Language.EN))
                  .startsWith("1 reflection is tied to this meeting");
            });

    assertThat(store.meetings().findById(TestTenants.LILLEVIK, ninth.id())).contains(ninth);
    assertThat(store.cases().findById(TestTenants.LILLEVIK, school.id())).contains(school);
    assertThat(plannedAll()).isEqualTo(before);
  }

  @Test
  void twoReflectionsAreCountedInThePlural() {
    chat.hasReflection(aReflection().by(kari).in(Phase.POST).at(ninth));
    chat.hasReflection(aReflection().by(ola).in(Phase.POST).at(ninth));

    DeletionRefused refused =
        delete.preview(TestTenants.LILLEVIK, ninth.id()).orElseThrow().refused().orElseThrow();

    assertThat(refused.counts()).containsExactly(entry("reflections", 2L));
    assertThat(refused.explanation(Language.NB)).startsWith("2 refleksjoner er knyttet til møtet");
    assertThat(refused.explanation(Language.EN))
        .startsWith("2 reflections are tied to this meeting");
  }

  @Test
  void anImportedMeetingStaysWhileItsSourceStillFillsTheBodyAndGoesOnceItDoesNot() {
    Meeting imported =
        chat.hasMeeting(
            aMeeting().of(formannskapet).startingAt(days(21)).importedAs("ics:fsk#uid-1"));
    references.sourceFills(formannskapet.id());

    assertThatThrownBy(() -> delete.delete(TestTenants.LILLEVIK, imported.id()))
        .isInstanceOf(DeletionRefused.class)
        .hasMessageContaining("next import would bring it back");
    assertThat(store.meetings().findById(TestTenants.LILLEVIK, imported.id())).contains(imported);
    // A meeting entered by hand in the same body is not the source's to bring back.
    assertThat(delete.delete(TestTenants.LILLEVIK, sixteenth.id())).contains(sixteenth);

    DeleteMeeting withoutSource =
        new DeleteMeeting(
            store.meetings(),
            store.cases(),
            new InMemoryCaseworkReferences(store.reflections(), store.nudges()),
            plan);
    assertThat(withoutSource.delete(TestTenants.LILLEVIK, imported.id())).contains(imported);
    assertThat(store.meetings().findById(TestTenants.LILLEVIK, imported.id())).isEmpty();
  }

  @Test
  void anotherTenantsMeetingIsAsGoodAsNoneAndStays() {
    TenantId other = new TenantId("other-town");

    assertThat(delete.preview(other, ninth.id())).isEmpty();
    assertThat(delete.delete(other, ninth.id())).isEmpty();
    assertThat(store.meetings().findById(TestTenants.LILLEVIK, ninth.id())).contains(ninth);
  }

  private List<Nudge> about(Meeting meeting) {
    return Stream.concat(
            store.nudges().all(kari.id()).stream(), store.nudges().all(ola.id()).stream())
        .filter(n -> meeting.id().equals(n.meetingId()))
        .toList();
  }

  private List<Nudge> planned(Meeting meeting) {
    return about(meeting).stream().filter(n -> n.status() == NudgeStatus.PLANNED).toList();
  }

  private List<Nudge> plannedAll() {
    return Stream.concat(
            store.nudges().all(kari.id()).stream(), store.nudges().all(ola.id()).stream())
        .filter(n -> n.status() == NudgeStatus.PLANNED)
        .toList();
  }

  private static Instant days(int days) {
    return ChatHarness.START.plus(Duration.ofDays(days));
  }
}
