package no.samspill.core.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.samspill.core.catalogue.Flow;
import no.samspill.core.catalogue.Prompt;
import no.samspill.core.catalogue.PromptKind;
import no.samspill.core.catalogue.PromptOption;
import no.samspill.core.language.Language;
import no.samspill.core.language.Messages;
import no.samspill.core.reflection.Answer;
import no.samspill.core.reflection.Reflection;
import no.samspill.core.reflection.ShareChoice;

/** Renders stored answers and share choices as the leader reads them. */
final class AnswerFormat {

  private AnswerFormat() {}

  static String value(Prompt prompt, Answer answer, Language language) {
    if (answer.skipped()) {
      return Messages.get(language, "answer.skipped");
    }
    if (answer.scale() != null) {
      return Messages.get(language, "answer.scale", answer.scale(), Prompt.SCALE_MAX);
    }
    if (answer.option() != null) {
      if (prompt != null && prompt.kind() == PromptKind.SHARE_CHOICE) {
        return share(ShareChoice.valueOf(answer.option().toUpperCase(Locale.ROOT)), language);
      }
      return prompt == null
          ? answer.option()
          : prompt
              .option(answer.option())
              .map(PromptOption::label)
              .map(l -> l.in(language))
              .orElse(answer.option());
    }
    return answer.text() == null ? "" : answer.text();
  }

  /** Each question asked and its answer, in the flow's order; the share choice has its own line. */
  static List<SummaryReply.Line> lines(Flow flow, Reflection reflection, Language language) {
    List<SummaryReply.Line> lines = new ArrayList<>();
    for (int i = 0; i < reflection.answers().size() && i < flow.size(); i++) {
      Prompt prompt = flow.prompts().get(i);
      if (prompt.kind() == PromptKind.SHARE_CHOICE) {
        continue;
      }
      lines.add(
          new SummaryReply.Line(
              prompt.text().in(language), value(prompt, reflection.answers().get(i), language)));
    }
    return lines;
  }

  static String share(ShareChoice share, Language language) {
    return Messages.get(language, "share." + share.name().toLowerCase(Locale.ROOT));
  }
}
