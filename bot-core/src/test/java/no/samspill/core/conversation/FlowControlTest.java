package no.samspill.core.conversation;

import static no.samspill.core.testing.LeaderBuilder.aLeader;
import static org.assertj.core.api.Assertions.assertThat;

import no.samspill.core.language.Language;
import no.samspill.core.language.Messages;
import no.samspill.core.reflection.Answer;
import no.samspill.core.reflection.Reflection;
import no.samspill.core.reflection.ReflectionStatus;
import no.samspill.core.reflection.ShareChoice;
import no.samspill.core.testing.ChatHarness;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Skip, remind me later, continue and cancel. */
class FlowControlTest {

  private static final String SITUATION = "Hva skjedde i samspillet med politikerne?";
  private static final String TRUST =
      "Hva gjorde dette med tilliten mellom deg og politikerne det gjaldt?";

  private final ChatHarness chat = new ChatHarness();

  @BeforeEach
  void startAdHocReflection() {
    chat.register(aLeader());
    chat.says("refleksjon");
    assertThat(chat.lastQuestion().text()).isEqualTo(SITUATION);
  }

  @Test
  void anOptionalQuestionOffersSkipAndSkippingStoresASkippedAnswerAndMovesOn() {
    chat.says("Møtet gikk bra.");
    QuestionReply trust = chat.lastQuestion();
    assertThat(trust.required()).isFalse();
    assertThat(ChatHarness.labels(trust.controls()))
        .containsExactly("Hopp over", "Minn meg på det senere", "Avbryt");

    chat.clicks("Hopp over");

    assertThat(chat.lastQuestion().step()).isEqualTo(3);
    assertThat(chat.onlyReflection().answers())
        .extracting(Answer::promptId, Answer::measure, Answer::skipped)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("adhoc.situation", "OUTCOME", false),
            org.assertj.core.groups.Tuple.tuple("adhoc.trust", "TRUST_CHANGE", true));
  }

  @ParameterizedTest
  @ValueSource(strings = {"hopp over", "Skip", "HOPP OVER."})
  void typingSkipSkipsAnOptionalQuestionToo(String typed) {
    chat.says("Møtet gikk bra.");

    chat.says(typed);

    assertThat(chat.lastQuestion().step()).isEqualTo(3);
    assertThat(chat.onlyReflection().answers())
        .extracting(Answer::skipped)
        .containsExactly(false, true);
  }

  @ParameterizedTest
  @ValueSource(strings = {"hopp over", "Skip"})
  void aRequiredQuestionOffersNoSkipAndRefusesOneTypedOrForged(String typed) {
    QuestionReply situation = chat.lastQuestion();
    assertThat(situation.required()).isTrue();
    assertThat(ChatHarness.labels(situation.controls()))
        .containsExactly("Minn meg på det senere", "Avbryt");

    chat.says(typed);
    assertThat(chat.lastTexts()).containsExactly(Messages.get(Language.NB, "skip.required"));
    assertThat(chat.lastQuestion().askedId()).isEqualTo(situation.askedId());
    assertThat(chat.lastTurn().outcome()).isEqualTo(Turn.Outcome.INVALID_INPUT);
    chat.sends(new Action(situation.askedId(), Action.SKIP));
    assertThat(chat.lastQuestion().text()).isEqualTo(SITUATION);

    assertThat(chat.onlyReflection().answers()).isEmpty();
  }

  @Test
  void skippingTheShareQuestionKeepsTheReflectionPrivate() {
    chat.says("Møtet gikk bra.");
    chat.clicks("4");
    chat.clicks("Hopp over");
    assertThat(chat.lastQuestion().text()).startsWith("Vil du dele");

    chat.clicks("Hopp over");

    SummaryReply summary = chat.lastSummary();
    assertThat(summary.lines())
        .extracting(SummaryReply.Line::value)
        .containsExactly("Møtet gikk bra.", "4 av 5", "(hoppet over)");
    assertThat(summary.footer()).isEqualTo("Lagret privat – bare du ser denne refleksjonen.");
    Reflection stored = chat.onlyReflection();
    assertThat(stored.status()).isEqualTo(ReflectionStatus.COMPLETED);
    assertThat(stored.share()).isEqualTo(ShareChoice.PRIVATE);
    assertThat(stored.answers())
        .extracting(Answer::skipped)
        .containsExactly(false, false, true, true);
  }

  @Test
  void remindLaterPausesTheReflectionAndContinueResumesItAtTheSamePrompt() {
    chat.says("Møtet gikk bra.");
    QuestionReply trust = chat.lastQuestion();

    chat.clicks("Minn meg på det senere");

    assertThat(chat.lastTexts())
        .singleElement()
        .asString()
        .startsWith("Greit. Jeg minner deg på det:")
        .contains("08:00");
    assertThat(chat.store().nudges().all(chat.leader().id()))
        .singleElement()
        .satisfies(
            n -> assertThat(n.kind()).isEqualTo(no.samspill.core.schedule.NudgeKind.REMIND_LATER))
        .satisfies(
            n -> assertThat(n.dueAt()).isEqualTo(java.time.Instant.parse("2026-03-03T07:00:00Z")));
    Reflection paused = chat.onlyReflection();
    assertThat(paused.status()).isEqualTo(ReflectionStatus.PAUSED);
    assertThat(paused.answers()).hasSize(1);
    assertThat(chat.conversation().activeReflection()).isNull();

    chat.says("fortsett");

    assertThat(chat.lastTexts()).containsExactly("Vi fortsetter der du slapp.");
    QuestionReply resumed = chat.lastQuestion();
    assertThat(resumed.text()).isEqualTo(TRUST);
    assertThat(resumed.step()).isEqualTo(trust.step());
    assertThat(chat.onlyReflection().status()).isEqualTo(ReflectionStatus.IN_PROGRESS);

    chat.clicks("5");

    assertThat(chat.lastQuestion().text()).startsWith("Hva lærte du");
    assertThat(chat.onlyReflection().answers()).extracting(Answer::scale).containsExactly(null, 5);
  }

  @Test
  void typingLaterPausesToo() {
    chat.says("senere");

    assertThat(chat.lastTexts())
        .singleElement()
        .asString()
        .startsWith("Greit. Jeg minner deg på det:");
    assertThat(chat.onlyReflection().status()).isEqualTo(ReflectionStatus.PAUSED);
  }

  @Test
  void continueWithNothingOpenSaysSo() {
    chat.says("avbryt");

    chat.says("fortsett");

    assertThat(chat.lastTexts())
        .containsExactly(
            "Du har ingen påbegynt refleksjon. Skriv «refleksjon» for å starte en ny.");
  }

  @Test
  void continueWhileAQuestionIsOpenShowsItAgain() {
    QuestionReply open = chat.lastQuestion();

    chat.says("fortsett");

    assertThat(chat.lastQuestion().askedId()).isEqualTo(open.askedId());
    assertThat(chat.lastQuestion().text()).isEqualTo(SITUATION);
  }

  @Test
  void cancelEndsTheReflectionAndKeepsTheAnswersGiven() {
    chat.says("Møtet gikk bra.");

    chat.says("avbryt");

    assertThat(chat.lastTexts())
        .singleElement()
        .asString()
        .startsWith("Avbrutt. Svarene du rakk å gi er lagret privat");
    Reflection cancelled = chat.onlyReflection();
    assertThat(cancelled.status()).isEqualTo(ReflectionStatus.CANCELLED);
    assertThat(cancelled.answers()).extracting(Answer::text).containsExactly("Møtet gikk bra.");
    assertThat(chat.conversation().activeReflection()).isNull();

    chat.says("Dette er ikke et svar");

    assertThat(chat.lastTexts()).singleElement().asString().startsWith("Jeg forstod ikke");
    assertThat(chat.onlyReflection()).isEqualTo(cancelled);
  }

  @Test
  void everyQuestionOfAFlowHasACancelButtonThatEndsTheReflection() {
    chat.says("Møtet gikk bra.");
    assertThat(ChatHarness.labels(chat.lastQuestion().controls())).endsWith("Avbryt");

    chat.clicks("Avbryt");

    assertThat(chat.lastTurn().outcome()).isEqualTo(Turn.Outcome.ANSWERED);
    assertThat(chat.onlyReflection().status()).isEqualTo(ReflectionStatus.CANCELLED);
    assertThat(chat.conversation().activeReflection()).isNull();
  }

  @Test
  void cancelWithNothingOpenSaysSo() {
    chat.says("avbryt");

    chat.says("avbryt");

    assertThat(chat.lastTexts())
        .containsExactly("Det er ingenting åpent å avbryte eller hoppe over akkurat nå.");
  }
}
