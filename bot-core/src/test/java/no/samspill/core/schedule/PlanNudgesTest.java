package no.samspill.core.schedule;

import static no.samspill.core.testing.CaseBuilder.aCase;
import static no.samspill.core.testing.LeaderBuilder.aLeader;
import static no.samspill.core.testing.MeetingBuilder.aMeeting;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import no.samspill.core.casework.BodyId;
import no.samspill.core.casework.BodyKind;
import no.samspill.core.casework.Meeting;
import no.samspill.core.casework.PoliticalBody;
import no.samspill.core.directory.Leader;
import no.samspill.core.reflection.Phase;
import no.samspill.core.testing.ChatHarness;
import no.samspill.core.testing.InMemoryPorts;
import no.samspill.core.testing.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The harness clock starts Monday 2 March 2026, 10:00 in Oslo. */
class PlanNudgesTest {

  private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

  private final ChatHarness chat = new ChatHarness();
  private final InMemoryPorts store = chat.store();
  private Leader owner;
  private PlanNudges plan;

  @BeforeEach
  void setUp() {
    owner = chat.register(aLeader().named("Kari"));
    plan = planner(date -> false);
  }

  private PlanNudges planner(PublicHolidays holidays) {
    return store.planNudges(holidays, chat.clock());
  }

  private static Instant oslo(int month, int day, int hour) {
    return LocalDateTime.of(2026, month, day, hour, 0).atZone(OSLO).toInstant();
  }

  private Meeting meeting(BodyKind kind, Instant start) {
    PoliticalBody body =
        new PoliticalBody(BodyId.random(), TestTenants.LILLEVIK, kind.name(), kind);
    store.bodies().save(body);
    return chat.hasMeeting(aMeeting().of(body).startingAt(start));
  }

  private List<Nudge> planned() {
    return store.nudges().upcoming(owner.id(), Instant.EPOCH, 100);
  }

  @Test
  void preGoesWhenThePapersGoOutSevenDaysBeforeAFormannskapMeeting() {
    Meeting fsk = meeting(BodyKind.FORMANNSKAP, oslo(3, 16, 17));
    chat.hasCase(aCase().ownedBy(owner).treatedIn(fsk));

    plan.replan(TestTenants.LILLEVIK);

    assertThat(planned())
        .filteredOn(n -> n.phase() == Phase.PRE)
        .singleElement()
        .extracting(Nudge::dueAt)
        .isEqualTo(oslo(3, 9, 8));
  }

  @Test
  void preGoesTenDaysBeforeKommunestyretAndSkipsTheWeekend() {
    Meeting ks = meeting(BodyKind.KOMMUNESTYRE, oslo(3, 18, 17));
    chat.hasCase(aCase().ownedBy(owner).treatedIn(ks));

    plan.replan(TestTenants.LILLEVIK);

    assertThat(planned())
        .filteredOn(n -> n.phase() == Phase.PRE)
        .singleElement()
        .as("10 days before Wednesday 18 March is Sunday 8 March -> Monday 9 March")
        .extracting(Nudge::dueAt)
        .isEqualTo(oslo(3, 9, 8));
  }

  @Test
  void postGoesTwoHoursAfterTheLastMeetingMovedIntoWorkingHours() {
    Meeting fsk = meeting(BodyKind.FORMANNSKAP, oslo(3, 16, 17));
    chat.hasCase(aCase().ownedBy(owner).treatedIn(fsk));

    plan.replan(TestTenants.LILLEVIK);

    assertThat(planned())
        .filteredOn(n -> n.phase() == Phase.POST)
        .singleElement()
        .as("the meeting ends 20:00, +2 h is 22:00 -> next morning 08:00")
        .extracting(Nudge::dueAt)
        .isEqualTo(oslo(3, 17, 8));
  }

  @Test
  void aCaseWithSeveralMeetingsGetsMidAfterEachButTheLastAndPostAfterTheLast() {
    Meeting utvalg = meeting(BodyKind.UTVALG, oslo(3, 10, 9));
    Meeting fsk = meeting(BodyKind.FORMANNSKAP, oslo(3, 17, 9));
    Meeting ks = meeting(BodyKind.KOMMUNESTYRE, oslo(3, 26, 9));
    chat.hasCase(aCase().ownedBy(owner).treatedIn(utvalg).treatedIn(fsk).treatedIn(ks));

    plan.replan(TestTenants.LILLEVIK);

    assertThat(planned())
        .extracting(Nudge::phase, Nudge::meetingId)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Phase.PRE, utvalg.id()),
            org.assertj.core.groups.Tuple.tuple(Phase.MID, utvalg.id()),
            org.assertj.core.groups.Tuple.tuple(Phase.MID, fsk.id()),
            org.assertj.core.groups.Tuple.tuple(Phase.POST, ks.id()));
  }

  @Test
  void planningTwiceKeepsOneNudgePerKeyAndAMovedMeetingMovesItsNudges() {
    Meeting fsk = meeting(BodyKind.FORMANNSKAP, oslo(3, 16, 17));
    chat.hasCase(aCase().ownedBy(owner).treatedIn(fsk));
    plan.replan(TestTenants.LILLEVIK);
    plan.replan(TestTenants.LILLEVIK);
    assertThat(planned()).hasSize(2);

    Instant moved = oslo(3, 23, 17);
    store
        .meetings()
        .save(
            new Meeting(
                fsk.id(),
                fsk.tenantId(),
                fsk.bodyId(),
                fsk.title(),
                moved,
                moved.plus(Duration.ofHours(3)),
                List.of()));
    plan.replan(TestTenants.LILLEVIK);

    assertThat(planned()).extracting(Nudge::dueAt).containsExactly(oslo(3, 16, 8), oslo(3, 24, 8));
  }

  @Test
  void aCancelledMeetingCancelsItsPlannedNudges() {
    Meeting fsk = meeting(BodyKind.FORMANNSKAP, oslo(3, 16, 17));
    chat.hasCase(aCase().ownedBy(owner).treatedIn(fsk));
    plan.replan(TestTenants.LILLEVIK);

    assertThat(plan.meetingCancelled(TestTenants.LILLEVIK, fsk.id())).isEqualTo(2);

    assertThat(planned()).isEmpty();
    assertThat(store.nudges().find(TestTenants.LILLEVIK, NudgeStatus.CANCELLED, 10)).hasSize(2);
  }

  @Test
  void papersAlreadyOutMeansPreAtTheNextWorkingMomentBeforeTheMeeting() {
    Meeting soon = meeting(BodyKind.FORMANNSKAP, oslo(3, 4, 12));
    chat.hasCase(aCase().ownedBy(owner).treatedIn(soon));

    plan.replan(TestTenants.LILLEVIK);

    assertThat(planned())
        .filteredOn(n -> n.phase() == Phase.PRE)
        .singleElement()
        .extracting(Nudge::dueAt)
        .isEqualTo(chat.clock().instant());
  }

  @Test
  void easterIsNotAWorkingDay() {
    plan =
        planner(
            java.util.Set.of(
                    java.time.LocalDate.of(2026, 4, 2),
                    java.time.LocalDate.of(2026, 4, 3),
                    java.time.LocalDate.of(2026, 4, 6))
                ::contains);
    Meeting fsk = meeting(BodyKind.FORMANNSKAP, oslo(4, 1, 17));
    chat.hasCase(aCase().ownedBy(owner).treatedIn(fsk));

    plan.replan(TestTenants.LILLEVIK);

    assertThat(planned())
        .filteredOn(n -> n.phase() == Phase.POST)
        .singleElement()
        .as("Wednesday before Easter, 22:00 -> Tuesday after Easter Monday")
        .extracting(Nudge::dueAt)
        .isEqualTo(oslo(4, 7, 8));
  }

  @Test
  void aLeaderInAnotherTimeZoneIsNudgedInTheirOwnWorkingHours() {
    Leader abroad =
        new Leader(
            owner.id(),
            owner.tenantId(),
            owner.name(),
            null,
            null,
            owner.language(),
            ZoneId.of("America/New_York"),
            false,
            owner.identities(),
            owner.createdAt());
    store.leaders().save(abroad);
    Meeting fsk = meeting(BodyKind.FORMANNSKAP, oslo(3, 16, 10));
    chat.hasCase(aCase().ownedBy(owner).treatedIn(fsk));

    plan.replan(TestTenants.LILLEVIK);

    Instant post =
        planned().stream().filter(n -> n.phase() == Phase.POST).findFirst().orElseThrow().dueAt();
    assertThat(post.atZone(ZoneId.of("America/New_York")).toLocalTime())
        .as("the meeting ends 13:00 Oslo = 08:00 New York; +2 h = 10:00 there")
        .isEqualTo(java.time.LocalTime.of(10, 0));
  }
}
