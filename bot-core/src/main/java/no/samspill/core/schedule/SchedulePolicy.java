package no.samspill.core.schedule;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import no.samspill.core.casework.BodyKind;
import no.samspill.core.directory.TenantId;

/**
 * A tenant's rules for when nudges go out. PRE goes when the case papers go out (days before the
 * meeting, per body kind); MID and POST a set time after the meeting ends; everything is moved into
 * working hours on working days in the leader's own time zone. The digest's day and time and its
 * anonymity threshold (how many people must stand behind a count or a role) are part of it too.
 */
public record SchedulePolicy(
    TenantId tenantId,
    int preLeadDays,
    Map<BodyKind, Integer> preLeadDaysByBody,
    Duration afterMeeting,
    LocalTime workStart,
    LocalTime workEnd,
    Set<LocalDate> closedDays,
    Duration staleAfter,
    DayOfWeek digestDay,
    LocalTime digestTime,
    ZoneId digestZone,
    Integer anonymityThreshold) {

  /** Fewer people than this behind a count, a chart or an anonymous role, and it is left out. */
  public static final int MIN_ANONYMITY_THRESHOLD = 3;

  public SchedulePolicy {
    Objects.requireNonNull(tenantId, "tenantId");
    preLeadDaysByBody = preLeadDaysByBody == null ? Map.of() : Map.copyOf(preLeadDaysByBody);
    closedDays = closedDays == null ? Set.of() : Set.copyOf(closedDays);
    if (!workEnd.isAfter(workStart)) {
      throw new IllegalArgumentException("Working hours must end after they start");
    }
    if (preLeadDays < 0 || afterMeeting.isNegative() || staleAfter.isNegative()) {
      throw new IllegalArgumentException("Lead times and delays cannot be negative");
    }
    // Null: a policy stored before the threshold existed, or a caller that leaves it unset.
    anonymityThreshold = anonymityThreshold == null ? MIN_ANONYMITY_THRESHOLD : anonymityThreshold;
    if (anonymityThreshold < MIN_ANONYMITY_THRESHOLD) {
      throw new IllegalArgumentException(
          "The anonymity threshold cannot be below " + MIN_ANONYMITY_THRESHOLD);
    }
  }

  /**
   * The defaults: 7 days before (10 for kommunestyret), 2 h after, 08–16, stale after 3 days, k =
   * 3.
   */
  public static SchedulePolicy defaults(TenantId tenant) {
    return new SchedulePolicy(
        tenant,
        7,
        Map.of(BodyKind.KOMMUNESTYRE, 10),
        Duration.ofHours(2),
        LocalTime.of(8, 0),
        LocalTime.of(16, 0),
        Set.of(),
        Duration.ofDays(3),
        DayOfWeek.FRIDAY,
        LocalTime.of(13, 0),
        ZoneId.of("Europe/Oslo"),
        MIN_ANONYMITY_THRESHOLD);
  }

  public SchedulePolicy withAnonymityThreshold(int k) {
    return new SchedulePolicy(
        tenantId,
        preLeadDays,
        preLeadDaysByBody,
        afterMeeting,
        workStart,
        workEnd,
        closedDays,
        staleAfter,
        digestDay,
        digestTime,
        digestZone,
        k);
  }

  public int preLeadDays(BodyKind kind) {
    return preLeadDaysByBody.getOrDefault(kind, preLeadDays);
  }
}
