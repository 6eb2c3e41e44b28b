package no.samspill.core.conversation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.samspill.core.ConcurrentChangeException;
import no.samspill.core.StorageUnavailableException;
import no.samspill.core.casework.Cases;
import no.samspill.core.casework.Follows;
import no.samspill.core.casework.MeetingId;
import no.samspill.core.casework.Meetings;
import no.samspill.core.casework.PoliticalBodies;
import no.samspill.core.casework.PoliticalCase;
import no.samspill.core.casework.RegisterCase;
import no.samspill.core.casework.Replanning;
import no.samspill.core.catalogue.PromptCatalogue;
import no.samspill.core.digest.ComposeWeeklyDigest;
import no.samspill.core.digest.DigestPosts;
import no.samspill.core.digest.DigestText;
import no.samspill.core.digest.KnownPoliticians;
import no.samspill.core.digest.PairingOptIns;
import no.samspill.core.digest.SuggestConversations;
import no.samspill.core.digest.Summariser;
import no.samspill.core.directory.CoordinatorPolicy;
import no.samspill.core.directory.DigestChannels;
import no.samspill.core.directory.EmailLookup;
import no.samspill.core.directory.IdentifyLeader;
import no.samspill.core.directory.Leader;
import no.samspill.core.directory.LeaderActivity;
import no.samspill.core.directory.Leaders;
import no.samspill.core.directory.PlatformReferences;
import no.samspill.core.directory.RecordActivity;
import no.samspill.core.directory.Tenants;
import no.samspill.core.language.Language;
import no.samspill.core.language.Messages;
import no.samspill.core.privacy.AuditLog;
import no.samspill.core.privacy.ChangeShare;
import no.samspill.core.privacy.DeleteMyData;
import no.samspill.core.privacy.DeleteReflection;
import no.samspill.core.privacy.ExportMyData;
import no.samspill.core.privacy.PersonalDataFormat;
import no.samspill.core.reflection.Phase;
import no.samspill.core.reflection.Reflection;
import no.samspill.core.reflection.Reflections;
import no.samspill.core.schedule.NudgeReasons;
import no.samspill.core.schedule.Nudges;
import no.samspill.core.schedule.RemindLater;
import no.samspill.core.schedule.SchedulePolicies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/** The conversation engine: routes each message to a command, a dialog or the running flow. */
public final class ConversationEngine implements HandleMessage, StartReflection {

  private static final Logger log = LoggerFactory.getLogger(ConversationEngine.class);

  /** Longer messages are refused before any parsing; prompts set their own, lower limits. */
  public static final int MAX_MESSAGE_LENGTH = 4000;

  /** The storage ports the engine needs. */
  public record Ports(
      Tenants tenants,
      Leaders leaders,
      LeaderActivity leaderActivity,
      PoliticalBodies bodies,
      Meetings meetings,
      Cases cases,
      Follows follows,
      Reflections reflections,
      Conversations conversations,
      AuditLog audit,
      PersonalDataFormat personalDataFormat,
      DigestChannels digestChannels,
      Nudges nudges,
      Replanning replanning,
      KnownPoliticians politicians,
      Summariser summariser,
      PairingOptIns pairingOptIns,
      RemindLater remindLater,
      DigestPosts digestPosts,
      SchedulePolicies schedulePolicies,
      PlatformReferences platformReferences) {}

  private final IdentifyLeader identify;
  private final RecordActivity activity;
  private final Leaders leaders;
  private final Cases cases;
  private final Meetings meetings;
  private final Conversations conversations;
  private final FlowRunner flows;
  private final Dialogs dialogs;
  private final AccountCommands account;
  private final OutreachCommands outreach;
  private final MyReflections mine;
  private final Commands commands;

  public ConversationEngine(
      Ports ports, PromptCatalogue catalogue, CoordinatorPolicy coordinators, Clock clock) {
    this.identify = new IdentifyLeader(ports.tenants(), ports.leaders(), coordinators, clock);
    this.activity = new RecordActivity(ports.leaderActivity(), clock);
    this.leaders = ports.leaders();
    this.cases = ports.cases();
    this.meetings = ports.meetings();
    this.conversations = ports.conversations();
    NudgeReasons reasons =
        new NudgeReasons(ports.nudges(), ports.reflections(), ports.meetings(), ports.follows());
    this.flows =
        new FlowRunner(
            catalogue,
            ports.reflections(),
            conversations,
            ports.cases(),
            ports.politicians(),
            ports.remindLater(),
            reasons,
            clock);
    this.dialogs =
        new Dialogs(
            ports.cases(),
            ports.meetings(),
            new RegisterCase(
                ports.cases(), ports.meetings(), ports.leaders(), ports.replanning(), clock),
            conversations,
            flows,
            new MeetingLabels(ports.bodies()),
            clock);
    this.mine =
        new MyReflections(
            ports.reflections(),
            ports.cases(),
            conversations,
            flows,
            new ChangeShare(ports.reflections(), ports.digestPosts(), ports.audit(), clock),
            new DeleteReflection(
                ports.reflections(), ports.digestPosts(), reasons, ports.audit(), clock));
    this.account =
        new AccountCommands(
            ports.leaders(),
            conversations,
            flows,
            dialogs,
            mine,
            new ExportMyData(
                ports.cases(),
                ports.leaderActivity(),
                ports.reflections(),
                catalogue,
                ports.audit(),
                ports.personalDataFormat(),
                clock),
            new DeleteMyData(
                new DeleteMyData.Ports(
                    ports.leaders(),
                    ports.leaderActivity(),
                    ports.cases(),
                    ports.reflections(),
                    ports.follows(),
                    ports.pairingOptIns(),
                    ports.nudges(),
                    ports.digestPosts(),
                    ports.platformReferences(),
                    ports.audit()),
                clock));
    this.outreach =
        new OutreachCommands(
            ports.tenants(),
            ports.cases(),
            reasons,
            ports.digestChannels(),
            new ComposeWeeklyDigest(
                ports.reflections(),
                ports.leaders(),
                ports.nudges(),
                ports.schedulePolicies(),
                ports.politicians(),
                catalogue,
                ports.summariser()),
            new SuggestConversations(
                ports.leaders(),
                ports.cases(),
                ports.meetings(),
                ports.bodies(),
                ports.pairingOptIns()),
            ports.pairingOptIns(),
            new DigestText(catalogue),
            clock);
    this.commands = new Commands(flows, dialogs, mine, account, outreach);
  }

  @Override
  public Turn handle(IncomingMessage message) {
    return handle(message, EmailLookup.NONE);
  }

  @Override
  public Turn handle(IncomingMessage message, EmailLookup emailOnFirstContact) {
    Language language = Language.fromLocaleTag(message.user().localeTag());
    try {
      Leader leader = identify.identify(message.user(), emailOnFirstContact);
      language = leader.language();
      return answer(leader, message);
    } catch (StorageUnavailableException e) {
      return unavailable(e, language);
    }
  }

  @Override
  public Turn handle(Leader leader, IncomingMessage message) {
    try {
      return answer(leader, message);
    } catch (StorageUnavailableException e) {
      return unavailable(e, leader.language());
    }
  }

  /** Every channel gets a sentence to show; none has to turn an outage into an error. */
  private static Turn unavailable(StorageUnavailableException e, Language language) {
    log.warn("Answered 'try again': storage is unavailable ({})", String.valueOf(e.getCause()));
    return new Turn(
        List.of(new TextReply(e.explanation(language))), language, Turn.Outcome.UNAVAILABLE);
  }

  private Turn answer(Leader leader, IncomingMessage message) {
    // The tenant goes on every log line of the turn, whichever entry it came by (an id, no name).
    try (MDC.MDCCloseable tenant = MDC.putCloseable("tenant", leader.tenantId().value())) {
      // Before the turn, so that a "slett" in it erases this too.
      activity.seen(leader);
      return answerInTenant(leader, message);
    }
  }

  private Turn answerInTenant(Leader leader, IncomingMessage message) {
    ConversationState state = stateOf(leader);
    try {
      if (message.text().length() > MAX_MESSAGE_LENGTH) {
        return new Turn(
            List.of(
                new TextReply(
                    Messages.get(leader.language(), "invalid.toolong", MAX_MESSAGE_LENGTH))),
            leader.language(),
            Turn.Outcome.INVALID_INPUT);
      }
      if (message.action() != null) {
        return onAction(leader, state, message.action(), message.text());
      }
      if (message.place() != null) {
        return Turn.taken(outreach.inChannel(leader, message), leader.language());
      }
      Optional<ChatCommand.Parsed> command = ChatCommand.parse(message.text());
      // Read before the turn: a taken answer moves the flow on to a new question.
      String answering = typedAt(state, command);
      List<Reply> replies = onText(leader, state, command, message.text());
      boolean languageMayChange =
          command.map(c -> c.command() == ChatCommand.LANGUAGE).orElse(false)
              || state.dialog() != null && state.dialog().step() == DialogStep.PICK_LANGUAGE;
      Language after = languageMayChange ? languageNow(leader) : leader.language();
      boolean commanded = command.isPresent() && command.get().command() != ChatCommand.SKIP;
      return Turn.after(replies, after, answering, commanded);
    } catch (ConcurrentChangeException e) {
      // Another message (a double click) moved the conversation on while this one was handled.
      return new Turn(
          List.of(new TextReply(Messages.get(leader.language(), "closed"))),
          leader.language(),
          Turn.Outcome.REFUSED_CLOSED);
    }
  }

  /** The question a typed message answers: the open one, unless it is a command other than skip. */
  private String typedAt(ConversationState state, Optional<ChatCommand.Parsed> command) {
    if (command.isPresent() && command.get().command() != ChatCommand.SKIP) {
      return null;
    }
    if (state.dialog() != null) {
      return state.dialog().askedId();
    }
    return flows.activeInProgress(state).map(Reflection::openAskedId).orElse(null);
  }

  private Language languageNow(Leader leader) {
    return leaders.findById(leader.id()).map(Leader::language).orElse(leader.language());
  }

  @Override
  public Turn start(StartReflection.Command command) {
    Leader leader =
        leaders
            .findById(command.leader())
            .orElseThrow(() -> new UnknownReferenceException("Unknown leader"));
    PoliticalCase politicalCase = null;
    if (command.caseId() != null && command.phase() != Phase.AD_HOC) {
      politicalCase =
          cases
              .findById(leader.tenantId(), command.caseId())
              .orElseThrow(() -> new UnknownReferenceException("Unknown case"));
    }
    if (command.meetingId() != null
        && meetings.findById(leader.tenantId(), command.meetingId()).isEmpty()) {
      throw new UnknownReferenceException("Unknown meeting");
    }
    // A case flow started without a meeting (the demo panel) is about the meeting it would have
    // been nudged for, so its answers cancel that nudge as a nudged flow's do.
    MeetingId meeting =
        command.meetingId() != null || politicalCase == null
            ? command.meetingId()
            : dialogs.meetingFor(politicalCase, command.phase());
    return Turn.taken(
        flows.start(
            leader, stateOf(leader).withDialog(null), command.phase(), politicalCase, meeting),
        leader.language());
  }

  private ConversationState stateOf(Leader leader) {
    return conversations.find(leader.id()).orElseGet(() -> ConversationState.idle(leader.id()));
  }

  private Turn onAction(Leader leader, ConversationState state, Action action, String text) {
    OpenDialog dialog = state.dialog();
    if (dialog != null && dialog.askedId().equals(action.askedId())) {
      boolean picksLanguage = dialog.step() == DialogStep.PICK_LANGUAGE;
      List<Reply> replies = onDialog(leader, state, dialog, action, text);
      return Turn.after(
          replies,
          picksLanguage ? languageNow(leader) : leader.language(),
          action.askedId(),
          false);
    }
    Optional<Reflection> active = flows.activeInProgress(state);
    if (active.isPresent() && action.askedId().equals(active.get().openAskedId())) {
      Reflection r = active.get();
      List<Reply> replies =
          switch (action.value()) {
            case Action.SKIP -> flows.skip(leader, state, r);
            case Action.LATER -> flows.later(leader, state, r);
            case Action.CANCEL -> flows.cancel(leader, state, r);
            case Action.SUBMIT_TEXT -> flows.answer(leader, state, r, AnswerInput.of(action, text));
            default ->
                action.isAnswer()
                    ? flows.answer(leader, state, r, AnswerInput.of(action, text))
                    : null;
          };
      return replies == null
          ? closed(leader, state)
          : Turn.after(replies, leader.language(), action.askedId(), false);
    }
    return closed(leader, state);
  }

  private List<Reply> onDialog(
      Leader leader, ConversationState state, OpenDialog dialog, Action action, String text) {
    if (action != null) {
      switch (action.value()) {
        case Action.CANCEL, Action.LATER:
          return dialogs.cancel(leader, state);
        case Action.SKIP:
          return commands.skipDialog(leader, state, dialog);
        default:
          break;
      }
    }
    AnswerInput in = AnswerInput.of(action, text);
    if (dialog.step().mine()) {
      return mine.answer(leader, state, dialog, in);
    }
    return switch (dialog.step()) {
      case PICK_LANGUAGE, CONFIRM_DELETE -> account.answer(leader, state, dialog, in);
      default -> dialogs.answer(leader, state, dialog, in);
    };
  }

  private List<Reply> onText(
      Leader leader, ConversationState state, Optional<ChatCommand.Parsed> command, String text) {
    if (command.isPresent()) {
      return commands.run(leader, state, command.get());
    }
    if (state.dialog() != null) {
      return onDialog(leader, state, state.dialog(), null, text);
    }
    Optional<Reflection> active = flows.activeInProgress(state);
    if (active.isPresent()) {
      return flows.answer(leader, state, active.get(), AnswerInput.of(null, text));
    }
    return List.of(new TextReply(Messages.get(leader.language(), "unknown", shorten(text))));
  }

  private Turn closed(Leader leader, ConversationState state) {
    List<Reply> replies = new ArrayList<>();
    replies.add(new TextReply(Messages.get(leader.language(), "closed")));
    if (state.dialog() != null || flows.activeInProgress(state).isPresent()) {
      replies.add(new TextReply(Messages.get(leader.language(), "continue.hint")));
    }
    return new Turn(replies, leader.language(), Turn.Outcome.REFUSED_CLOSED);
  }

  private static String shorten(String text) {
    String t = text.strip();
    return t.length() > 40 ? t.substring(0, 40) + "…" : t;
  }
}
