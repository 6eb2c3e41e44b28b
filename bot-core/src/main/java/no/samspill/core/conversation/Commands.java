package no.samspill.core.conversation;

import java.util.List;
import java.util.Optional;
import no.samspill.core.directory.Leader;
import no.samspill.core.language.Language;
import no.samspill.core.language.Messages;
import no.samspill.core.reflection.Reflection;

/** Carries out a typed command: which part of the conversation each one belongs to. */
final class Commands {

  private final FlowRunner flows;
  private final Dialogs dialogs;
  private final MyReflections mine;
  private final AccountCommands account;
  private final OutreachCommands outreach;

  Commands(
      FlowRunner flows,
      Dialogs dialogs,
      MyReflections mine,
      AccountCommands account,
      OutreachCommands outreach) {
    this.flows = flows;
    this.dialogs = dialogs;
    this.mine = mine;
    this.account = account;
    this.outreach = outreach;
  }

  List<Reply> run(Leader leader, ConversationState state, ChatCommand.Parsed parsed) {
    Language l = leader.language();
    Optional<Reflection> active = flows.activeInProgress(state);
    OpenDialog dialog = state.dialog();
    return switch (parsed.command()) {
      case HELP -> List.of(new TextReply(HelpText.of(leader)));
      case NEW_CASE -> dialogs.startNewCase(leader, state);
      case REFLECT -> dialogs.startReflect(leader, state);
      case MINE -> mine.command(leader, state, parsed.argument());
      case LANGUAGE -> account.language(leader, state, parsed.argument());
      case EXPORT -> account.export(leader);
      case DELETE -> account.startDelete(leader, state);
      case LEADERS ->
          leader.coordinator()
              ? account.leaders(leader)
              : List.of(new TextReply(Messages.get(l, "coordinator.only")));
      case UPCOMING -> outreach.upcoming(leader);
      case PAIRING_ON -> outreach.pairing(leader, true);
      case PAIRING_OFF -> outreach.pairing(leader, false);
      case DIGEST_HERE -> List.of(new TextReply(Messages.get(l, "digest.here.notchannel")));
      case DIGEST_PREVIEW ->
          leader.coordinator()
              ? outreach.previewDigest(leader)
              : List.of(new TextReply(Messages.get(l, "coordinator.only")));
      case CONTINUE ->
          dialog != null ? List.of(askDialog(leader, dialog)) : flows.resume(leader, state);
      case CANCEL ->
          dialog != null
              ? dialogs.cancel(leader, state)
              : active.map(r -> flows.cancel(leader, state, r)).orElseGet(() -> nothing(l));
      case SKIP ->
          dialog != null
              ? skipDialog(leader, state, dialog)
              : active.map(r -> flows.skip(leader, state, r)).orElseGet(() -> nothing(l));
      case LATER ->
          dialog != null
              ? dialogs.cancel(leader, state)
              : active.map(r -> flows.later(leader, state, r)).orElseGet(() -> nothing(l));
    };
  }

  /** Only the optional case number can be skipped; every other dialog question needs an answer. */
  List<Reply> skipDialog(Leader leader, ConversationState state, OpenDialog dialog) {
    if (dialog.step() == DialogStep.NEW_CASE_NUMBER) {
      return dialogs.skipCaseNumber(leader, state, dialog);
    }
    return List.of(
        new TextReply(Messages.get(leader.language(), "skip.required")), askDialog(leader, dialog));
  }

  QuestionReply askDialog(Leader leader, OpenDialog dialog) {
    if (dialog.step().mine()) {
      return mine.ask(leader, dialog);
    }
    return switch (dialog.step()) {
      case PICK_LANGUAGE, CONFIRM_DELETE -> account.ask(leader, dialog);
      default -> dialogs.ask(leader, dialog);
    };
  }

  private static List<Reply> nothing(Language language) {
    return List.of(new TextReply(Messages.get(language, "nothing.open")));
  }
}
