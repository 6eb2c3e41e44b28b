package no.samspill.core.conversation;

import static no.samspill.core.testing.LeaderBuilder.aLeader;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import no.samspill.core.reflection.Answer;
import no.samspill.core.reflection.Phase;
import no.samspill.core.reflection.Reflection;
import no.samspill.core.reflection.ReflectionStatus;
import no.samspill.core.testing.ChatHarness;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Clicks on buttons that are no longer the open question, repeated, forged, or after a restart. */
class StaleClickTest {

  private static final String CLOSED =
      "Det spørsmålet er allerede besvart eller lukket – dette svaret ble ikke lagret.";
  private static final String CONTINUE_HINT =
      "Skriv «fortsett» for å se spørsmålet som står åpent.";

  private final ChatHarness chat = new ChatHarness();

  @BeforeEach
  void startAdHocReflection() {
    chat.register(aLeader());
    chat.says("refleksjon");
    chat.says("Møtet gikk bra.");
    assertThat(chat.lastQuestion().kind()).isEqualTo(QuestionReply.Kind.SCALE);
  }

  @Test
  void aClickOnAQuestionThatMovedOnIsClosedAndStoresNothing() {
    Button four = chat.button("4");
    Button skip = chat.button("Hopp over");
    chat.clicks("3");
    Reflection before = chat.onlyReflection();

    chat.sends(four.action());
    assertThat(chat.lastTexts()).containsExactly(CLOSED, CONTINUE_HINT);
    chat.sends(skip.action());
    assertThat(chat.lastTexts()).containsExactly(CLOSED, CONTINUE_HINT);

    assertThat(chat.onlyReflection()).isEqualTo(before);
    assertThat(before.answers()).extracting(Answer::scale).containsExactly(null, 3);
  }

  @Test
  void aClickAfterTheFlowFinishedIsClosedAndStoresNothing() {
    chat.clicks("3");
    chat.says("Forbered gruppelederne.");
    Button named = chat.button("Med navnet mitt");
    chat.clicks("Privat – bare meg");
    Reflection done = chat.onlyReflection();
    assertThat(done.status()).isEqualTo(ReflectionStatus.COMPLETED);

    chat.sends(named.action());

    assertThat(chat.lastTexts()).containsExactly(CLOSED);
    assertThat(chat.onlyReflection()).isEqualTo(done);
  }

  @Test
  void aClickOnAFlowReplacedByANewOneIsClosedAndStoresNothing() {
    Button four = chat.button("4");
    chat.clock().advance(Duration.ofMinutes(5));

    chat.starts(new StartReflection.Command(chat.leader().id(), Phase.AD_HOC, null, null));

    assertThat(chat.lastTexts().get(0))
        .startsWith("Refleksjonen du holdt på med er lagt til side.");
    List<Reflection> both = chat.reflections();
    assertThat(both).hasSize(2);
    Reflection replaced = both.get(1);
    assertThat(replaced.status()).isEqualTo(ReflectionStatus.PAUSED);

    chat.sends(four.action());

    assertThat(chat.lastTexts()).containsExactly(CLOSED, CONTINUE_HINT);
    assertThat(chat.reflections()).containsExactlyElementsOf(both);
  }

  @Test
  void aDoubleClickStoresOneAnswer() {
    Button four = chat.button("4");

    chat.sends(four.action());
    QuestionReply next = chat.lastQuestion();
    chat.sends(four.action());

    assertThat(chat.lastTexts()).containsExactly(CLOSED, CONTINUE_HINT);
    assertThat(chat.onlyReflection().answers()).extracting(Answer::scale).containsExactly(null, 4);
    assertThat(chat.onlyReflection().openAskedId()).isEqualTo(next.askedId());
  }

  @Test
  void aClickLandingWhileTheSameClickIsBeingStoredIsRefused() {
    Button four = chat.button("4");
    AtomicReference<List<Reply>> first = new AtomicReference<>();
    chat.store().reflections().beforeNextSave(() -> first.set(chat.sends(four.action())));

    List<Reply> second = chat.sends(four.action());

    assertThat(first.get()).hasAtLeastOneElementOfType(QuestionReply.class);
    assertThat(second).containsExactly(new TextReply(CLOSED));
    assertThat(chat.onlyReflection().answers()).extracting(Answer::scale).containsExactly(null, 4);
  }

  @Test
  void forgedActionValuesAreRefusedAndStoreNothing() {
    String asked = chat.onScreen().askedId();
    Reflection before = chat.onlyReflection();

    chat.sends(Action.answer(asked, "42"));
    assertThat(chat.lastTexts()).containsExactly("Svar med et tall fra 1 til 5.");
    chat.sends(Action.answer(asked, "4; drop"));
    assertThat(chat.lastTexts()).containsExactly("Svar med et tall fra 1 til 5.");
    chat.sends(new Action("0123456789abcdef00", "a:4"));
    assertThat(chat.lastTexts()).containsExactly(CLOSED, CONTINUE_HINT);
    assertThat(chat.onlyReflection()).isEqualTo(before);

    chat.clicks("4");
    chat.says("Forbered gruppelederne.");
    String share = chat.onScreen().askedId();
    Reflection beforeShare = chat.onlyReflection();

    chat.sends(Action.answer(share, "public"));
    assertThat(chat.lastTexts()).singleElement().asString().startsWith("Det svaret kjente jeg");
    chat.sends(Action.answer(share, "PRIVATE"));
    assertThat(chat.lastTexts()).singleElement().asString().startsWith("Det svaret kjente jeg");
    assertThat(chat.onlyReflection()).isEqualTo(beforeShare);
  }

  @Test
  void resumesAfterARestartByClickingTheStillOpenButton() {
    chat.restart();

    chat.clicks("2");

    assertThat(chat.lastQuestion().text()).startsWith("Hva lærte du");
    assertThat(chat.onlyReflection().answers()).extracting(Answer::scale).containsExactly(null, 2);

    chat.restart();
    chat.says("Forbered gruppelederne.");
    chat.clicks("Anonymt til ledergruppen");

    assertThat(chat.onlyReflection().status()).isEqualTo(ReflectionStatus.COMPLETED);
  }
}
