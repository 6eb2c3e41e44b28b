package no.samspill.core.imports;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import no.samspill.core.casework.AgendaItem;
import no.samspill.core.casework.BodyId;
import no.samspill.core.casework.Meeting;
import no.samspill.core.casework.MeetingId;
import no.samspill.core.casework.MeetingTimes;
import no.samspill.core.casework.Meetings;
import no.samspill.core.casework.PoliticalBodies;
import no.samspill.core.directory.TenantId;
import no.samspill.core.directory.Tenants;
import no.samspill.core.schedule.PlanNudges;

/**
 * Use case: applies what a source yielded to one body's meetings. Meetings are matched by their
 * source key; a moved one is updated, a cancelled one (or, for a complete source, one gone from it)
 * is cancelled with its nudges, and the nudges are then re-planned. Bad items are reported and
 * skipped; the meetings they name are left as they were.
 */
public class ImportMeetings {

  /** Import {@code feed} from {@code source} into {@code body}; the window bounds removals. */
  public record Command(
      TenantId tenant, BodyId body, String source, Instant from, Instant to, MeetingFeed feed) {
    public Command {
      Objects.requireNonNull(tenant, "tenant");
      Objects.requireNonNull(body, "body");
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(feed, "feed");
    }
  }

  private final Tenants tenants;
  private final PoliticalBodies bodies;
  private final Meetings meetings;
  private final PlanNudges planNudges;
  private final Clock clock;
  private final ImportMetrics metrics;

  public ImportMeetings(
      Tenants tenants,
      PoliticalBodies bodies,
      Meetings meetings,
      PlanNudges planNudges,
      Clock clock) {
    this(tenants, bodies, meetings, planNudges, clock, ImportMetrics.NONE);
  }

  public ImportMeetings(
      Tenants tenants,
      PoliticalBodies bodies,
      Meetings meetings,
      PlanNudges planNudges,
      Clock clock,
      ImportMetrics metrics) {
    this.tenants = tenants;
    this.bodies = bodies;
    this.meetings = meetings;
    this.planNudges = planNudges;
    this.clock = clock;
    this.metrics = metrics;
  }

  public ImportReport apply(Command command) {
    ImportReport report = applied(command);
    metrics.ran(report);
    return report;
  }

  /** The report of a source that could not be read at all: nothing is applied, it is counted. */
  public ImportReport unreadable(String source, String why) {
    ImportReport report = ImportReport.failed(source, why);
    metrics.ran(report);
    return report;
  }

  private ImportReport applied(Command command) {
    if (tenants.findById(command.tenant()).isEmpty()) {
      return ImportReport.failed(command.source(), "unknown tenant " + command.tenant());
    }
    if (bodies.findById(command.tenant(), command.body()).isEmpty()) {
      return ImportReport.failed(command.source(), "unknown body " + command.body());
    }
    Tally tally = new Tally(new ArrayList<>(command.feed().problems()));
    Set<String> seen = new HashSet<>();
    for (ImportedMeeting imported : command.feed().meetings()) {
      Optional<String> problem =
          MeetingTimes.problem(imported.start(), imported.end(), clock.instant());
      if (problem.isPresent()) {
        tally.problems.add(
            new ImportProblem(
                imported.key(),
                imported.key(),
                problem.get(),
                ImportProblem.Why.IMPLAUSIBLE_TIMES,
                null));
      } else if (!seen.add(imported.key())) {
        tally.problems.add(
            new ImportProblem(
                imported.key(),
                imported.key(),
                "it appears twice in the source",
                ImportProblem.Why.TWICE,
                null));
      } else {
        upsert(command, imported, tally);
      }
    }
    if (command.feed().complete()) {
      command.feed().problems().stream().map(ImportProblem::key).forEach(seen::add);
      tally.problems.stream().map(ImportProblem::key).forEach(seen::add);
      cancelGone(command, seen, tally);
    }
    planNudges.replan(command.tenant());
    return new ImportReport(
        command.source(),
        tally.created,
        tally.updated,
        tally.cancelled,
        tally.unchanged,
        tally.problems,
        null);
  }

  private void upsert(Command command, ImportedMeeting imported, Tally tally) {
    String externalId = externalId(command.source(), imported.key());
    Optional<Meeting> existing = meetings.findByExternalId(command.tenant(), externalId);
    if (existing.isEmpty()) {
      if (!imported.cancelled()) {
        meetings.save(
            new Meeting(
                MeetingId.imported(command.tenant(), externalId),
                command.tenant(),
                command.body(),
                imported.title(),
                imported.start(),
                imported.end(),
                imported.agenda(),
                externalId,
                false));
        tally.created++;
      }
      return;
    }
    Meeting old = existing.get();
    if (imported.cancelled()) {
      cancel(old, tally);
      return;
    }
    Meeting now =
        old.rescheduled(imported.title(), imported.start(), imported.end())
            .withAgenda(merged(old.agenda(), imported.agenda()));
    if (now.equals(old)) {
      tally.unchanged++;
    } else {
      meetings.save(now);
      tally.updated++;
    }
  }

  private void cancelGone(Command command, Set<String> keep, Tally tally) {
    String prefix = externalId(command.source(), "");
    Instant now = clock.instant();
    Instant from = command.from() == null || command.from().isBefore(now) ? now : command.from();
    for (Meeting old : meetings.findImported(command.tenant(), prefix)) {
      String key = old.externalId().substring(prefix.length());
      boolean inWindow =
          !old.start().isBefore(from)
              && (command.to() == null || old.start().isBefore(command.to()));
      // Past meetings stay as they were: a feed that drops old events has not cancelled them.
      if (!keep.contains(key) && inWindow) {
        cancel(old, tally);
      }
    }
  }

  private void cancel(Meeting old, Tally tally) {
    if (old.cancelled()) {
      tally.unchanged++;
      return;
    }
    meetings.save(old.asCancelled());
    planNudges.meetingCancelled(old.tenantId(), old.id());
    tally.cancelled++;
  }

  /** A source's agenda replaces ours, but keeps the case links a coordinator made by hand. */
  private static List<AgendaItem> merged(List<AgendaItem> ours, List<AgendaItem> theirs) {
    if (theirs.isEmpty()) {
      return ours;
    }
    List<AgendaItem> merged = new ArrayList<>();
    for (AgendaItem item : theirs) {
      AgendaItem linked =
          item.caseId() != null
              ? item
              : ours.stream()
                  .filter(o -> o.caseId() != null && Objects.equals(o.number(), item.number()))
                  .findFirst()
                  .map(o -> new AgendaItem(item.number(), item.title(), o.caseId()))
                  .orElse(item);
      merged.add(linked);
    }
    return merged;
  }

  static String externalId(String source, String key) {
    return source + "#" + key;
  }

  private static final class Tally {
    final List<ImportProblem> problems;
    int created;
    int updated;
    int cancelled;
    int unchanged;

    Tally(List<ImportProblem> problems) {
      this.problems = problems;
    }
  }
}
