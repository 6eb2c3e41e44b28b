package no.samspill.adapter.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.ButtonElement;
import java.util.List;
import java.util.stream.IntStream;
import no.samspill.core.conversation.Action;
import no.samspill.core.conversation.Button;
import no.samspill.core.conversation.QuestionReply;
import no.samspill.core.conversation.TextReply;
import no.samspill.core.language.Language;
import org.junit.jupiter.api.Test;

class BlockKitTest {

  @Test
  void rendersAScaleAsFiveButtonsThatCarryTheAskedIdAndValue() {
    SlackMessage message = BlockKit.render(scale("ab12"), Language.NB);

    List<ButtonElement> answers = buttons(message.blocks().get(2));
    assertThat(answers).hasSize(5);
    assertThat(answers.get(2).getValue()).isEqualTo("ab12|a:3");
    assertThat(answers.get(2).getActionId()).startsWith(BlockKit.ACT);
    assertThat(buttons(message.blocks().get(3)))
        .extracting(ButtonElement::getValue)
        .containsExactly("ab12|skip", "ab12|later");
  }

  @Test
  void labelsTheAnswerButtonOfAFreeTextQuestionInTheLeadersLanguage() {
    QuestionReply q = freeText("cd34");

    assertThat(answerButtons(BlockKit.render(q, Language.EN)).get(0).getText().getText())
        .isEqualTo("Answer");
    ButtonElement nynorsk = answerButtons(BlockKit.render(q, Language.NN)).get(0);
    assertThat(nynorsk.getText().getText()).isEqualTo("Svar");
    assertThat(nynorsk.getActionId()).isEqualTo(BlockKit.MODAL);
    assertThat(nynorsk.getValue()).isEqualTo("cd34|500|true|nn");
  }

  @Test
  void anAnsweredQuestionKeepsItsTextShowsTheChoiceAndLosesItsButtons() {
    List<LayoutBlock> original = BlockKit.render(scale("ab12"), Language.NB).blocks();

    SlackMessage answered = BlockKit.answered(original, "4", Language.EN);

    assertThat(answered.blocks()).noneMatch(b -> b instanceof ActionsBlock);
    assertThat(answered.blocks().get(0)).isEqualTo(original.get(0));
    assertThat(answered.text()).isEqualTo("✔ Answered: 4");
    assertThat(answered.blocks().get(answered.blocks().size() - 1))
        .isInstanceOf(ContextBlock.class);
  }

  @Test
  void escapesSlacksControlCharactersInEngineText() {
    SlackMessage message = BlockKit.render(new TextReply("<!channel> & co"), Language.NB);

    assertThat(message.blocks().get(0).toString()).contains("&lt;!channel&gt; &amp; co");
  }

  private static List<ButtonElement> answerButtons(SlackMessage message) {
    return buttons(
        message.blocks().stream().filter(b -> b instanceof ActionsBlock).findFirst().orElseThrow());
  }

  private static List<ButtonElement> buttons(LayoutBlock block) {
    return ((ActionsBlock) block).getElements().stream().map(e -> (ButtonElement) e).toList();
  }

  private static QuestionReply scale(String askedId) {
    List<Button> options =
        IntStream.rangeClosed(1, 5)
            .mapToObj(i -> new Button(String.valueOf(i), Action.answer(askedId, String.valueOf(i))))
            .toList();
    return new QuestionReply(
        askedId,
        QuestionReply.Kind.SCALE,
        "Før møtet",
        "Hvor stort er handlingsrommet?",
        null,
        options,
        "lite",
        "stort",
        true,
        0,
        1,
        5,
        List.of(
            new Button("Hopp over", new Action(askedId, Action.SKIP)),
            new Button("Senere", new Action(askedId, Action.LATER))));
  }

  private static QuestionReply freeText(String askedId) {
    return new QuestionReply(
        askedId,
        QuestionReply.Kind.FREE_TEXT,
        null,
        "Hva tar du med deg?",
        null,
        List.of(),
        null,
        null,
        true,
        500,
        4,
        5,
        List.of());
  }
}
