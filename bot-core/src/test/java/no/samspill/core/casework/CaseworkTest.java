package no.samspill.core.casework;

import static no.samspill.core.testing.CaseBuilder.aCase;
import static no.samspill.core.testing.LeaderBuilder.aLeader;
import static no.samspill.core.testing.MeetingBuilder.aMeeting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import no.samspill.core.directory.Leader;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.language.Language;
import no.samspill.core.reflection.Phase;
import no.samspill.core.schedule.Nudge;
import no.samspill.core.schedule.NudgeKind;
import no.samspill.core.schedule.NudgeStatus;
import no.samspill.core.schedule.PlanNudges;
import no.samspill.core.testing.ChatHarness;
import no.samspill.core.testing.InMemoryPorts;
import no.samspill.core.testing.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Casework changes validate, save and re-plan, the same for the admin API and the chat. */
class CaseworkTest {

  private final ChatHarness chat = new ChatHarness();
  private final InMemoryPorts store = chat.store();
  private final PlanNudges planner = store.planNudges(date -> false, chat.clock());
  private final RegisterCase register =
      new RegisterCase(store.cases(), store.meetings(), store.leaders(), planner, chat.clock());
  private final EditCase edit =
      new EditCase(store.cases(), store.meetings(), store.leaders(), planner);
  private final ChangeMeeting changeMeeting =
      new ChangeMeeting(store.meetings(), store.bodies(), store.cases(), planner, chat.clock());
  private final CancelMeeting cancelMeeting = new CancelMeeting(store.meetings(), planner);
  private final ChangeFollows changeFollows =
      new ChangeFollows(store.follows(), store.bodies(), planner);
  private Leader kari;
  private PoliticalBody formannskapet;
  private Meeting next;

  @BeforeEach
  void aLeaderAndAComingMeeting() {
    kari = chat.register(aLeader().named("Kari").speaking(Language.NN));
    formannskapet = chat.hasBody("Formannskapet");
    next = chat.hasMeeting(aMeeting().of(formannskapet).startingAt(in(Duration.ofDays(20))));
  }

  @Test
  void anOverLongTitleIsRefusedTheSameWayByTheUseCaseAndByTheChat() {
    String title = "t".repeat(PoliticalCase.MAX_TITLE_LENGTH + 1);

    CaseworkRefused byApi =
        catchThrowableOfType(
            CaseworkRefused.class,
            () -> register.register(TestTenants.LILLEVIK, draft(title, kari.id(), next)));
    chat.says("ny sak");
    String titleQuestion = chat.lastQuestion().askedId();
    chat.says(title);

    assertThat(byApi.field()).isEqualTo("title");
    assertThat(byApi).hasMessage("The field 'title' is longer than 200 characters");
    assertThat(chat.lastTexts()).containsExactly(byApi.explanation(Language.NN));
    assertThat(chat.lastQuestion().askedId()).isEqualTo(titleQuestion);
    assertThat(store.cases().findByOwner(TestTenants.LILLEVIK, kari.id())).isEmpty();
    assertThat(store.nudges().all(kari.id())).isEmpty();
  }

  @Test
  void aBlankTitleAndAnUnknownMeetingAreRefusedAndNothingIsStored() {
    CaseworkRefused blank =
        catchThrowableOfType(
            CaseworkRefused.class,
            () -> register.register(TestTenants.LILLEVIK, draft("  ", kari.id(), next)));
    Meeting elsewhere = aMeeting().of(formannskapet).startingAt(in(Duration.ofDays(3))).build();
    CaseworkRefused unknown =
        catchThrowableOfType(
            CaseworkRefused.class,
            () -> register.register(TestTenants.LILLEVIK, draft("Sak", kari.id(), elsewhere)));

    assertThat(blank).hasMessage("The field 'title' is required");
    assertThat(unknown.field()).isEqualTo("meetingIds[0]");
    assertThat(store.cases().findByOwner(TestTenants.LILLEVIK, kari.id())).isEmpty();
  }

  @Test
  void registeringACasePlansItsNudgesAtOnce() {
    PoliticalCase created =
        register.register(TestTenants.LILLEVIK, draft(" Skolebruksplan ", kari.id(), next));

    assertThat(created.title()).isEqualTo("Skolebruksplan");
    assertThat(store.cases().findById(TestTenants.LILLEVIK, created.id())).contains(created);
    assertThat(planned(created))
        .extracting(Nudge::phase)
        .containsExactlyInAnyOrder(Phase.PRE, Phase.POST);
  }

  @Test
  void editingACaseOffItsMeetingCancelsThatMeetingsNudges() {
    PoliticalCase created =
        register.register(TestTenants.LILLEVIK, draft("Skolebruksplan", kari.id(), next));

    edit.edit(
        TestTenants.LILLEVIK,
        created.id(),
        new CaseDraft("Skolebruksplan", null, kari.id(), List.of(), null));

    assertThat(planned(created)).isEmpty();
    assertThat(edit.edit(TestTenants.LILLEVIK, CaseId.random(), draft("X", null, next))).isEmpty();
  }

  @Test
  void movingAMeetingMovesItsNudgesAndCancellingItCancelsThem() {
    PoliticalCase created =
        register.register(TestTenants.LILLEVIK, draft("Skolebruksplan", kari.id(), next));
    Instant postBefore = postDue(created);

    changeMeeting.change(
        TestTenants.LILLEVIK,
        next.id(),
        new MeetingDraft(
            formannskapet.id(),
            "Formannskapet",
            next.start().plus(Duration.ofDays(1)),
            next.end().plus(Duration.ofDays(1)),
            List.of()));
    assertThat(postDue(created)).isAfter(postBefore);

    cancelMeeting.cancel(TestTenants.LILLEVIK, next.id());
    assertThat(planned(created)).isEmpty();
    assertThat(store.meetings().findById(TestTenants.LILLEVIK, next.id()))
        .hasValueSatisfying(m -> assertThat(m.cancelled()).isTrue());
  }

  @Test
  void aMeetingThatEndsBeforeItStartsIsRefusedAndTheStoredOneStays() {
    CaseworkRefused refused =
        catchThrowableOfType(
            CaseworkRefused.class,
            () ->
                changeMeeting.change(
                    TestTenants.LILLEVIK,
                    next.id(),
                    new MeetingDraft(
                        formannskapet.id(),
                        null,
                        next.start(),
                        next.start().minusSeconds(60),
                        List.of())));

    assertThat(refused.getMessage()).startsWith("The meeting cannot be saved: it ends");
    assertThat(store.meetings().findById(TestTenants.LILLEVIK, next.id())).contains(next);
  }

  @Test
  void followingABodyPlansItsMeetingEndedNudgesAndAnUnknownBodyIsRefused() {
    Meeting past = chat.hasMeeting(aMeeting().of(formannskapet).startingAt(in(Duration.ZERO)));

    changeFollows.change(TestTenants.LILLEVIK, kari.id(), List.of(formannskapet.id()), null);
    CaseworkRefused refused =
        catchThrowableOfType(
            CaseworkRefused.class,
            () ->
                changeFollows.change(
                    TestTenants.LILLEVIK, kari.id(), List.of(BodyId.random()), false));

    assertThat(store.nudges().all(kari.id()))
        .filteredOn(n -> n.kind() == NudgeKind.MEETING_ENDED)
        .extracting(Nudge::meetingId)
        .contains(past.id());
    assertThat(refused.field()).isEqualTo("bodyIds[0]");
    assertThat(store.follows().of(TestTenants.LILLEVIK, kari.id()).meetingEndedNudges()).isTrue();
  }

  @Test
  void aCaseNumberOverItsLimitIsRefusedAlikeInChat() {
    chat.says("ny sak");
    chat.says("Skolebruksplan");
    chat.says("n".repeat(PoliticalCase.MAX_CASE_NUMBER_LENGTH + 1));

    CaseworkRefused byApi =
        catchThrowableOfType(
            CaseworkRefused.class,
            () ->
                aCase()
                    .titled("Sak")
                    .numbered("n".repeat(PoliticalCase.MAX_CASE_NUMBER_LENGTH + 1))
                    .build());
    assertThat(chat.lastTexts()).containsExactly(byApi.explanation(Language.NN));
    assertThat(byApi.field()).isEqualTo("caseNumber");
  }

  private CaseDraft draft(String title, LeaderId owner, Meeting meeting) {
    return new CaseDraft(title, null, owner, List.of(meeting.id()), null);
  }

  private List<Nudge> planned(PoliticalCase politicalCase) {
    return store.nudges().all(kari.id()).stream()
        .filter(n -> politicalCase.id().equals(n.caseId()))
        .filter(n -> n.status() == NudgeStatus.PLANNED)
        .toList();
  }

  private Instant postDue(PoliticalCase politicalCase) {
    return planned(politicalCase).stream()
        .filter(n -> n.phase() == Phase.POST)
        .findFirst()
        .orElseThrow()
        .dueAt();
  }

  private static Instant in(Duration fromNow) {
    return ChatHarness.START.plus(fromNow);
  }
}
