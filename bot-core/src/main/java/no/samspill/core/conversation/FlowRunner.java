package no.samspill.core.conversation;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import no.samspill.core.casework.Cases;
import no.samspill.core.casework.MeetingId;
import no.samspill.core.casework.PoliticalCase;
import no.samspill.core.catalogue.Flow;
import no.samspill.core.catalogue.Measure;
import no.samspill.core.catalogue.Prompt;
import no.samspill.core.catalogue.PromptCatalogue;
import no.samspill.core.digest.KnownPoliticians;
import no.samspill.core.directory.Leader;
import no.samspill.core.language.Language;
import no.samspill.core.language.Messages;
import no.samspill.core.reflection.Answer;
import no.samspill.core.reflection.Phase;
import no.samspill.core.reflection.Reflection;
import no.samspill.core.reflection.ReflectionStatus;
import no.samspill.core.reflection.Reflections;
import no.samspill.core.reflection.ShareChoice;
import no.samspill.core.schedule.NudgeReasons;
import no.samspill.core.schedule.RemindLater;

/** Runs a catalogue flow: asks each prompt in turn, checks and stores the answers. */
final class FlowRunner {

  private final PromptCatalogue catalogue;
  private final Reflections reflections;
  private final Conversations conversations;
  private final Cases cases;
  private final NameNotice nameNotice;
  private final RemindLater remindLater;
  private final NudgeReasons reasons;
  private final Clock clock;

  FlowRunner(
      PromptCatalogue catalogue,
      Reflections reflections,
      Conversations conversations,
      Cases cases,
      KnownPoliticians politicians,
      RemindLater remindLater,
      NudgeReasons reasons,
      Clock clock) {
    this.catalogue = catalogue;
    this.reflections = reflections;
    this.conversations = conversations;
    this.cases = cases;
    this.nameNotice = new NameNotice(politicians);
    this.remindLater = remindLater;
    this.reasons = reasons;
    this.clock = clock;
  }

  List<Reply> start(
      Leader leader,
      ConversationState state,
      Phase phase,
      PoliticalCase politicalCase,
      MeetingId meeting) {
    List<Reply> replies = new ArrayList<>();
    Language language = leader.language();
    activeInProgress(state)
        .ifPresent(
            old -> {
              reflections.save(old.paused(clock.instant()));
              replies.add(new TextReply(Messages.get(language, "flow.replaced")));
            });
    Flow flow = catalogue.flowFor(phase);
    Reflection started =
        Reflection.start(
            leader.tenantId(),
            leader.id(),
            phase,
            flow.id(),
            catalogue.version(),
            politicalCase == null ? null : politicalCase.id(),
            meeting,
            Asking.newAskedId(),
            clock.instant());
    // The state first: a pointer to a reflection never stored is ignored, an unpointed one lingers.
    conversations.save(state.withActiveReflection(started.id()).withDialog(null));
    Reflection reflection = reflections.save(started);
    String heading = heading(flow, politicalCase, language);
    replies.add(new TextReply(heading + "\n" + flow.intro().in(language)));
    replies.add(question(language, reflection, flow, heading));
    return replies;
  }

  /** The question currently open in the reflection, with the id its buttons carry. */
  List<Reply> reask(Leader leader, Reflection reflection) {
    Flow flow = flowOf(reflection);
    String heading = heading(flow, reflection, leader);
    // A held answer's notice is the question on screen, until it is kept or rewritten.
    Optional<String> held =
        conversations.find(leader.id()).flatMap(s -> NameNotice.held(s, reflection));
    if (held.isPresent()) {
      return List.of(
          NameNotice.ask(
              reflection.openAskedId(),
              heading,
              nameNotice.names(leader, held.get()),
              flow.prompts().get(reflection.nextPromptIndex()).required(),
              leader.language()));
    }
    return List.of(question(leader.language(), reflection, flow, heading));
  }

  /** The next question of a reflection that just moved on: nothing can be held for it yet. */
  private List<Reply> askNext(Leader leader, Reflection reflection) {
    Flow flow = flowOf(reflection);
    return List.of(
        question(leader.language(), reflection, flow, heading(flow, reflection, leader)));
  }

  List<Reply> answer(
      Leader leader, ConversationState state, Reflection reflection, AnswerInput in) {
    Language language = leader.language();
    Flow flow = flowOf(reflection);
    Prompt prompt = flow.prompts().get(reflection.nextPromptIndex());
    Optional<String> held = NameNotice.held(state, reflection);
    if (held.isPresent()) {
      String decision = NameNotice.decision(in, held.get(), language);
      if (NameNotice.KEEP.equals(decision)) {
        Answer kept = Answer.text(prompt.id(), measureOf(prompt), held.get(), clock.instant());
        return record(leader, state, reflection, flow, kept, null);
      }
      if (NameNotice.REWRITE.equals(decision)) {
        return reask(leader, reflections.save(reflection.resumed(Asking.newAskedId(), now())));
      }
    }
    PromptAnswer parsed = PromptAnswer.parse(prompt, in, language, clock.instant());
    if (parsed.problem() != null) {
      List<Reply> replies = new ArrayList<>();
      replies.add(new TextReply(parsed.problem()));
      replies.addAll(reask(leader, reflection));
      return replies;
    }
    List<String> names =
        parsed.answer().text() == null
            ? List.of()
            : nameNotice.names(leader, parsed.answer().text());
    if (!names.isEmpty()) {
      // The state first: an answer held for a question that never opened is ignored.
      String askedId = Asking.newAskedId();
      conversations.save(
          state.holding(new ConversationState.Held(askedId, parsed.answer().text())));
      Reflection waiting = reflections.save(reflection.resumed(askedId, now()));
      return List.of(
          NameNotice.ask(
              askedId, heading(flow, waiting, leader), names, prompt.required(), language));
    }
    return record(leader, state, reflection, flow, parsed.answer(), parsed.share());
  }

  private Instant now() {
    return clock.instant();
  }

  private static String measureOf(Prompt prompt) {
    return prompt.measure() == null ? null : prompt.measure().name();
  }

  /** Only an optional question can be skipped; a required one is asked again and says so. */
  List<Reply> skip(Leader leader, ConversationState state, Reflection reflection) {
    Flow flow = flowOf(reflection);
    Prompt prompt = flow.prompts().get(reflection.nextPromptIndex());
    if (prompt.required()) {
      List<Reply> replies = new ArrayList<>();
      replies.add(new TextReply(Messages.get(leader.language(), "skip.required")));
      replies.addAll(reask(leader, reflection));
      return replies;
    }
    Answer skipped = Answer.skipped(prompt.id(), measureOf(prompt), clock.instant());
    return record(leader, state, reflection, flow, skipped, null);
  }

  List<Reply> later(Leader leader, ConversationState state, Reflection reflection) {
    Reflection paused = reflection.paused(clock.instant());
    // The reminder first: planning it again is idempotent, a paused flow without one is forgotten.
    Instant due = remindLater.plan(leader, paused, clock.instant());
    reflections.save(paused);
    conversations.save(state.withActiveReflection(null));
    String when =
        DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(leader.language().locale())
            .format(due.atZone(leader.timeZone()));
    return List.of(new TextReply(Messages.get(leader.language(), "flow.later", when)));
  }

  /** Cancelled before its first answer, a flow leaves nothing stored; after, its answers stay. */
  List<Reply> cancel(Leader leader, ConversationState state, Reflection reflection) {
    boolean nothingAnswered = reflection.answers().isEmpty();
    // The reflection first: a pointer to a deleted or cancelled one is ignored.
    if (nothingAnswered) {
      reflections.delete(reflection.id());
    } else {
      reflections.save(reflection.cancelled(clock.instant()));
    }
    conversations.save(state.withActiveReflection(null));
    reasons.flowEnded(reflection);
    return List.of(
        new TextReply(
            Messages.get(
                leader.language(), nothingAnswered ? "flow.cancelled.nothing" : "flow.cancelled")));
  }

  /** Picks up the leader's newest paused or unfinished reflection. */
  List<Reply> resume(Leader leader, ConversationState state) {
    Optional<Reflection> active = activeInProgress(state);
    if (active.isPresent()) {
      return reask(leader, active.get());
    }
    Optional<Reflection> open =
        reflections.findByLeader(leader.id(), 20).stream()
            .filter(r -> r.status().isOpen())
            .findFirst();
    if (open.isEmpty()) {
      return List.of(new TextReply(Messages.get(leader.language(), "continue.nothing")));
    }
    Reflection resumed = reflections.save(open.get().resumed(Asking.newAskedId(), clock.instant()));
    conversations.save(state.withActiveReflection(resumed.id()));
    reasons.flowResumed(resumed);
    List<Reply> replies = new ArrayList<>();
    replies.add(new TextReply(Messages.get(leader.language(), "continue.resuming")));
    replies.addAll(reask(leader, resumed));
    return replies;
  }

  Optional<Reflection> activeInProgress(ConversationState state) {
    if (state.activeReflection() == null) {
      return Optional.empty();
    }
    return reflections
        .findById(state.activeReflection())
        .filter(r -> r.status() == ReflectionStatus.IN_PROGRESS && r.openAskedId() != null)
        .filter(r -> r.nextPromptIndex() < flowOf(r).size());
  }

  private List<Reply> record(
      Leader leader,
      ConversationState state,
      Reflection reflection,
      Flow flow,
      Answer answer,
      ShareChoice share) {
    boolean last = reflection.nextPromptIndex() + 1 >= flow.size();
    if (!last) {
      Reflection next =
          reflections.save(reflection.answered(answer, Asking.newAskedId(), clock.instant()));
      reasons.answered(next);
      return askNext(leader, next);
    }
    ShareChoice chosen = share == null ? ShareChoice.DEFAULT : share;
    Reflection done = reflections.save(reflection.completed(answer, chosen, clock.instant()));
    conversations.save(state.withActiveReflection(null));
    reasons.answered(done);
    reasons.flowEnded(done);
    return List.of(summary(leader.language(), done, flow));
  }

  private SummaryReply summary(Language language, Reflection done, Flow flow) {
    List<SummaryReply.Line> lines = AnswerFormat.lines(flow, done, language);
    String footer =
        Messages.get(language, "flow.done.footer." + done.share().name().toLowerCase(Locale.ROOT));
    return new SummaryReply(
        Messages.get(language, "flow.done.title", flow.title().in(language)), lines, footer);
  }

  private QuestionReply question(
      Language language, Reflection reflection, Flow flow, String heading) {
    int index = reflection.nextPromptIndex();
    Prompt prompt = flow.prompts().get(index);
    QuestionReply question =
        PromptQuestion.of(
            prompt, reflection.openAskedId(), heading, index + 1, flow.size(), language);
    return plannedBefore(reflection, prompt, language).map(question::withHint).orElse(question);
  }

  /** During a case, "is your approach still right" shows the approach planned before it. */
  private Optional<String> plannedBefore(Reflection during, Prompt prompt, Language language) {
    if (during.phase() != Phase.MID
        || during.caseId() == null
        || prompt.measure() != Measure.CONFLICT_PLANNED) {
      return Optional.empty();
    }
    return reflections.findByLeader(during.leaderId(), 50).stream()
        .filter(r -> r.phase() == Phase.PRE && during.caseId().equals(r.caseId()))
        .filter(r -> r.status() == ReflectionStatus.COMPLETED)
        .flatMap(r -> r.answers().stream())
        .filter(a -> Measure.CONFLICT_PLANNED.name().equals(a.measure()) && a.option() != null)
        .findFirst()
        .flatMap(a -> prompt.options().stream().filter(o -> o.id().equals(a.option())).findFirst())
        .map(option -> Messages.get(language, "flow.planned", option.label().in(language)));
  }

  Flow flowOf(Reflection reflection) {
    // A replaced catalogue may have dropped the flow id; the phase always has a flow.
    return catalogue
        .flow(reflection.flowId())
        .orElseGet(() -> catalogue.flowFor(reflection.phase()));
  }

  private String heading(Flow flow, Reflection reflection, Leader leader) {
    PoliticalCase politicalCase =
        reflection.caseId() == null
            ? null
            : cases.findById(reflection.tenantId(), reflection.caseId()).orElse(null);
    return heading(flow, politicalCase, leader.language());
  }

  private static String heading(Flow flow, PoliticalCase politicalCase, Language language) {
    String title = flow.title().in(language);
    return politicalCase == null ? title : title + " – " + politicalCase.title();
  }
}
