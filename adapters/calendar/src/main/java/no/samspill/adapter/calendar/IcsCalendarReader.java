package no.samspill.adapter.calendar;

import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.TimezoneAssignment;
import biweekly.io.TimezoneInfo;
import biweekly.io.text.ICalReader;
import biweekly.property.ICalProperty;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.samspill.core.imports.CalendarReader;
import no.samspill.core.imports.ImportFailure;
import no.samspill.core.imports.ImportLimitException;
import no.samspill.core.imports.ImportProblem;
import no.samspill.core.imports.ImportedMeeting;
import no.samspill.core.imports.MeetingFeed;
import no.samspill.core.imports.UnreadableSourceException;

/**
 * Reads iCalendar with biweekly. Each event becomes a meeting keyed by its UID; a recurring event
 * becomes one meeting per occurrence in the window, keyed by UID and original start, with
 * RECURRENCE-ID overrides replacing the occurrence they name.
 */
final class IcsCalendarReader implements CalendarReader {

  /** Floating times (no zone) are read as Norwegian local time. */
  static final ZoneId FLOATING = ZoneId.of("Europe/Oslo");

  private static final Pattern EVENT = Pattern.compile("(?im)^BEGIN:VEVENT\\s*$");

  private final CalendarProperties.Limits limits;
  private final LongSupplier nanos;

  IcsCalendarReader(CalendarProperties.Limits limits) {
    this(limits, System::nanoTime);
  }

  /** With the clock the time budget is read from (tests count steps instead of time). */
  IcsCalendarReader(CalendarProperties.Limits limits, LongSupplier nanos) {
    this.limits = limits;
    this.nanos = nanos;
  }

  /** Throws {@link ImportLimitException} when the file asks for more than the limits allow. */
  @Override
  public MeetingFeed read(byte[] document, Instant from, Instant to) {
    ReadBudget budget = new ReadBudget(limits, nanos);
    // Counted in the text first, so a file of many small events is refused before it is parsed.
    List<Integer> lines = eventLines(document);
    budget.events(lines.size());
    List<ICalendar> calendars = parse(document);
    int total = calendars.stream().mapToInt(c -> c.getEvents().size()).sum();
    budget.events(total);
    Map<String, ImportedMeeting> meetings = new LinkedHashMap<>();
    List<ImportProblem> problems = new ArrayList<>();
    int seen = 0;
    for (ICalendar calendar : calendars) {
      Events events = new Events(calendar.getTimezoneInfo(), from, to, budget);
      List<VEvent> all = calendar.getEvents();
      for (int i = 0; i < all.size(); i++, seen++) {
        // The parser keeps the file's order; where it read another count, lines are not guessed.
        Integer line = lines.size() == total ? lines.get(seen) : null;
        events.add(all.get(i), "event " + (i + 1), line);
      }
      events.meetings().forEach(m -> meetings.put(m.key(), m));
      problems.addAll(events.problems());
    }
    return new MeetingFeed(List.copyOf(meetings.values()), problems, true);
  }

  /** The line (1-based) of each BEGIN:VEVENT in the text, in order. */
  private static List<Integer> eventLines(byte[] document) {
    String text = new String(document, StandardCharsets.UTF_8);
    List<Integer> lines = new ArrayList<>();
    Matcher event = EVENT.matcher(text);
    int line = 1;
    int at = 0;
    while (event.find()) {
      for (; at < event.start(); at++) {
        if (text.charAt(at) == '\n') {
          line++;
        }
      }
      lines.add(line);
    }
    return lines;
  }

  private static List<ICalendar> parse(byte[] document) {
    String text = new String(document, StandardCharsets.UTF_8).strip();
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (!text.regionMatches(true, 0, "BEGIN:VCALENDAR", 0, "BEGIN:VCALENDAR".length())) {
      throw new UnreadableSourceException(
          "Not an iCalendar document: it does not start with BEGIN:VCALENDAR");
    }
    List<ICalendar> calendars = new ArrayList<>();
    try (ICalReader reader = new ICalReader(new ByteArrayInputStream(document))) {
      // Else a floating DTSTART of a single event is read in the JVM's zone, not Norwegian time.
      reader.setDefaultTimezone(TimeZone.getTimeZone(FLOATING));
      ICalendar calendar;
      while ((calendar = reader.readNext()) != null) {
        calendars.add(calendar);
      }
    } catch (IOException | RuntimeException e) {
      throw new UnreadableSourceException(
          "Not a readable iCalendar document: " + e.getMessage(),
          ImportFailure.NOT_READABLE,
          null,
          e);
    }
    if (calendars.isEmpty()) {
      throw new UnreadableSourceException("Not an iCalendar document: no VCALENDAR found");
    }
    return calendars;
  }

  /** The zone an event's time is in: its TZID's VTIMEZONE, UTC, or floating local time. */
  static TimeZone zoneOf(TimezoneInfo info, ICalProperty property) {
    TimezoneAssignment assignment = info.getTimezone(property);
    if (assignment != null) {
      return assignment.getTimeZone();
    }
    return info.isFloating(property) ? TimeZone.getTimeZone(FLOATING) : TimeZone.getTimeZone("UTC");
  }
}
