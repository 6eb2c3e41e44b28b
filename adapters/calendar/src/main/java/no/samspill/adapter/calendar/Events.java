package no.samspill.adapter.calendar;

import biweekly.component.VEvent;
import biweekly.io.TimezoneInfo;
import biweekly.util.Frequency;
import biweekly.util.ICalDate;
import biweekly.util.com.google.ical.compat.javautil.DateIterator;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.samspill.core.imports.ImportProblem;
import no.samspill.core.imports.ImportedMeeting;

/** The events of one calendar, expanded into meetings within the window. */
final class Events {

  /** How far before the window an occurrence is still read, for an override moved into it. */
  private static final Duration OVERRIDE_REACH = Duration.ofDays(31);

  // Walking such a rule to a date it never reaches can take minutes; no meeting repeats so.
  private static final Set<Frequency> SUB_HOURLY =
      EnumSet.of(Frequency.MINUTELY, Frequency.SECONDLY);

  private static final Map<ImportProblem.Why, String> REASONS =
      Map.of(
          ImportProblem.Why.NO_START, "it has no start (DTSTART)",
          ImportProblem.Why.ALL_DAY, "it is an all-day event without a time of day",
          ImportProblem.Why.NO_END, "it has no end (DTEND or DURATION)",
          ImportProblem.Why.REPEATS_TOO_OFTEN,
              "it repeats every minute or second; a meeting repeats at most hourly",
          ImportProblem.Why.RECURS_FROM_TOO_LONG_AGO,
              "it recurs from more than 100 years before today");

  private final TimezoneInfo zones;
  private final Instant from;
  private final Instant to;
  private final List<VEvent> masters = new ArrayList<>();
  private final Map<String, VEvent> overrides = new HashMap<>();
  private final Map<VEvent, String> labels = new HashMap<>();
  private final Map<VEvent, Integer> lines = new HashMap<>();
  private final List<ImportProblem> problems = new ArrayList<>();
  private final ReadBudget budget;

  Events(TimezoneInfo zones, Instant from, Instant to, ReadBudget budget) {
    this.zones = zones;
    this.from = from;
    this.to = to;
    this.budget = budget;
  }

  /** {@code line} is where the event begins in the file, or null when that is not known. */
  void add(VEvent event, String label, Integer line) {
    String uid = event.getUid() == null ? null : event.getUid().getValue();
    if (uid == null || uid.isBlank()) {
      problems.add(
          new ImportProblem(
              describe(label, event), null, "it has no UID", ImportProblem.Why.NO_UID, line));
      return;
    }
    labels.put(event, "UID " + uid);
    if (line != null) {
      lines.put(event, line);
    }
    if (event.getRecurrenceId() != null && event.getRecurrenceId().getValue() != null) {
      overrides.put(occurrenceKey(uid, event.getRecurrenceId().getValue().toInstant()), event);
    } else {
      masters.add(event);
    }
  }

  List<ImportProblem> problems() {
    return problems;
  }

  List<ImportedMeeting> meetings() {
    List<ImportedMeeting> meetings = new ArrayList<>();
    for (VEvent master : masters) {
      String uid = master.getUid().getValue();
      budget.spent();
      ImportProblem.Why problem = timeProblem(master);
      if (problem != null) {
        problems.add(problem(master, uid, problem));
        continue;
      }
      if (master.getRecurrenceRule() == null && master.getRecurrenceDates().isEmpty()) {
        ImportedMeeting single = meeting(uid, master, start(master));
        if (inWindow(single.start())) {
          budget.meeting();
          meetings.add(single);
        }
        continue;
      }
      expand(uid, master, meetings);
    }
    return meetings;
  }

  private void expand(String uid, VEvent master, List<ImportedMeeting> meetings) {
    // The rule iterator gives up on a series without an occurrence in 100 years; say so.
    if (start(master).isBefore(from.atZone(ZoneOffset.UTC).minusYears(100).toInstant())) {
      problems.add(problem(master, uid, ImportProblem.Why.RECURS_FROM_TOO_LONG_AGO));
      return;
    }
    Duration length = Duration.between(start(master), end(master, start(master)));
    DateIterator dates =
        master.getDateIterator(IcsCalendarReader.zoneOf(zones, master.getDateStart()));
    // A series that began long ago is not walked from its first occurrence.
    dates.advanceTo(Date.from(from.minus(length).minus(OVERRIDE_REACH)));
    int taken = 0;
    while (dates.hasNext()) {
      budget.spent();
      Instant original = dates.next().toInstant();
      if (!original.isBefore(to)) {
        break;
      }
      String key = occurrenceKey(uid, original);
      VEvent override = overrides.get(key);
      ImportedMeeting occurrence =
          override != null && timeProblem(override) == null
              ? meeting(key, override, start(override))
              : new ImportedMeeting(
                  key,
                  title(master),
                  original,
                  original.plus(length),
                  cancelled(master),
                  List.of());
      if (inWindow(occurrence.start()) || inWindow(original)) {
        if (++taken > budget.occurrences()) {
          budget.tooManyOccurrences(uid);
        }
        budget.meeting();
        meetings.add(occurrence);
      }
    }
  }

  private ImportedMeeting meeting(String key, VEvent event, Instant start) {
    return new ImportedMeeting(
        key, title(event), start, end(event, start), cancelled(event), List.of());
  }

  private ImportProblem problem(VEvent event, String uid, ImportProblem.Why why) {
    return new ImportProblem(labels.get(event), uid, REASONS.get(why), why, lines.get(event));
  }

  /** Why the event's times cannot be used, or null. */
  private static ImportProblem.Why timeProblem(VEvent event) {
    if (event.getDateStart() == null || event.getDateStart().getValue() == null) {
      return ImportProblem.Why.NO_START;
    }
    ICalDate start = event.getDateStart().getValue();
    if (!start.hasTime()) {
      return ImportProblem.Why.ALL_DAY;
    }
    boolean hasEnd = event.getDateEnd() != null && event.getDateEnd().getValue() != null;
    boolean hasDuration = event.getDuration() != null && event.getDuration().getValue() != null;
    if (!hasEnd && !hasDuration) {
      return ImportProblem.Why.NO_END;
    }
    if (event.getRecurrenceRule() != null
        && event.getRecurrenceRule().getValue() != null
        && SUB_HOURLY.contains(event.getRecurrenceRule().getValue().getFrequency())) {
      return ImportProblem.Why.REPEATS_TOO_OFTEN;
    }
    return null;
  }

  private static Instant start(VEvent event) {
    return event.getDateStart().getValue().toInstant();
  }

  private static Instant end(VEvent event, Instant start) {
    if (event.getDateEnd() != null && event.getDateEnd().getValue() != null) {
      Date end = event.getDateEnd().getValue();
      // For an override the end moves with the start; DTEND is absolute, so keep it as given.
      return end.toInstant();
    }
    return start.plusMillis(event.getDuration().getValue().toMillis());
  }

  private static String title(VEvent event) {
    return event.getSummary() == null ? null : event.getSummary().getValue();
  }

  private static boolean cancelled(VEvent event) {
    return event.getStatus() != null && event.getStatus().isCancelled();
  }

  private boolean inWindow(Instant start) {
    return !start.isBefore(from) && start.isBefore(to);
  }

  private static String occurrenceKey(String uid, Instant originalStart) {
    return uid + "/" + originalStart;
  }

  private static String describe(String label, VEvent event) {
    return event.getSummary() == null || event.getSummary().getValue() == null
        ? label
        : label + " (" + event.getSummary().getValue() + ")";
  }
}
