package no.samspill.adapter.console;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import no.samspill.core.casework.Meeting;
import no.samspill.core.language.Language;

/** A meeting in a body's list: its date and times in the coordinator's language and zone. */
record MeetingRow(Meeting meeting, String date, String time) {

  static MeetingRow of(Meeting meeting, ZoneId zone, Language language) {
    DateTimeFormatter date =
        DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
            .withLocale(language.locale())
            .withZone(zone);
    DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm").withZone(zone);
    return new MeetingRow(
        meeting,
        date.format(meeting.start()),
        time.format(meeting.start()) + "–" + time.format(meeting.end()));
  }
}
