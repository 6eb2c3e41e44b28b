package no.samspill.core.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import no.samspill.core.directory.Leader;
import no.samspill.core.directory.Leaders;
import no.samspill.core.language.Language;
import no.samspill.core.language.Messages;
import no.samspill.core.privacy.DeleteMyData;
import no.samspill.core.privacy.ExportMyData;

/** The leader's own things: language, export, deletion, and the leader list. */
final class AccountCommands {

  private final Leaders leaders;
  private final Conversations conversations;
  private final FlowRunner flows;
  private final Dialogs dialogs;
  private final MyReflections mine;
  private final ExportMyData exportMyData;
  private final DeleteMyData deleteMyData;

  AccountCommands(
      Leaders leaders,
      Conversations conversations,
      FlowRunner flows,
      Dialogs dialogs,
      MyReflections mine,
      ExportMyData exportMyData,
      DeleteMyData deleteMyData) {
    this.leaders = leaders;
    this.conversations = conversations;
    this.flows = flows;
    this.dialogs = dialogs;
    this.mine = mine;
    this.exportMyData = exportMyData;
    this.deleteMyData = deleteMyData;
  }

  List<Reply> language(Leader leader, ConversationState state, String argument) {
    Optional<Language> direct = Language.fromCode(argument);
    if (direct.isPresent()) {
      return setLanguage(leader, state, direct.get());
    }
    OpenDialog dialog = new OpenDialog(Asking.newAskedId(), DialogStep.PICK_LANGUAGE, null);
    conversations.save(state.withDialog(dialog));
    return List.of(ask(leader, dialog));
  }

  List<Reply> startDelete(Leader leader, ConversationState state) {
    OpenDialog dialog = new OpenDialog(Asking.newAskedId(), DialogStep.CONFIRM_DELETE, null);
    conversations.save(state.withDialog(dialog));
    return List.of(ask(leader, dialog));
  }

  QuestionReply ask(Leader leader, OpenDialog dialog) {
    Language l = leader.language();
    String id = dialog.askedId();
    if (dialog.step() == DialogStep.PICK_LANGUAGE) {
      List<Button> options = new ArrayList<>();
      for (Language language : Language.values()) {
        options.add(new Button(language.nativeName(), Action.answer(id, language.code())));
      }
      return Asking.choice(
          id,
          Messages.get(l, "language.heading"),
          Messages.get(l, "language.pick"),
          options,
          Asking.cancelOnly(id, l));
    }
    return Asking.choice(
        id,
        Messages.get(l, "delete.heading"),
        Messages.get(l, "delete.confirm"),
        List.of(
            new Button(Messages.get(l, "delete.yes"), Action.answer(id, "yes")),
            new Button(Messages.get(l, "delete.no"), Action.answer(id, "no"))),
        List.of());
  }

  List<Reply> answer(Leader leader, ConversationState state, OpenDialog dialog, AnswerInput in) {
    String choice =
        in.isClick() ? in.choice() : Asking.matchTyped(in.text(), ask(leader, dialog).options());
    if (dialog.step() == DialogStep.PICK_LANGUAGE) {
      Optional<Language> language = Language.fromCode(choice != null ? choice : in.text());
      if (language.isEmpty()) {
        return List.of(
            new TextReply(Messages.get(leader.language(), "invalid.choice")), ask(leader, dialog));
      }
      return setLanguage(leader, state, language.get());
    }
    String answer = choice != null ? choice : yesOrNo(in.text());
    if ("yes".equals(answer)) {
      long deleted = deleteMyData.delete(leader);
      conversations.delete(leader.id());
      return List.of(new TextReply(Messages.get(leader.language(), "delete.done", deleted)));
    }
    if (!"no".equals(answer)) {
      return List.of(
          new TextReply(Messages.get(leader.language(), "invalid.choice")), ask(leader, dialog));
    }
    conversations.save(state.withDialog(null));
    return List.of(new TextReply(Messages.get(leader.language(), "delete.kept")));
  }

  /**
   * A typed answer to the deletion question: "ja", "yes" or "nei", "no"; null for anything else.
   */
  private static String yesOrNo(String typed) {
    String t = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
    return switch (t) {
      case "ja", "j", "yes", "y" -> "yes";
      case "nei", "n", "no" -> "no";
      default -> null;
    };
  }

  List<Reply> export(Leader leader) {
    String json = exportMyData.export(leader);
    return List.of(
        new ExportReply(
            "samspill-" + leader.id().value() + ".json",
            json,
            Messages.get(leader.language(), "export.done")));
  }

  List<Reply> leaders(Leader leader) {
    Language l = leader.language();
    List<SummaryReply.Line> lines = new ArrayList<>();
    for (Leader other : leaders.findByTenant(leader.tenantId())) {
      String role = other.role() == null ? "" : other.role();
      String coordinator =
          other.coordinator() ? " · " + Messages.get(l, "leaders.coordinator") : "";
      lines.add(new SummaryReply.Line(other.name(), role + coordinator));
    }
    return List.of(new SummaryReply(Messages.get(l, "leaders.title"), lines, null));
  }

  private QuestionReply reask(Leader leader, OpenDialog dialog) {
    if (dialog.step().mine()) {
      return mine.ask(leader, dialog);
    }
    return dialog.step() == DialogStep.CONFIRM_DELETE
        ? ask(leader, dialog)
        : dialogs.ask(leader, dialog);
  }

  private List<Reply> setLanguage(Leader leader, ConversationState state, Language language) {
    Leader updated = leader.speaking(language);
    leaders.save(updated);
    List<Reply> replies = new ArrayList<>();
    replies.add(new TextReply(Messages.get(language, "language.set", language.nativeName())));
    // The question still open is asked again, now in the language just chosen.
    OpenDialog dialog = state.dialog();
    if (dialog != null && dialog.step() != DialogStep.PICK_LANGUAGE) {
      replies.add(reask(updated, dialog));
      return replies;
    }
    ConversationState now = dialog == null ? state : conversations.save(state.withDialog(null));
    flows.activeInProgress(now).ifPresent(r -> replies.addAll(flows.reask(updated, r)));
    return replies;
  }
}
