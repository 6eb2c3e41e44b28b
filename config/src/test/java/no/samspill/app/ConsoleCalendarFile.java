package no.samspill.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The console tests' .ics upload: a body's calendar with two good events and one without an end
 * (line 16), dated from today so it never falls into the past.
 */
final class ConsoleCalendarFile {

  static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

  /** The line the event without an end begins on. */
  static final int OPEN_ENDED_LINE = 16;

  /** The first event's day, three weeks ahead; the second's a week later; all in Oslo time. */
  static LocalDate first() {
    return LocalDate.now(OSLO).plusWeeks(3);
  }

  static LocalDate second() {
    return first().plusWeeks(1);
  }

  static byte[] content() throws IOException {
    DateTimeFormatter day = DateTimeFormatter.BASIC_ISO_DATE;
    try (InputStream in = ConsoleCalendarFile.class.getResourceAsStream("/console/utvalg.ics")) {
      String template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return template
          .replace("{{FIRST}}", first().format(day))
          .replace("{{SECOND}}", second().format(day))
          .replace("{{THIRD}}", second().plusWeeks(1).format(day))
          .getBytes(StandardCharsets.UTF_8);
    }
  }

  /** The file on disk, for a browser's file input. */
  static Path written() throws IOException {
    Path file = Path.of("target", "console", "utvalg.ics").toAbsolutePath();
    Files.createDirectories(file.getParent());
    return Files.write(file, content());
  }

  private ConsoleCalendarFile() {}
}
