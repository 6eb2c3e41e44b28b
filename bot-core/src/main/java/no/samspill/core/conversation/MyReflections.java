package no.samspill.core.conversation;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import no.samspill.core.casework.Cases;
import no.samspill.core.casework.PoliticalCase;
import no.samspill.core.directory.Leader;
import no.samspill.core.language.Language;
import no.samspill.core.language.Messages;
import no.samspill.core.privacy.ChangeShare;
import no.samspill.core.privacy.DeleteReflection;
import no.samspill.core.reflection.Reflection;
import no.samspill.core.reflection.ReflectionId;
import no.samspill.core.reflection.ReflectionStatus;
import no.samspill.core.reflection.Reflections;
import no.samspill.core.reflection.ShareChoice;

/** "mine": the leader's reflections, each one to open, share differently or delete. */
final class MyReflections {

  static final int MINE_LIMIT = 10;

  /** Typed numbers above this are not looked up: nobody scrolls that far back in chat. */
  static final int MAX_NUMBER = 1000;

  private static final String REFLECTION = "reflection";
  private static final String SHARE = "share:";
  private static final String DELETE = "delete";
  private static final String YES = "yes";
  private static final String NO = "no";

  private final Reflections reflections;
  private final Cases cases;
  private final Conversations conversations;
  private final FlowRunner flows;
  private final ChangeShare changeShare;
  private final DeleteReflection deleteReflection;

  MyReflections(
      Reflections reflections,
      Cases cases,
      Conversations conversations,
      FlowRunner flows,
      ChangeShare changeShare,
      DeleteReflection deleteReflection) {
    this.reflections = reflections;
    this.cases = cases;
    this.conversations = conversations;
    this.flows = flows;
    this.changeShare = changeShare;
    this.deleteReflection = deleteReflection;
  }

  /** "mine" alone lists the newest; "mine 3" opens the third newest. */
  List<Reply> command(Leader leader, ConversationState state, String argument) {
    if (argument.isEmpty()) {
      return list(leader, state);
    }
    Language l = leader.language();
    if (!argument.matches("\\d+")) {
      // Echo a little of it only: the argument may be thousands of characters long.
      String shown = argument.length() > 20 ? argument.substring(0, 20) + "…" : argument;
      return List.of(new TextReply(Messages.get(l, "mine.notnumber", shown)));
    }
    int number = argument.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(argument);
    List<Reflection> newest =
        number < 1 || number > MAX_NUMBER
            ? List.of()
            : reflections.findByLeader(leader.id(), number);
    if (number < 1 || newest.size() < number) {
      return List.of(new TextReply(Messages.get(l, "mine.notfound", argument)));
    }
    return open(leader, state, newest.get(number - 1));
  }

  private List<Reply> list(Leader leader, ConversationState state) {
    Language l = leader.language();
    List<Reflection> mine = reflections.findByLeader(leader.id(), MINE_LIMIT + 1);
    if (mine.isEmpty()) {
      return List.of(new TextReply(Messages.get(l, "mine.none")));
    }
    List<Reflection> shown = mine.subList(0, Math.min(MINE_LIMIT, mine.size()));
    List<SummaryReply.Line> lines = new ArrayList<>();
    for (Reflection r : shown) {
      lines.add(
          new SummaryReply.Line(
              label(leader, r),
              caseTitle(r, l) + " · " + status(r, l) + " · " + AnswerFormat.share(r.share(), l)));
    }
    List<Reply> replies = new ArrayList<>();
    replies.add(
        new SummaryReply(Messages.get(l, "mine.title"), lines, Messages.get(l, "mine.footer")));
    if (mine.size() > MINE_LIMIT) {
      replies.add(new TextReply(Messages.get(l, "mine.more", MINE_LIMIT, MINE_LIMIT + 1)));
    }
    OpenDialog dialog = new OpenDialog(Asking.newAskedId(), DialogStep.MINE_PICK, null);
    conversations.save(state.withDialog(dialog));
    replies.add(pick(leader, dialog, shown));
    return replies;
  }

  QuestionReply ask(Leader leader, OpenDialog dialog) {
    if (dialog.step() == DialogStep.MINE_PICK) {
      return pick(leader, dialog, reflections.findByLeader(leader.id(), MINE_LIMIT));
    }
    Optional<Reflection> reflection = chosen(leader, dialog);
    Language l = leader.language();
    String id = dialog.askedId();
    if (dialog.step() == DialogStep.MINE_CONFIRM_DELETE) {
      String which = reflection.map(r -> label(leader, r)).orElse("–");
      return Asking.choice(
          id,
          Messages.get(l, "mine.delete.heading"),
          Messages.get(l, "mine.delete.confirm", which),
          List.of(
              new Button(Messages.get(l, "mine.delete.yes"), Action.answer(id, YES)),
              new Button(Messages.get(l, "delete.no"), Action.answer(id, NO))),
          List.of());
    }
    boolean finished = reflection.map(r -> r.status() == ReflectionStatus.COMPLETED).orElse(false);
    List<Button> options = new ArrayList<>();
    if (finished) {
      for (ShareChoice share : ShareChoice.values()) {
        if (share != reflection.get().share()) {
          options.add(
              new Button(
                  AnswerFormat.share(share, l),
                  Action.answer(id, SHARE + share.name().toLowerCase(Locale.ROOT))));
        }
      }
    }
    options.add(new Button(Messages.get(l, "mine.delete"), Action.answer(id, DELETE)));
    return Asking.choice(
        id,
        reflection.map(r -> label(leader, r)).orElse(Messages.get(l, "mine.title")),
        Messages.get(l, finished ? "mine.open.actions" : "mine.open.unfinished"),
        options,
        Asking.cancelOnly(id, l));
  }

  List<Reply> answer(Leader leader, ConversationState state, OpenDialog dialog, AnswerInput in) {
    Language l = leader.language();
    String choice =
        in.isClick() ? in.choice() : Asking.matchTyped(in.text(), ask(leader, dialog).options());
    if (choice == null) {
      return List.of(new TextReply(Messages.get(l, "invalid.choice")), ask(leader, dialog));
    }
    if (dialog.step() == DialogStep.MINE_PICK) {
      return reflections
          .findOwn(leader.id(), new ReflectionId(choice))
          .map(r -> open(leader, state, r))
          .orElseGet(() -> gone(leader, state));
    }
    Optional<Reflection> reflection = chosen(leader, dialog);
    if (reflection.isEmpty()) {
      return gone(leader, state);
    }
    if (dialog.step() == DialogStep.MINE_CONFIRM_DELETE) {
      return confirmDelete(leader, state, dialog, reflection.get(), choice);
    }
    if (DELETE.equals(choice)) {
      OpenDialog confirm =
          dialog.next(Asking.newAskedId(), DialogStep.MINE_CONFIRM_DELETE, REFLECTION, null);
      conversations.save(state.withDialog(confirm));
      return List.of(ask(leader, confirm));
    }
    Optional<ShareChoice> share = shareOf(choice);
    if (share.isEmpty()) {
      return List.of(new TextReply(Messages.get(l, "invalid.choice")), ask(leader, dialog));
    }
    return changeShare(leader, state, reflection.get(), share.get());
  }

  private List<Reply> open(Leader leader, ConversationState state, Reflection r) {
    Language l = leader.language();
    List<SummaryReply.Line> lines = new ArrayList<>();
    lines.add(new SummaryReply.Line(Messages.get(l, "mine.open.phase"), phase(r, l)));
    lines.add(new SummaryReply.Line(Messages.get(l, "mine.open.case"), caseTitle(r, l)));
    lines.add(new SummaryReply.Line(Messages.get(l, "mine.open.date"), startedAt(leader, r)));
    lines.add(new SummaryReply.Line(Messages.get(l, "mine.open.status"), status(r, l)));
    lines.add(
        new SummaryReply.Line(
            Messages.get(l, "mine.open.share"), AnswerFormat.share(r.share(), l)));
    lines.addAll(AnswerFormat.lines(flows.flowOf(r), r, l));
    OpenDialog dialog =
        new OpenDialog(
            Asking.newAskedId(), DialogStep.MINE_OPEN, Map.of(REFLECTION, r.id().value()));
    conversations.save(state.withDialog(dialog));
    return List.of(new SummaryReply(phase(r, l), lines, null), ask(leader, dialog));
  }

  private List<Reply> changeShare(
      Leader leader, ConversationState state, Reflection r, ShareChoice share) {
    Language l = leader.language();
    ChangeShare.Outcome outcome = changeShare.change(leader, r.id(), share);
    if (outcome == ChangeShare.Outcome.NOT_FOUND) {
      return gone(leader, state);
    }
    conversations.save(state.withDialog(null));
    String said =
        switch (outcome) {
          case CHANGED ->
              Messages.get(l, "mine.share.changed", AnswerFormat.share(share, l))
                  + "\n"
                  + Messages.get(l, "flow.done.footer." + share.name().toLowerCase(Locale.ROOT));
          case UNCHANGED -> Messages.get(l, "mine.share.unchanged");
          default -> Messages.get(l, "mine.open.unfinished");
        };
    return List.of(new TextReply(said));
  }

  private List<Reply> confirmDelete(
      Leader leader, ConversationState state, OpenDialog dialog, Reflection r, String choice) {
    Language l = leader.language();
    if (NO.equals(choice)) {
      conversations.save(state.withDialog(null));
      return List.of(new TextReply(Messages.get(l, "delete.kept")));
    }
    if (!YES.equals(choice)) {
      return List.of(new TextReply(Messages.get(l, "invalid.choice")), ask(leader, dialog));
    }
    if (!deleteReflection.delete(leader, r.id())) {
      return gone(leader, state);
    }
    // The state after: a flow this was pointed at is gone with it.
    ConversationState after =
        r.id().equals(state.activeReflection()) ? state.withActiveReflection(null) : state;
    conversations.save(after.withDialog(null));
    return List.of(new TextReply(Messages.get(l, "mine.delete.done")));
  }

  private List<Reply> gone(Leader leader, ConversationState state) {
    conversations.save(state.withDialog(null));
    return List.of(new TextReply(Messages.get(leader.language(), "mine.gone")));
  }

  private QuestionReply pick(Leader leader, OpenDialog dialog, List<Reflection> shown) {
    Language l = leader.language();
    List<Button> options = new ArrayList<>();
    for (int i = 0; i < shown.size(); i++) {
      Reflection r = shown.get(i);
      options.add(
          new Button(
              (i + 1) + " · " + label(leader, r), Action.answer(dialog.askedId(), r.id().value())));
    }
    return Asking.choice(
        dialog.askedId(),
        Messages.get(l, "mine.title"),
        Messages.get(l, "mine.pick"),
        options,
        Asking.cancelOnly(dialog.askedId(), l));
  }

  private Optional<Reflection> chosen(Leader leader, OpenDialog dialog) {
    String id = dialog.draft().get(REFLECTION);
    return id == null ? Optional.empty() : reflections.findOwn(leader.id(), new ReflectionId(id));
  }

  private String label(Leader leader, Reflection r) {
    return startedAt(leader, r) + " · " + phase(r, leader.language());
  }

  private static String startedAt(Leader leader, Reflection r) {
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
        .withLocale(leader.language().locale())
        .format(r.startedAt().atZone(leader.timeZone()));
  }

  private String phase(Reflection r, Language l) {
    return flows.flowOf(r).title().in(l);
  }

  private String caseTitle(Reflection r, Language l) {
    return r.caseId() == null
        ? Messages.get(l, "mine.nocase")
        : cases.findById(r.tenantId(), r.caseId()).map(PoliticalCase::title).orElse("–");
  }

  private static String status(Reflection r, Language l) {
    return Messages.get(l, "status." + r.status().name().toLowerCase(Locale.ROOT));
  }

  private static Optional<ShareChoice> shareOf(String choice) {
    if (!choice.startsWith(SHARE)) {
      return Optional.empty();
    }
    String name = choice.substring(SHARE.length()).toUpperCase(Locale.ROOT);
    for (ShareChoice share : ShareChoice.values()) {
      if (share.name().equals(name)) {
        return Optional.of(share);
      }
    }
    return Optional.empty();
  }
}
