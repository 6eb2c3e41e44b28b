package no.samspill.adapter.einnsyn;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import no.samspill.core.casework.AgendaItem;
import no.samspill.core.imports.ImportProblem;
import no.samspill.core.imports.ImportedMeeting;
import no.samspill.core.imports.MeetingFeed;
import tools.jackson.databind.JsonNode;

/** Turns eInnsyn's Moetemappe JSON into meetings, naming each item it cannot use. */
final class MoetemappeReader {

  /** moetedato without an offset is Norwegian local time. */
  static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");

  private final Duration meetingLength;

  MoetemappeReader(Duration meetingLength) {
    this.meetingLength = meetingLength;
  }

  MeetingFeed read(EinnsynClient.Listing listing, String utvalg, Instant from, Instant to) {
    List<ImportedMeeting> meetings = new ArrayList<>();
    List<ImportProblem> problems = new ArrayList<>();
    for (int i = 0; i < listing.items().size(); i++) {
      JsonNode item = listing.items().get(i);
      if (utvalg != null && !utvalg.isBlank() && !utvalg.equalsIgnoreCase(text(item, "utvalg"))) {
        continue;
      }
      String id = text(item, "id");
      if (id == null) {
        problems.add(ImportProblem.of("Moetemappe number " + (i + 1), "it has no id"));
        continue;
      }
      String label = "Moetemappe " + id;
      String date = text(item, "moetedato");
      if (date == null) {
        problems.add(new ImportProblem(label, id, "it has no moetedato"));
        continue;
      }
      Instant start;
      try {
        start = instant(date);
      } catch (DateTimeException e) {
        problems.add(new ImportProblem(label, id, "its moetedato '" + date + "' is not a date"));
        continue;
      }
      if (start.isBefore(from) || !start.isBefore(to)) {
        continue;
      }
      String title = text(item, "offentligTittel");
      meetings.add(
          new ImportedMeeting(
              id,
              title == null ? text(item, "utvalg") : title,
              start,
              start.plus(meetingLength),
              false,
              agenda(item.get("moetesak"))));
    }
    return new MeetingFeed(meetings, problems, listing.complete());
  }

  private static List<AgendaItem> agenda(JsonNode moetesaker) {
    List<AgendaItem> agenda = new ArrayList<>();
    if (moetesaker == null || !moetesaker.isArray()) {
      return agenda;
    }
    for (JsonNode sak : moetesaker) {
      // Not expanded: only the id is known, which gives no title worth showing a leader.
      if (!sak.isObject()) {
        continue;
      }
      String title = text(sak, "offentligTittel");
      String number =
          sak.hasNonNull("moetesakssekvensnummer") && sak.hasNonNull("moetesaksaar")
              ? sak.get("moetesakssekvensnummer").asInt() + "/" + sak.get("moetesaksaar").asInt()
              : null;
      agenda.add(new AgendaItem(number, title == null ? "(uten tittel)" : title, null));
    }
    return agenda;
  }

  private static Instant instant(String date) {
    try {
      return OffsetDateTime.parse(date).toInstant();
    } catch (DateTimeParseException e) {
      return LocalDateTime.parse(date).atZone(NORWAY).toInstant();
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() || value.asString().isBlank() ? null : value.asString();
  }
}
