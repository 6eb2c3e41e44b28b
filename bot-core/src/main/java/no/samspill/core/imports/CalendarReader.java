package no.samspill.core.imports;

import java.time.Instant;

/** Port: reads an iCalendar document into meetings within a window, naming each bad item. */
public interface CalendarReader {

  /**
   * Reads the document; throws {@link UnreadableSourceException} when it is not iCalendar at all.
   */
  MeetingFeed read(byte[] document, Instant from, Instant to);
}
