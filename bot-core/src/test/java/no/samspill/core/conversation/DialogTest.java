package no.samspill.core.conversation;

import static java.time.temporal.ChronoUnit.DAYS;
import static no.samspill.core.testing.CaseBuilder.aCase;
import static no.samspill.core.testing.ChatHarness.START;
import static no.samspill.core.testing.ChatHarness.labels;
import static no.samspill.core.testing.LeaderBuilder.aLeader;
import static no.samspill.core.testing.MeetingBuilder.aMeeting;
import static org.assertj.core.api.Assertions.assertThat;

import no.samspill.core.casework.CaseStatus;
import no.samspill.core.casework.Meeting;
import no.samspill.core.casework.PoliticalBody;
import no.samspill.core.casework.PoliticalCase;
import no.samspill.core.directory.Leader;
import no.samspill.core.reflection.Phase;
import no.samspill.core.reflection.Reflection;
import no.samspill.core.reflection.ReflectionStatus;
import no.samspill.core.testing.ChatHarness;
import no.samspill.core.testing.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The engine's own dialogs: pick a case and phase for a reflection, register a new case. */
class DialogTest {

  private final ChatHarness chat = new ChatHarness();
  private Leader me;
  private PoliticalBody formannskapet;

  @BeforeEach
  void registerLeader() {
    me = chat.register(aLeader().named("Kari Nordmann"));
    formannskapet = chat.hasBody("Formannskapet");
  }

  @Test
  void reflectWithoutCasesStartsAnAdHocReflection() {
    chat.says("refleksjon");

    assertThat(chat.lastTexts()).hasSize(2);
    assertThat(chat.lastTexts().get(0))
        .startsWith("Du har ingen saker registrert ennå, så vi tar en fri refleksjon.");
    assertThat(chat.lastTexts().get(1)).startsWith("Fri refleksjon\nSkriv ned noe du har opplevd");
    QuestionReply first = chat.lastQuestion();
    assertThat(first.text()).isEqualTo("Hva skjedde i samspillet med politikerne?");
    assertThat(first.steps()).isEqualTo(4);
    Reflection started = chat.onlyReflection();
    assertThat(started.phase()).isEqualTo(Phase.AD_HOC);
    assertThat(started.caseId()).isNull();
    assertThat(started.status()).isEqualTo(ReflectionStatus.IN_PROGRESS);
    assertThat(started.openAskedId()).isEqualTo(first.askedId());
    assertThat(chat.conversation().activeReflection()).isEqualTo(started.id());
  }

  @Test
  void reflectWithCasesShowsTheCasePickerThenThePhasePicker() {
    Meeting past = chat.hasMeeting(aMeeting().of(formannskapet).startingAt(START.minus(2, DAYS)));
    Meeting next = chat.hasMeeting(aMeeting().of(formannskapet).startingAt(START.plus(5, DAYS)));
    Meeting later = chat.hasMeeting(aMeeting().of(formannskapet).startingAt(START.plus(12, DAYS)));
    PoliticalCase skole =
        chat.hasCase(
            aCase()
                .titled("Ny skolestruktur")
                .ownedBy(me)
                .treatedIn(past)
                .treatedIn(later)
                .treatedIn(next));
    chat.hasCase(aCase().titled("Ny barnehage").ownedBy(me).createdAt(START.minus(1, DAYS)));
    chat.hasCase(aCase().titled("Vedtatt sak").ownedBy(me).withStatus(CaseStatus.DECIDED));
    chat.hasCase(aCase().titled("Kollegas sak").ownedBy(chat.register(aLeader())));
    chat.as(me);

    chat.says("refleksjon");

    QuestionReply cases = chat.lastQuestion();
    assertThat(cases.heading()).isEqualTo("Ny refleksjon");
    assertThat(cases.text()).isEqualTo("Hvilken sak vil du reflektere over?");
    assertThat(labels(cases.options()))
        .containsExactly("Ny skolestruktur", "Ny barnehage", "Uten sak – fri refleksjon");
    assertThat(labels(cases.controls())).containsExactly("Avbryt");
    assertThat(chat.store().reflections().all()).isEmpty();

    chat.clicks("Ny skolestruktur");

    QuestionReply phases = chat.lastQuestion();
    assertThat(phases.text()).isEqualTo("Hvor står saken nå?");
    assertThat(labels(phases.options())).containsExactly("Før møtet", "Underveis", "Etter møtet");
    assertThat(chat.store().reflections().all()).isEmpty();

    chat.clicks("Før møtet");

    assertThat(chat.lastTexts())
        .singleElement()
        .asString()
        .startsWith("Før møtet – Ny skolestruktur");
    Reflection started = chat.onlyReflection();
    assertThat(started.phase()).isEqualTo(Phase.PRE);
    assertThat(started.caseId()).isEqualTo(skole.id());
    assertThat(started.meetingId()).as("the next meeting").isEqualTo(next.id());
    assertThat(chat.conversation().dialog()).isNull();
  }

  @Test
  void aCaseAndPhaseCanBePickedByTyping() {
    Meeting past = chat.hasMeeting(aMeeting().of(formannskapet).startingAt(START.minus(2, DAYS)));
    Meeting older = chat.hasMeeting(aMeeting().of(formannskapet).startingAt(START.minus(9, DAYS)));
    chat.hasCase(aCase().titled("Ny skolestruktur").ownedBy(me));
    PoliticalCase barnehage =
        chat.hasCase(
            aCase()
                .titled("Ny barnehage")
                .ownedBy(me)
                .treatedIn(older)
                .treatedIn(past)
                .createdAt(START.minus(1, DAYS)));

    chat.says("refleksjon");
    chat.says("2");
    chat.says("etter møtet");

    Reflection started = chat.onlyReflection();
    assertThat(started.phase()).isEqualTo(Phase.POST);
    assertThat(started.caseId()).isEqualTo(barnehage.id());
    assertThat(started.meetingId()).as("the latest meeting that has begun").isEqualTo(past.id());
  }

  @Test
  void theNoCaseButtonStartsAFreeReflection() {
    chat.hasCase(aCase().ownedBy(me));
    chat.says("refleksjon");

    chat.clicks("Uten sak – fri refleksjon");

    assertThat(chat.lastQuestion().text()).isEqualTo("Hva skjedde i samspillet med politikerne?");
    assertThat(chat.onlyReflection().phase()).isEqualTo(Phase.AD_HOC);
    assertThat(chat.onlyReflection().caseId()).isNull();
  }

  @Test
  void aForgedCaseOfSomeoneElseIsRefused() {
    chat.hasCase(aCase().ownedBy(me));
    PoliticalCase theirs = chat.hasCase(aCase().ownedBy(chat.register(aLeader())));
    chat.as(me);
    chat.says("refleksjon");

    chat.sends(Action.answer(chat.onScreen().askedId(), theirs.id().value()));

    assertThat(chat.lastTexts()).singleElement().asString().startsWith("Det svaret kjente jeg");
    assertThat(chat.lastQuestion().text()).isEqualTo("Hvilken sak vil du reflektere over?");
    assertThat(chat.store().reflections().all()).isEmpty();
  }

  @Test
  void cancelClosesThePickerAndItsButtons() {
    chat.hasCase(aCase().titled("Ny skolestruktur").ownedBy(me));
    chat.says("refleksjon");
    Button skole = chat.button("Ny skolestruktur");

    chat.clicks("Avbryt");

    assertThat(chat.lastTexts()).containsExactly("Greit, avbrutt.");
    assertThat(chat.conversation().dialog()).isNull();
    chat.sends(skole.action());
    assertThat(chat.lastTexts())
        .containsExactly(
            "Det spørsmålet er allerede besvart eller lukket – dette svaret ble ikke lagret.");
  }

  @Test
  void registersACaseWithNumberAndMeeting() {
    Meeting meeting = chat.hasMeeting(aMeeting().of(formannskapet).startingAt(START.plus(3, DAYS)));

    chat.says("ny sak");
    QuestionReply title = chat.lastQuestion();
    assertThat(title.heading()).isEqualTo("Ny sak");
    assertThat(title.text()).isEqualTo("Hva heter saken?");
    assertThat(title.kind()).isEqualTo(QuestionReply.Kind.FREE_TEXT);
    assertThat(title.maxLength()).isEqualTo(PoliticalCase.MAX_TITLE_LENGTH);
    assertThat(labels(title.controls())).containsExactly("Avbryt");

    chat.says("Ny skolestruktur");
    assertThat(chat.lastQuestion().text()).isEqualTo("Har saken et saksnummer?");
    assertThat(labels(chat.lastQuestion().controls())).containsExactly("Hopp over", "Avbryt");

    chat.says("2026/123");
    QuestionReply meetings = chat.lastQuestion();
    assertThat(meetings.text()).isEqualTo("I hvilket møte skal saken behandles først?");
    assertThat(labels(meetings.options())).hasSize(2).last().isEqualTo("Ikke bestemt ennå");
    String meetingLabel = meetings.options().get(0).label();
    assertThat(meetingLabel).startsWith("Formannskapet ").contains("05.03.2026").contains("10:00");

    chat.clicks(meetingLabel);

    assertThat(chat.lastTexts())
        .containsExactly(
            "Saken «Ny skolestruktur» er registrert til "
                + meetingLabel
                + ". Skriv «refleksjon» når du vil forberede deg.");
    assertThat(chat.store().cases().all())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.title()).isEqualTo("Ny skolestruktur");
              assertThat(c.caseNumber()).isEqualTo("2026/123");
              assertThat(c.ownerId()).isEqualTo(me.id());
              assertThat(c.tenantId()).isEqualTo(me.tenantId());
              assertThat(c.meetingIds()).containsExactly(meeting.id());
              assertThat(c.status()).isEqualTo(CaseStatus.IN_PREPARATION);
              assertThat(c.createdAt()).isEqualTo(START);
            });
    assertThat(chat.conversation().dialog()).isNull();
  }

  @Test
  void registersACaseWithoutNumberStraightAwayWhenNoMeetingIsComing() {
    chat.hasMeeting(aMeeting().of(formannskapet).startingAt(START.minus(1, DAYS)));
    chat.says("ny sak");
    chat.says("Budsjett 2027");

    chat.clicks("Hopp over");

    assertThat(chat.lastTexts())
        .containsExactly(
            "Saken «Budsjett 2027» er registrert. Skriv «refleksjon» når du vil forberede deg.");
    assertThat(chat.store().cases().all())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.caseNumber()).isNull();
              assertThat(c.meetingIds()).isEmpty();
              assertThat(c.ownerId()).isEqualTo(me.id());
            });
  }

  @Test
  void registersACaseWithoutMeetingWhenNoneIsDecidedYet() {
    chat.hasMeeting(aMeeting().of(formannskapet).startingAt(START.plus(3, DAYS)));
    chat.says("ny sak");
    chat.says("Budsjett 2027");
    chat.says("2026/9");

    chat.clicks("Ikke bestemt ennå");

    assertThat(chat.lastTexts())
        .singleElement()
        .asString()
        .startsWith("Saken «Budsjett 2027» er registrert.");
    assertThat(chat.store().cases().all())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.caseNumber()).isEqualTo("2026/9");
              assertThat(c.meetingIds()).isEmpty();
            });
  }

  @Test
  void echoesATitleWithBracesAsTyped() {
    chat.says("ny sak");
    chat.says("Tiltak {1} i plan {0}");

    chat.clicks("Hopp over");

    assertThat(chat.lastTexts())
        .containsExactly(
            "Saken «Tiltak {1} i plan {0}» er registrert. Skriv «refleksjon» når du vil forberede"
                + " deg.");
    assertThat(chat.store().cases().all())
        .extracting(PoliticalCase::title)
        .containsExactly("Tiltak {1} i plan {0}");
  }

  @Test
  void reAsksForAnEmptyOrOverLongTitleOrNumber() {
    chat.says("ny sak");

    chat.says("   ");
    assertThat(chat.lastTexts()).containsExactly("Skriv en tittel på høyst 200 tegn.");
    chat.says("x".repeat(201));
    assertThat(chat.lastTexts()).containsExactly("Skriv en tittel på høyst 200 tegn.");
    assertThat(chat.lastQuestion().text()).isEqualTo("Hva heter saken?");

    chat.says("x".repeat(200));
    chat.says("1".repeat(31));
    assertThat(chat.lastTexts()).containsExactly("Saksnummeret kan være høyst 30 tegn.");
    assertThat(chat.lastQuestion().text()).isEqualTo("Har saken et saksnummer?");
    assertThat(chat.store().cases().all()).isEmpty();
  }

  @Test
  void aMeetingOfAnotherTenantIsRefused() {
    chat.hasMeeting(aMeeting().of(formannskapet).startingAt(START.plus(3, DAYS)));
    PoliticalBody bystyret = chat.hasBody("Bystyret", TestTenants.STORBY);
    Meeting storby = chat.hasMeeting(aMeeting().of(bystyret).startingAt(START.plus(4, DAYS)));
    chat.says("ny sak");
    chat.says("Budsjett 2027");
    chat.says("2026/9");
    assertThat(labels(chat.lastQuestion().options())).noneMatch(l -> l.startsWith("Bystyret"));

    chat.sends(Action.answer(chat.onScreen().askedId(), storby.id().value()));

    assertThat(chat.lastTexts()).singleElement().asString().startsWith("Det svaret kjente jeg");
    assertThat(chat.store().cases().all()).isEmpty();
  }

  @Test
  void cancelStopsRegisteringACase() {
    chat.says("ny sak");
    chat.says("Budsjett 2027");

    chat.says("avbryt");

    assertThat(chat.lastTexts()).containsExactly("Greit, avbrutt.");
    assertThat(chat.store().cases().all()).isEmpty();
    chat.says("2026/9");
    assertThat(chat.lastTexts()).singleElement().asString().startsWith("Jeg forstod ikke «2026/9»");
  }
}
