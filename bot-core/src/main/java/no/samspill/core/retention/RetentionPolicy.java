package no.samspill.core.retention;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Objects;
import no.samspill.core.casework.CaseworkRefused;
import no.samspill.core.directory.TenantId;

/**
 * How long a tenant keeps what Samspill stores, in months: a reflection (and the conversation state
 * that points at it) after its last answer, an archived digest after it was posted, a sent, failed,
 * expired or cancelled nudge after it was due, an audit entry after it was written. The README
 * argues the defaults.
 */
public record RetentionPolicy(
    TenantId tenantId, int reflectionMonths, int digestMonths, int nudgeMonths, int auditMonths) {

  public static final Limits REFLECTIONS =
      new Limits("reflectionMonths", 1, 120, 24, "retention.months");
  public static final Limits DIGESTS = new Limits("digestMonths", 1, 120, 24, "retention.months");
  public static final Limits NUDGES = new Limits("nudgeMonths", 1, 60, 6, "retention.months");
  // Under a year the trail could be gone before a complaint about a deletion is handled.
  public static final Limits AUDIT =
      new Limits("auditMonths", 12, 240, 60, "retention.audit.months");

  /**
   * A field's name in the admin API and the console, its bounds and its default, in months, and the
   * text that says the bounds to a person.
   */
  public record Limits(String field, int min, int max, int defaultMonths, String messageKey) {

    /**
     * @throws CaseworkRefused naming the field when {@code months} is out of bounds
     */
    int check(int months) {
      if (months < min || months > max) {
        throw new CaseworkRefused(
            field,
            "The field '" + field + "' must be between " + min + " and " + max + " months",
            messageKey,
            min,
            max);
      }
      return months;
    }
  }

  public RetentionPolicy {
    Objects.requireNonNull(tenantId, "tenantId");
    REFLECTIONS.check(reflectionMonths);
    DIGESTS.check(digestMonths);
    NUDGES.check(nudgeMonths);
    AUDIT.check(auditMonths);
  }

  public static RetentionPolicy defaults(TenantId tenant) {
    return new RetentionPolicy(
        tenant,
        REFLECTIONS.defaultMonths(),
        DIGESTS.defaultMonths(),
        NUDGES.defaultMonths(),
        AUDIT.defaultMonths());
  }

  /** The moment {@code months} calendar months before {@code now}; older is due for deletion. */
  public static Instant cutoff(Instant now, int months) {
    return now.atZone(ZoneOffset.UTC).minusMonths(months).toInstant();
  }
}
