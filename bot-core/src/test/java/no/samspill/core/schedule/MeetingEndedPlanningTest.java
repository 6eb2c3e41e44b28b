package no.samspill.core.schedule;

import static no.samspill.core.testing.CaseBuilder.aCase;
import static no.samspill.core.testing.LeaderBuilder.aLeader;
import static no.samspill.core.testing.MeetingBuilder.aMeeting;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import no.samspill.core.casework.BodyId;
import no.samspill.core.casework.BodyKind;
import no.samspill.core.casework.Following;
import no.samspill.core.casework.Meeting;
import no.samspill.core.casework.PoliticalBody;
import no.samspill.core.directory.Leader;
import no.samspill.core.testing.ChatHarness;
import no.samspill.core.testing.InMemoryPorts;
import no.samspill.core.testing.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Followers of a body get one lighter nudge after its meetings; the harness starts Mon 2 March. */
class MeetingEndedPlanningTest {

  private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

  private final ChatHarness chat = new ChatHarness();
  private final InMemoryPorts store = chat.store();
  private final PoliticalBody formannskapet =
      new PoliticalBody(
          BodyId.random(), TestTenants.LILLEVIK, "Formannskapet", BodyKind.FORMANNSKAP);
  private PlanNudges plan;
  private Leader follower;
  private Meeting thursday;

  @BeforeEach
  void setUp() {
    store.bodies().save(formannskapet);
    plan = store.planNudges(date -> false, chat.clock());
    follower = chat.register(aLeader().named("Per"));
    // Thursday 5 March, 12:00–15:00 in Oslo: due 2 h after the end, at 17:00, moved to Friday
    // 08:00.
    thursday = chat.hasMeeting(aMeeting().of(formannskapet).startingAt(oslo(5, 12)));
  }

  private static Instant oslo(int day, int hour) {
    return LocalDateTime.of(2026, 3, day, hour, 0).atZone(OSLO).toInstant();
  }

  private List<Nudge> plannedFor(Leader leader) {
    return store.nudges().upcoming(leader.id(), Instant.EPOCH, 10);
  }

  private void follows(boolean nudges) {
    store
        .follows()
        .save(
            new Following(TestTenants.LILLEVIK, follower.id(), Set.of(formannskapet.id()), nudges));
  }

  @Test
  void aFollowerGetsOneMeetingEndedNudgeMovedIntoTheNextWorkingMorning() {
    follows(true);

    plan.replan(TestTenants.LILLEVIK);
    plan.replan(TestTenants.LILLEVIK);

    assertThat(plannedFor(follower))
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.kind()).isEqualTo(NudgeKind.MEETING_ENDED);
              assertThat(n.meetingId()).isEqualTo(thursday.id());
              assertThat(n.dueAt()).isEqualTo(oslo(6, 8));
            });
  }

  @Test
  void aFollowerWhoSwitchedItOffGetsNone() {
    follows(false);

    plan.replan(TestTenants.LILLEVIK);

    assertThat(plannedFor(follower)).isEmpty();
  }

  @Test
  void aFollowerWithACaseOnTheMeetingGetsTheCaseFlowInstead() {
    follows(true);
    chat.hasCase(aCase().ownedBy(follower).treatedIn(thursday));

    plan.replan(TestTenants.LILLEVIK);

    assertThat(plannedFor(follower))
        .extracting(Nudge::kind)
        .doesNotContain(NudgeKind.MEETING_ENDED);
  }

  @Test
  void aCancelledMeetingGetsNone() {
    follows(true);
    store.meetings().save(thursday.asCancelled());

    plan.replan(TestTenants.LILLEVIK);

    assertThat(plannedFor(follower)).isEmpty();
  }
}
