package no.samspill.core.imports;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import no.samspill.core.casework.BodyId;
import no.samspill.core.directory.TenantId;

/**
 * Use case: a person uploads an .ics file into one body's meetings (the admin API, the console).
 * The file is read within a year from now and applied by {@link ImportMeetings}.
 */
public class ImportCalendarFile {

  public static final Duration HORIZON = Duration.ofDays(366);

  private final CalendarReader reader;
  private final ImportMeetings importMeetings;
  private final Clock clock;

  /** {@code reader} is null where no iCalendar reader is installed. */
  public ImportCalendarFile(CalendarReader reader, ImportMeetings importMeetings, Clock clock) {
    this.reader = reader;
    this.importMeetings = importMeetings;
    this.clock = clock;
  }

  public boolean available() {
    return reader != null;
  }

  /**
   * With {@code complete} the file is the body's whole calendar, so a meeting it imported before
   * and missing from it now is cancelled; otherwise it only adds, moves and cancels its own events.
   *
   * @throws ImportLimitException when the file asks for more than the reader's limits; nothing of
   *     it is applied
   * @throws UnreadableSourceException when it is not a calendar at all; nothing is applied
   */
  public ImportReport upload(TenantId tenant, BodyId body, byte[] document, boolean complete) {
    if (reader == null) {
      throw new IllegalStateException("No iCalendar reader is installed");
    }
    Instant now = clock.instant();
    MeetingFeed read = reader.read(document, now, now.plus(HORIZON));
    MeetingFeed feed = new MeetingFeed(read.meetings(), read.problems(), complete);
    return importMeetings.apply(
        new ImportMeetings.Command(tenant, body, "ics:" + body, now, now.plus(HORIZON), feed));
  }
}
