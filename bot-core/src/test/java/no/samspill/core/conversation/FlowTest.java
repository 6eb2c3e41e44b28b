package no.samspill.core.conversation;

import static java.time.temporal.ChronoUnit.DAYS;
import static no.samspill.core.testing.CaseBuilder.aCase;
import static no.samspill.core.testing.ChatHarness.START;
import static no.samspill.core.testing.ChatHarness.labels;
import static no.samspill.core.testing.LeaderBuilder.aLeader;
import static no.samspill.core.testing.MeetingBuilder.aMeeting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import no.samspill.core.casework.Meeting;
import no.samspill.core.casework.PoliticalBody;
import no.samspill.core.casework.PoliticalCase;
import no.samspill.core.directory.Leader;
import no.samspill.core.reflection.Answer;
import no.samspill.core.reflection.Phase;
import no.samspill.core.reflection.Reflection;
import no.samspill.core.reflection.ReflectionStatus;
import no.samspill.core.reflection.ShareChoice;
import no.samspill.core.testing.ChatHarness;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Going through a flow: every kind of prompt, answered by clicking and by typing. */
class FlowTest {

  private final ChatHarness chat = new ChatHarness();
  private Leader me;

  @BeforeEach
  void registerLeader() {
    me = chat.register(aLeader().named("Kari Nordmann"));
  }

  @Test
  void completesAPostMeetingFlowAndStoresEveryAnswerAndTheShareChoice() {
    PoliticalBody formannskapet = chat.hasBody("Formannskapet");
    Meeting yesterday =
        chat.hasMeeting(aMeeting().of(formannskapet).startingAt(START.minus(1, DAYS)));
    PoliticalCase skole =
        chat.hasCase(aCase().titled("Ny skolestruktur").ownedBy(me).treatedIn(yesterday));

    chat.says("refleksjon");
    chat.clicks("Ny skolestruktur");
    chat.clicks("Etter møtet");

    assertThat(chat.lastTexts())
        .singleElement()
        .asString()
        .startsWith(
            "Etter møtet – Ny skolestruktur\nEn kort gjennomgang etter det politiske møtet");
    QuestionReply outcome = chat.lastQuestion();
    assertThat(outcome.kind()).isEqualTo(QuestionReply.Kind.FREE_TEXT);
    assertThat(outcome.text()).startsWith("Hva forventet du, hva skjedde");
    assertThat(outcome.hint()).isEqualTo("Stikkord holder – nevn roller, ikke navn.");
    assertThat(outcome.required()).isTrue();
    assertThat(outcome.maxLength()).isEqualTo(1500);
    assertThat(outcome.step()).isEqualTo(1);
    assertThat(outcome.steps()).isEqualTo(5);
    // Required, so it cannot be skipped; it can be put aside.
    assertThat(labels(outcome.controls())).containsExactly("Minn meg på det senere", "Avbryt");

    chat.says("Vi ventet enighet, men saken ble utsatt.");
    QuestionReply trust = chat.lastQuestion();
    assertThat(trust.kind()).isEqualTo(QuestionReply.Kind.SCALE);
    assertThat(trust.text()).startsWith("Hvordan endret tilliten");
    assertThat(labels(trust.options())).containsExactly("1", "2", "3", "4", "5");
    assertThat(trust.lowLabel()).isEqualTo("Svekket mye");
    assertThat(trust.highLabel()).isEqualTo("Styrket mye");
    assertThat(trust.step()).isEqualTo(2);

    chat.clicks("4");
    QuestionReply approach = chat.lastQuestion();
    assertThat(approach.kind()).isEqualTo(QuestionReply.Kind.CHOICE);
    assertThat(approach.text()).isEqualTo("Hvilken tilnærming brukte du faktisk?");
    assertThat(labels(approach.options())).hasSize(5).contains("Finne en løsning sammen");

    chat.clicks("Finne en løsning sammen");
    assertThat(chat.lastQuestion().text()).isEqualTo("Hva tar du med deg til neste sak?");
    assertThat(chat.lastQuestion().required()).isFalse();

    chat.says("Snakk med gruppelederne før møtet.");
    QuestionReply share = chat.lastQuestion();
    assertThat(share.text()).isEqualTo("Vil du dele lærdommen med de andre lederne?");
    assertThat(labels(share.options()))
        .containsExactly("Privat – bare meg", "Anonymt til ledergruppen", "Med navnet mitt");
    assertThat(share.step()).isEqualTo(5);

    chat.clicks("Anonymt til ledergruppen");

    SummaryReply summary = chat.lastSummary();
    assertThat(summary.title()).isEqualTo("Takk! Etter møtet er lagret");
    assertThat(summary.lines())
        .extracting(SummaryReply.Line::value)
        .containsExactly(
            "Vi ventet enighet, men saken ble utsatt.",
            "4 av 5",
            "Finne en løsning sammen",
            "Snakk med gruppelederne før møtet.");
    assertThat(summary.footer()).startsWith("Delt anonymt");

    Reflection stored = chat.onlyReflection();
    assertThat(stored.phase()).isEqualTo(Phase.POST);
    assertThat(stored.caseId()).isEqualTo(skole.id());
    assertThat(stored.meetingId()).isEqualTo(yesterday.id());
    assertThat(stored.status()).isEqualTo(ReflectionStatus.COMPLETED);
    assertThat(stored.share()).isEqualTo(ShareChoice.ANONYMOUS);
    assertThat(stored.completedAt()).isEqualTo(START);
    assertThat(stored.openAskedId()).isNull();
    assertThat(stored.answers())
        .extracting(
            Answer::promptId,
            Answer::measure,
            Answer::text,
            Answer::scale,
            Answer::option,
            Answer::skipped)
        .containsExactly(
            tuple(
                "post.outcome",
                "OUTCOME",
                "Vi ventet enighet, men saken ble utsatt.",
                null,
                null,
                false),
            tuple("post.trust", "TRUST_CHANGE", null, 4, null, false),
            tuple("post.approach", "CONFLICT_USED", null, null, "collaborating", false),
            tuple("post.lesson", "LESSON", "Snakk med gruppelederne før møtet.", null, null, false),
            tuple("post.share", null, null, null, "anonymous", false));
    assertThat(chat.conversation().activeReflection()).isNull();
  }

  @Test
  void answersEveryKindOfPromptByClicking() {
    startPreFlow();

    chat.clicks("2");
    chat.clicks("De kjenner meg og vet hva de får");
    chat.clicks("Møtes på midten");
    chat.submits("Et grundig saksframlegg.");
    chat.submits("Utvalgslederen.");

    // Five prompts, no share choice: what a leader plans before a case stays their own.
    assertThat(chat.lastSummary().footer()).startsWith("Lagret privat");
    Reflection stored = chat.onlyReflection();
    assertThat(stored.status()).isEqualTo(ReflectionStatus.COMPLETED);
    assertThat(stored.share()).isEqualTo(ShareChoice.PRIVATE);
    assertThat(stored.answers())
        .extracting(Answer::scale, Answer::option, Answer::text)
        .containsExactly(
            tuple(2, null, null),
            tuple(null, "knowledge", null),
            tuple(null, "compromising", null),
            tuple(null, null, "Et grundig saksframlegg."),
            tuple(null, null, "Utvalgslederen."));
  }

  @Test
  void sharesTheLessonByClicking() {
    chat.says("refleksjon");
    chat.says("Møtet gikk bra.");
    chat.says("3");
    chat.says("Forbered gruppelederne.");

    chat.clicks("Med navnet mitt");

    assertThat(chat.lastSummary().footer()).startsWith("Delt med navnet ditt");
    assertThat(chat.onlyReflection().share()).isEqualTo(ShareChoice.NAMED);
    assertThat(chat.onlyReflection().answers().get(3).option()).isEqualTo("named");
  }

  @Test
  void answersEveryKindOfPromptByTypingANumberOrALabel() {
    startPreFlow();

    chat.says(" 5 ");
    chat.says("2");
    chat.says("MØTES PÅ MIDTEN");
    chat.says("Et grundig saksframlegg.");
    chat.says("Utvalgslederen.");

    assertThat(chat.lastSummary().lines())
        .extracting(SummaryReply.Line::value)
        .containsExactly(
            "5 av 5",
            "De kjenner meg og vet hva de får",
            "Møtes på midten",
            "Et grundig saksframlegg.",
            "Utvalgslederen.");
    Reflection stored = chat.onlyReflection();
    assertThat(stored.share()).isEqualTo(ShareChoice.PRIVATE);
    assertThat(stored.answers())
        .extracting(Answer::scale, Answer::option, Answer::text)
        .containsExactly(
            tuple(5, null, null),
            tuple(null, "knowledge", null),
            tuple(null, "compromising", null),
            tuple(null, null, "Et grundig saksframlegg."),
            tuple(null, null, "Utvalgslederen."));
  }

  @ParameterizedTest
  @CsvSource({"1, PRIVATE", "3, NAMED", "med navnet mitt, NAMED", "Privat – bare meg, PRIVATE"})
  void readsTheShareChoiceFromItsNumberOrLabel(String typed, ShareChoice expected) {
    chat.says("refleksjon");
    chat.says("Møtet gikk bra.");
    chat.says("3");
    chat.says("Forbered gruppelederne.");

    chat.says(typed);

    assertThat(chat.onlyReflection().share()).isEqualTo(expected);
    assertThat(chat.onlyReflection().status()).isEqualTo(ReflectionStatus.COMPLETED);
  }

  @Test
  void anEmptyAnswerToAnOptionalTextCountsAsSkipped() {
    chat.says("refleksjon");
    chat.says("Møtet gikk bra.");
    chat.says("3");

    chat.submits("  ");

    assertThat(chat.lastQuestion().text()).startsWith("Vil du dele lærdommen");
    Answer lesson = chat.onlyReflection().answers().get(2);
    assertThat(lesson.promptId()).isEqualTo("adhoc.lesson");
    assertThat(lesson.skipped()).isTrue();
    assertThat(lesson.text()).isNull();
  }

  private void startPreFlow() {
    PoliticalCase politicalCase = chat.hasCase(aCase().titled("Ny barnehage").ownedBy(me));
    chat.starts(new StartReflection.Command(me.id(), Phase.PRE, politicalCase.id(), null));
    assertThat(chat.lastQuestion().text())
        .isEqualTo("Hvor stort handlingsrom opplever du at du har i denne saken?");
  }
}
