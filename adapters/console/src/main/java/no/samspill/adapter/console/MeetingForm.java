package no.samspill.adapter.console;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import no.samspill.core.casework.AgendaItem;
import no.samspill.core.casework.BodyId;
import no.samspill.core.casework.CaseId;
import no.samspill.core.casework.Meeting;
import no.samspill.core.casework.MeetingDraft;

/**
 * A meeting's form as posted: texts, read here in the coordinator's zone, so a wrong one is shown
 * back as typed. Agenda rows are indexed ({@code itemTitle[0]}); a row left blank is no item.
 */
record MeetingForm(
    String title,
    String date,
    String start,
    String end,
    Map<String, String> itemNumber,
    Map<String, String> itemTitle,
    Map<String, String> itemCase) {

  /** Blank agenda rows offered below the meeting's items. */
  static final int BLANK_ROWS = 2;

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  /** One agenda row of the form, by its index in the form. */
  record Row(int index, String number, String title, String caseId) {}

  /** The draft, and for each of its agenda items the form row it came from. */
  record Read(MeetingDraft draft, List<Integer> rows) {}

  /** A field that could not be read, with the key of the console's text that says why. */
  static final class Unreadable extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String field;

    Unreadable(String field, String key) {
      super(key, null, false, false);
      this.field = field;
    }

    String field() {
      return field;
    }
  }

  static MeetingForm empty() {
    return new MeetingForm("", "", "18:00", "21:00", Map.of(), Map.of(), Map.of());
  }

  static MeetingForm of(Meeting meeting, ZoneId zone) {
    Map<String, String> numbers = new LinkedHashMap<>();
    Map<String, String> titles = new LinkedHashMap<>();
    Map<String, String> cases = new LinkedHashMap<>();
    for (int i = 0; i < meeting.agenda().size(); i++) {
      AgendaItem item = meeting.agenda().get(i);
      numbers.put(Integer.toString(i), item.number() == null ? "" : item.number());
      titles.put(Integer.toString(i), item.title() == null ? "" : item.title());
      cases.put(Integer.toString(i), item.caseId() == null ? "" : item.caseId().value());
    }
    return new MeetingForm(
        meeting.title() == null ? "" : meeting.title(),
        meeting.start().atZone(zone).toLocalDate().toString(),
        TIME.format(meeting.start().atZone(zone)),
        TIME.format(meeting.end().atZone(zone)),
        numbers,
        titles,
        cases);
  }

  /** The rows as typed, then blank ones to add items with. */
  List<Row> rows() {
    TreeSet<Integer> indexes = new TreeSet<>();
    for (Map<String, String> column : List.of(numbers(), titles(), cases())) {
      for (String key : column.keySet()) {
        try {
          indexes.add(Integer.parseInt(key));
        } catch (NumberFormatException e) {
          // Not a row this form made; ignored like any unknown field.
        }
      }
    }
    List<Row> rows = new ArrayList<>();
    for (int i : indexes) {
      rows.add(row(i));
    }
    int next = indexes.isEmpty() ? 0 : indexes.last() + 1;
    for (int i = 0; i < BLANK_ROWS; i++) {
      rows.add(new Row(next + i, "", "", ""));
    }
    return rows;
  }

  Read read(BodyId body, ZoneId zone) {
    LocalDate day = day(date);
    LocalTime from = time(start, "start");
    LocalTime to = time(end, "end");
    List<AgendaItem> items = new ArrayList<>();
    List<Integer> sources = new ArrayList<>();
    for (Row row : rows()) {
      if (row.number().isBlank() && row.title().isBlank() && row.caseId().isBlank()) {
        continue;
      }
      items.add(
          new AgendaItem(
              row.number(), row.title(), row.caseId().isBlank() ? null : new CaseId(row.caseId())));
      sources.add(row.index());
    }
    MeetingDraft draft =
        new MeetingDraft(
            body,
            title,
            day.atTime(from).atZone(zone).toInstant(),
            day.atTime(to).atZone(zone).toInstant(),
            items);
    return new Read(draft, sources);
  }

  private Row row(int i) {
    String key = Integer.toString(i);
    return new Row(i, text(numbers().get(key)), text(titles().get(key)), text(cases().get(key)));
  }

  private Map<String, String> numbers() {
    return itemNumber == null ? Map.of() : itemNumber;
  }

  private Map<String, String> titles() {
    return itemTitle == null ? Map.of() : itemTitle;
  }

  private Map<String, String> cases() {
    return itemCase == null ? Map.of() : itemCase;
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }

  private static LocalDate day(String typed) {
    try {
      return LocalDate.parse(typed == null ? "" : typed.strip());
    } catch (DateTimeParseException e) {
      throw new Unreadable("date", "console.bodies.meetings.invalid.date");
    }
  }

  private static LocalTime time(String typed, String field) {
    try {
      return LocalTime.parse(typed == null ? "" : typed.strip());
    } catch (DateTimeParseException e) {
      throw new Unreadable(field, "console.invalid.time");
    }
  }
}
