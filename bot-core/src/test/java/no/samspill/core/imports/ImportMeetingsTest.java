package no.samspill.core.imports;

import static no.samspill.core.testing.CaseBuilder.aCase;
import static no.samspill.core.testing.LeaderBuilder.aLeader;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import no.samspill.core.casework.AgendaItem;
import no.samspill.core.casework.BodyId;
import no.samspill.core.casework.BodyKind;
import no.samspill.core.casework.Meeting;
import no.samspill.core.casework.PoliticalBody;
import no.samspill.core.directory.Leader;
import no.samspill.core.directory.TenantId;
import no.samspill.core.schedule.Nudge;
import no.samspill.core.schedule.NudgeStatus;
import no.samspill.core.schedule.PlanNudges;
import no.samspill.core.testing.ChatHarness;
import no.samspill.core.testing.InMemoryMeetings;
import no.samspill.core.testing.InMemoryPorts;
import no.samspill.core.testing.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ImportMeetingsTest {

  private static final Instant NEXT_WEEK = ChatHarness.START.plus(Duration.ofDays(7));
  private static final Instant IN_TWO_WEEKS = ChatHarness.START.plus(Duration.ofDays(14));

  private final ChatHarness chat = new ChatHarness();
  private final InMemoryPorts store = chat.store();
  private final PoliticalBody council =
      new PoliticalBody(
          BodyId.random(), TestTenants.LILLEVIK, "Kommunestyret", BodyKind.KOMMUNESTYRE);
  private ImportMeetings imports;

  @BeforeEach
  void setUp() {
    store.bodies().save(council);
    PlanNudges plan = store.planNudges(date -> false, chat.clock());
    imports =
        new ImportMeetings(store.tenants(), store.bodies(), store.meetings(), plan, chat.clock());
    chat.register(aLeader().named("Kari"));
  }

  private ImportReport importing(boolean complete, ImportedMeeting... meetings) {
    return imports.apply(
        new ImportMeetings.Command(
            TestTenants.LILLEVIK,
            council.id(),
            "ics:test",
            ChatHarness.START,
            ChatHarness.START.plus(Duration.ofDays(365)),
            new MeetingFeed(List.of(meetings), List.of(), complete)));
  }

  private static ImportedMeeting event(String uid, Instant start) {
    return new ImportedMeeting(
        uid, "Møte " + uid, start, start.plus(Duration.ofHours(3)), false, null);
  }

  private Meeting stored(String uid) {
    return store.meetings().findByExternalId(TestTenants.LILLEVIK, "ics:test#" + uid).orElseThrow();
  }

  @Test
  void createsMeetingsOnceAndMovesThemWhenTheSourceMovesThem() {
    ImportReport first = importing(true, event("a", NEXT_WEEK), event("b", IN_TWO_WEEKS));
    ImportReport again =
        importing(true, event("a", NEXT_WEEK.plus(Duration.ofDays(1))), event("b", IN_TWO_WEEKS));

    assertThat(first.created()).isEqualTo(2);
    assertThat(again.updated()).isEqualTo(1);
    assertThat(again.unchanged()).isEqualTo(1);
    assertThat(store.meetings().all()).hasSize(2);
    assertThat(stored("a").start()).isEqualTo(NEXT_WEEK.plus(Duration.ofDays(1)));
  }

  @Test
  void twoInstancesImportingTheSameNewMeetingAtOnceWriteOneMeeting() {
    // Both look the meeting up before either has saved it: each sees none and creates it.
    InMemoryMeetings racing =
        new InMemoryMeetings() {
          @Override
          public Optional<Meeting> findByExternalId(TenantId tenant, String externalId) {
            return Optional.empty();
          }
        };
    PlanNudges plan = store.planNudges(date -> false, chat.clock());
    for (int instance = 0; instance < 2; instance++) {
      new ImportMeetings(store.tenants(), store.bodies(), racing, plan, chat.clock())
          .apply(
              new ImportMeetings.Command(
                  TestTenants.LILLEVIK,
                  council.id(),
                  "ics:test",
                  ChatHarness.START,
                  ChatHarness.START.plus(Duration.ofDays(365)),
                  new MeetingFeed(List.of(event("a", NEXT_WEEK)), List.of(), true)));
    }

    assertThat(racing.all()).hasSize(1);
  }

  @Test
  void cancelsAMeetingGoneFromACompleteSourceWithItsNudges() {
    importing(true, event("a", NEXT_WEEK), event("b", IN_TWO_WEEKS));
    Leader owner = store.leaders().findByTenant(TestTenants.LILLEVIK).get(0);
    chat.hasCase(aCase().ownedBy(owner).treatedIn(stored("b")));
    importing(true, event("a", NEXT_WEEK), event("b", IN_TWO_WEEKS));
    assertThat(store.nudges().all(owner.id())).isNotEmpty();

    ImportReport report = importing(true, event("a", NEXT_WEEK));

    assertThat(report.cancelled()).isEqualTo(1);
    assertThat(stored("b").cancelled()).isTrue();
    assertThat(store.nudges().all(owner.id()))
        .extracting(Nudge::status)
        .containsOnly(NudgeStatus.CANCELLED);
  }

  @Test
  void anIncompleteSourceOnlyCancelsWhatItSaysIsCancelled() {
    importing(false, event("a", NEXT_WEEK), event("b", IN_TWO_WEEKS));

    ImportedMeeting cancelled =
        new ImportedMeeting("a", "Avlyst", NEXT_WEEK, NEXT_WEEK.plusSeconds(3600), true, null);
    ImportReport report = importing(false, cancelled);

    assertThat(report.cancelled()).isEqualTo(1);
    assertThat(stored("a").cancelled()).isTrue();
    assertThat(stored("b").cancelled()).isFalse();
  }

  @Test
  void reportsAbsurdDatesNamingTheEventAndKeepsTheRest() {
    importing(true, event("a", NEXT_WEEK), event("b", IN_TWO_WEEKS));

    ImportReport report =
        importing(
            true, event("a", Instant.parse("3026-01-01T10:00:00Z")), event("b", IN_TWO_WEEKS));

    assertThat(report.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.item()).isEqualTo("a");
              assertThat(p.reason()).contains("not a plausible date");
            });
    assertThat(stored("a").start()).isEqualTo(NEXT_WEEK);
    assertThat(stored("a").cancelled()).isFalse();
  }

  @Test
  void neverTouchesMeetingsWhenTheBodyIsUnknown() {
    ImportReport report =
        imports.apply(
            new ImportMeetings.Command(
                TestTenants.LILLEVIK,
                BodyId.random(),
                "ics:test",
                null,
                null,
                new MeetingFeed(List.of(event("a", NEXT_WEEK)), List.of(), true)));

    assertThat(report.succeeded()).isFalse();
    assertThat(report.failure()).contains("unknown body");
    assertThat(store.meetings().all()).isEmpty();
  }

  @Test
  void keepsCaseLinksOnTheAgendaWhenTheSourceRefreshesIt() {
    ImportedMeeting withAgenda =
        new ImportedMeeting(
            "a",
            "KS",
            NEXT_WEEK,
            NEXT_WEEK.plusSeconds(7200),
            false,
            List.of(new AgendaItem("1/26", "Budsjett", null)));
    importing(false, withAgenda);
    Meeting meeting = stored("a");
    var politicalCase = chat.hasCase(aCase().titled("Budsjett").treatedIn(meeting));
    store
        .meetings()
        .save(meeting.withAgenda(List.of(new AgendaItem("1/26", "Budsjett", politicalCase.id()))));

    importing(false, withAgenda);

    assertThat(stored("a").agenda())
        .singleElement()
        .extracting(AgendaItem::caseId)
        .isEqualTo(politicalCase.id());
  }
}
