package no.samspill.core.conversation;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.samspill.core.casework.CaseDraft;
import no.samspill.core.casework.CaseId;
import no.samspill.core.casework.Cases;
import no.samspill.core.casework.CaseworkRefused;
import no.samspill.core.casework.Meeting;
import no.samspill.core.casework.MeetingId;
import no.samspill.core.casework.Meetings;
import no.samspill.core.casework.PoliticalCase;
import no.samspill.core.casework.RegisterCase;
import no.samspill.core.directory.Leader;
import no.samspill.core.language.Language;
import no.samspill.core.language.Messages;
import no.samspill.core.reflection.Phase;

/** The engine's own short dialogs: pick a case and phase, register a case. */
final class Dialogs {

  static final String AD_HOC = "adhoc";
  static final String NONE = "none";
  private static final int MAX_CASES_OFFERED = 8;
  private static final int MAX_MEETINGS_OFFERED = 6;

  private final Cases cases;
  private final Meetings meetings;
  private final RegisterCase registerCase;
  private final Conversations conversations;
  private final FlowRunner flows;
  private final MeetingLabels meetingLabels;
  private final Clock clock;

  Dialogs(
      Cases cases,
      Meetings meetings,
      RegisterCase registerCase,
      Conversations conversations,
      FlowRunner flows,
      MeetingLabels meetingLabels,
      Clock clock) {
    this.cases = cases;
    this.meetings = meetings;
    this.registerCase = registerCase;
    this.conversations = conversations;
    this.flows = flows;
    this.meetingLabels = meetingLabels;
    this.clock = clock;
  }

  List<Reply> startReflect(Leader leader, ConversationState state) {
    if (openCases(leader).isEmpty()) {
      List<Reply> replies = new ArrayList<>();
      replies.add(new TextReply(Messages.get(leader.language(), "reflect.nocases")));
      replies.addAll(flows.start(leader, state, Phase.AD_HOC, null, null));
      return replies;
    }
    return open(leader, state, new OpenDialog(Asking.newAskedId(), DialogStep.PICK_CASE, null));
  }

  List<Reply> startNewCase(Leader leader, ConversationState state) {
    return open(
        leader, state, new OpenDialog(Asking.newAskedId(), DialogStep.NEW_CASE_TITLE, null));
  }

  /** Opens (or re-opens) a dialog question and remembers it. */
  List<Reply> open(Leader leader, ConversationState state, OpenDialog dialog) {
    conversations.save(state.withDialog(dialog));
    return List.of(ask(leader, dialog));
  }

  QuestionReply ask(Leader leader, OpenDialog dialog) {
    Language l = leader.language();
    String id = dialog.askedId();
    return switch (dialog.step()) {
      case PICK_CASE ->
          Asking.choice(
              id,
              Messages.get(l, "reflect.heading"),
              Messages.get(l, "reflect.pickcase"),
              caseButtons(leader, id),
              Asking.cancelOnly(id, l));
      case PICK_PHASE ->
          Asking.choice(
              id,
              Messages.get(l, "reflect.heading"),
              Messages.get(l, "reflect.pickphase"),
              phaseButtons(id, l),
              Asking.cancelOnly(id, l));
      case NEW_CASE_TITLE ->
          Asking.freeText(
              id,
              Messages.get(l, "newcase.heading"),
              Messages.get(l, "newcase.title"),
              Messages.get(l, "newcase.title.hint"),
              true,
              PoliticalCase.MAX_TITLE_LENGTH,
              Asking.cancelOnly(id, l));
      case NEW_CASE_NUMBER ->
          Asking.freeText(
              id,
              Messages.get(l, "newcase.heading"),
              Messages.get(l, "newcase.number"),
              Messages.get(l, "newcase.number.hint"),
              false,
              PoliticalCase.MAX_CASE_NUMBER_LENGTH,
              Asking.skipAndCancel(id, l));
      case NEW_CASE_MEETING ->
          Asking.choice(
              id,
              Messages.get(l, "newcase.heading"),
              Messages.get(l, "newcase.meeting"),
              meetingButtons(leader, id),
              Asking.cancelOnly(id, l));
      default -> throw new IllegalStateException("Not a case dialog: " + dialog.step());
    };
  }

  /** Handles an answer to one of this class's dialog questions. */
  List<Reply> answer(Leader leader, ConversationState state, OpenDialog dialog, AnswerInput in) {
    Language l = leader.language();
    return switch (dialog.step()) {
      case PICK_CASE -> pickCase(leader, state, dialog, chosen(leader, dialog, in));
      case PICK_PHASE -> pickPhase(leader, state, dialog, chosen(leader, dialog, in));
      case NEW_CASE_TITLE -> {
        // The case's own rule, so the chat refuses exactly what the admin API refuses.
        try {
          String title = PoliticalCase.checkedTitle(in.isClick() ? "" : in.text());
          yield open(
              leader,
              state,
              dialog.next(Asking.newAskedId(), DialogStep.NEW_CASE_NUMBER, "title", title));
        } catch (CaseworkRefused refused) {
          yield reask(leader, dialog, refused.explanation(l));
        }
      }
      case NEW_CASE_NUMBER -> {
        try {
          String number = PoliticalCase.checkedCaseNumber(in.isClick() ? "" : in.text());
          yield caseNumberGiven(leader, state, dialog, number);
        } catch (CaseworkRefused refused) {
          yield reask(leader, dialog, refused.explanation(l));
        }
      }
      case NEW_CASE_MEETING -> {
        String choice = chosen(leader, dialog, in);
        if (choice == null) {
          yield reask(leader, dialog, Messages.get(l, "invalid.choice"));
        }
        yield createCase(leader, state, dialog, NONE.equals(choice) ? null : choice);
      }
      default -> throw new IllegalStateException("Not a case dialog: " + dialog.step());
    };
  }

  /** "Skip" on the optional case number moves on without one. */
  List<Reply> skipCaseNumber(Leader leader, ConversationState state, OpenDialog dialog) {
    return caseNumberGiven(leader, state, dialog, null);
  }

  List<Reply> cancel(Leader leader, ConversationState state) {
    conversations.save(state.withDialog(null));
    return List.of(new TextReply(Messages.get(leader.language(), "dialog.cancelled")));
  }

  private List<Reply> reask(Leader leader, OpenDialog dialog, String problem) {
    return List.of(new TextReply(problem), ask(leader, dialog));
  }

  private String chosen(Leader leader, OpenDialog dialog, AnswerInput in) {
    if (in.isClick()) {
      return in.choice();
    }
    return Asking.matchTyped(in.text(), ask(leader, dialog).options());
  }

  private List<Reply> pickCase(
      Leader leader, ConversationState state, OpenDialog dialog, String choice) {
    if (AD_HOC.equals(choice)) {
      return flows.start(leader, state.withDialog(null), Phase.AD_HOC, null, null);
    }
    Optional<PoliticalCase> picked = ownCase(leader, choice);
    if (picked.isEmpty()) {
      return reask(leader, dialog, Messages.get(leader.language(), "invalid.choice"));
    }
    return open(
        leader,
        state,
        dialog.next(Asking.newAskedId(), DialogStep.PICK_PHASE, "case", picked.get().id().value()));
  }

  private List<Reply> pickPhase(
      Leader leader, ConversationState state, OpenDialog dialog, String choice) {
    Phase phase = phase(choice);
    Optional<PoliticalCase> picked = ownCase(leader, dialog.draft().get("case"));
    if (phase == null || picked.isEmpty()) {
      return reask(leader, dialog, Messages.get(leader.language(), "invalid.choice"));
    }
    MeetingId meeting = meetingFor(picked.get(), phase);
    return flows.start(leader, state.withDialog(null), phase, picked.get(), meeting);
  }

  private List<Reply> caseNumberGiven(
      Leader leader, ConversationState state, OpenDialog dialog, String number) {
    OpenDialog next =
        dialog.next(Asking.newAskedId(), DialogStep.NEW_CASE_MEETING, "number", number);
    if (upcoming(leader).isEmpty()) {
      return createCase(leader, state, next, null);
    }
    return open(leader, state, next);
  }

  private List<Reply> createCase(
      Leader leader, ConversationState state, OpenDialog dialog, String meetingId) {
    Optional<Meeting> meeting =
        meetingId == null
            ? Optional.empty()
            : meetings.findById(leader.tenantId(), new MeetingId(meetingId));
    if (meetingId != null && meeting.isEmpty()) {
      return reask(leader, dialog, Messages.get(leader.language(), "invalid.choice"));
    }
    PoliticalCase created;
    try {
      created =
          registerCase.register(
              leader.tenantId(),
              new CaseDraft(
                  dialog.draft().get("title"),
                  dialog.draft().get("number"),
                  leader.id(),
                  meeting.map(m -> List.of(m.id())).orElse(List.of()),
                  null));
    } catch (CaseworkRefused refused) {
      return reask(leader, dialog, refused.explanation(leader.language()));
    }
    conversations.save(state.withDialog(null));
    String where = meeting.map(m -> meetingLabels.label(m, leader)).orElse("");
    return List.of(
        new TextReply(
            Messages.get(
                leader.language(),
                meeting.isPresent() ? "newcase.created.meeting" : "newcase.created",
                created.title(),
                where)));
  }

  private List<Button> caseButtons(Leader leader, String askedId) {
    List<Button> buttons = new ArrayList<>();
    for (PoliticalCase c : openCases(leader)) {
      buttons.add(new Button(c.title(), Action.answer(askedId, c.id().value())));
    }
    buttons.add(
        new Button(
            Messages.get(leader.language(), "reflect.adhoc"), Action.answer(askedId, AD_HOC)));
    return buttons;
  }

  private List<Button> meetingButtons(Leader leader, String askedId) {
    List<Button> buttons = new ArrayList<>();
    for (Meeting m : upcoming(leader)) {
      buttons.add(
          new Button(meetingLabels.label(m, leader), Action.answer(askedId, m.id().value())));
    }
    buttons.add(
        new Button(
            Messages.get(leader.language(), "newcase.nomeeting"), Action.answer(askedId, NONE)));
    return buttons;
  }

  private static List<Button> phaseButtons(String askedId, Language l) {
    return List.of(
        new Button(Messages.get(l, "phase.pre"), Action.answer(askedId, "pre")),
        new Button(Messages.get(l, "phase.mid"), Action.answer(askedId, "mid")),
        new Button(Messages.get(l, "phase.post"), Action.answer(askedId, "post")));
  }

  private static Phase phase(String choice) {
    if (choice == null) {
      return null;
    }
    return switch (choice) {
      case "pre" -> Phase.PRE;
      case "mid" -> Phase.MID;
      case "post" -> Phase.POST;
      default -> null;
    };
  }

  private List<PoliticalCase> openCases(Leader leader) {
    return cases.findByOwner(leader.tenantId(), leader.id()).stream()
        .filter(c -> c.status().isOpen())
        .limit(MAX_CASES_OFFERED)
        .toList();
  }

  private List<Meeting> upcoming(Leader leader) {
    return meetings.findUpcoming(leader.tenantId(), clock.instant(), MAX_MEETINGS_OFFERED);
  }

  private Optional<PoliticalCase> ownCase(Leader leader, String caseId) {
    if (caseId == null) {
      return Optional.empty();
    }
    return cases
        .findById(leader.tenantId(), new CaseId(caseId))
        .filter(c -> leader.id().equals(c.ownerId()));
  }

  /** PRE looks at the next meeting of the case; MID and POST at the latest one that has begun. */
  /** Before: the case's next meeting; during or after: its latest one that has begun. */
  MeetingId meetingFor(PoliticalCase politicalCase, Phase phase) {
    Instant now = clock.instant();
    Meeting best = null;
    for (MeetingId id : politicalCase.meetingIds()) {
      Meeting m = meetings.findById(politicalCase.tenantId(), id).orElse(null);
      if (m == null) {
        continue;
      }
      boolean future = m.start().isAfter(now);
      if (phase == Phase.PRE && future && (best == null || m.start().isBefore(best.start()))) {
        best = m;
      } else if (phase != Phase.PRE
          && !future
          && (best == null || m.start().isAfter(best.start()))) {
        best = m;
      }
    }
    return best == null ? null : best.id();
  }
}
