package no.samspill.adapter.calendar;

import biweekly.component.VEvent;
import biweekly.io.TimezoneInfo;
import biweekly.util.ICalDate;
import biweekly.util.com.google.ical.compat.javautil.DateIterator;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.samspill.core.imports.ImportProblem;
import no.samspill.core.imports.ImportedMeeting;

/** The events of one calendar, expanded into meetings within the window. */
final class Events {

  /** A runaway RRULE stops here rather than filling the database. */
  static final int MAX_OCCURRENCES = 500;

  private final TimezoneInfo zones;
  private final Instant from;
  private final Instant to;
  private final List<VEvent> masters = new ArrayList<>();
  private final Map<String, VEvent> overrides = new HashMap<>();
  private final Map<VEvent, String> labels = new HashMap<>();
  private final List<ImportProblem> problems = new ArrayList<>();

  Events(TimezoneInfo zones, Instant from, Instant to) {
    this.zones = zones;
    this.from = from;
    this.to = to;
  }

  void add(VEvent event, String label) {
    String uid = event.getUid() == null ? null : event.getUid().getValue();
    if (uid == null || uid.isBlank()) {
      problems.add(ImportProblem.of(describe(label, event), "it has no UID"));
      return;
    }
    labels.put(event, "UID " + uid);
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
      String problem = timeProblem(master);
      if (problem != null) {
        problems.add(new ImportProblem(labels.get(master), uid, problem));
        continue;
      }
      if (master.getRecurrenceRule() == null && master.getRecurrenceDates().isEmpty()) {
        ImportedMeeting single = meeting(uid, master, start(master));
        if (inWindow(single.start())) {
          meetings.add(single);
        }
        continue;
      }
      expand(uid, master, meetings);
    }
    return meetings;
  }

  private void expand(String uid, VEvent master, List<ImportedMeeting> meetings) {
    Duration length = Duration.between(start(master), end(master, start(master)));
    DateIterator dates =
        master.getDateIterator(IcsCalendarReader.zoneOf(zones, master.getDateStart()));
    int count = 0;
    while (dates.hasNext() && count++ < MAX_OCCURRENCES) {
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
        meetings.add(occurrence);
      }
    }
  }

  private ImportedMeeting meeting(String key, VEvent event, Instant start) {
    return new ImportedMeeting(
        key, title(event), start, end(event, start), cancelled(event), List.of());
  }

  /** Why the event's times cannot be used, or null. */
  private static String timeProblem(VEvent event) {
    if (event.getDateStart() == null || event.getDateStart().getValue() == null) {
      return "it has no start (DTSTART)";
    }
    ICalDate start = event.getDateStart().getValue();
    if (!start.hasTime()) {
      return "it is an all-day event without a time of day";
    }
    boolean hasEnd = event.getDateEnd() != null && event.getDateEnd().getValue() != null;
    boolean hasDuration = event.getDuration() != null && event.getDuration().getValue() != null;
    if (!hasEnd && !hasDuration) {
      return "it has no end (DTEND or DURATION)";
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
