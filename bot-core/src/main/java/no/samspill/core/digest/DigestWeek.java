package no.samspill.core.digest;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/** An ISO week in a tenant's time zone, from Monday 00:00 to the next Monday 00:00. */
public record DigestWeek(int year, int week, Instant start, Instant end) {

  public static DigestWeek containing(Instant moment, ZoneId zone) {
    LocalDate monday =
        moment.atZone(zone).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    return new DigestWeek(
        monday.get(IsoFields.WEEK_BASED_YEAR),
        monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR),
        monday.atStartOfDay(zone).toInstant(),
        monday.plusWeeks(1).atStartOfDay(zone).toInstant());
  }

  public DigestWeek previous(ZoneId zone) {
    return containing(start.minusSeconds(1), zone);
  }

  /** "2026-W48", part of the digest's idempotency key. */
  public String key() {
    return String.format("%d-W%02d", year, week);
  }
}
