package no.samspill.core.retention;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.samspill.core.catalogue.Theme;
import no.samspill.core.digest.ArchivedDigest;
import no.samspill.core.digest.ComposeWeeklyDigest;
import no.samspill.core.digest.Digest;
import no.samspill.core.digest.DigestPosts;
import no.samspill.core.digest.DigestWeek;
import no.samspill.core.directory.Tenant;
import no.samspill.core.directory.TenantId;
import no.samspill.core.reflection.Reflection;
import no.samspill.core.reflection.Reflections;
import no.samspill.core.schedule.SchedulePolicies;

/**
 * Use case: a tenant's shared material for its archive or an innsyn request: the lessons leaders
 * shared, masked and credited as the weekly digest shows them, and the digests as posted. Private
 * reflections are never read: the lessons come from the digest's own composition.
 */
public class ExportSharedMaterial {

  /** One shared lesson as a digest of its week shows it. */
  public record SharedLesson(
      String week, Instant weekStart, String theme, String text, String by) {}

  public record SharedMaterial(
      TenantId tenant,
      Instant exportedAt,
      List<SharedLesson> lessons,
      List<ArchivedDigest> digests) {}

  private final Reflections reflections;
  private final ComposeWeeklyDigest compose;
  private final DigestPosts digests;
  private final SchedulePolicies schedules;
  private final RetentionPolicies retention;
  private final Clock clock;

  public ExportSharedMaterial(
      Reflections reflections,
      ComposeWeeklyDigest compose,
      DigestPosts digests,
      SchedulePolicies schedules,
      RetentionPolicies retention,
      Clock clock) {
    this.reflections = reflections;
    this.compose = compose;
    this.digests = digests;
    this.schedules = schedules;
    this.retention = retention;
    this.clock = clock;
  }

  public SharedMaterial export(Tenant tenant) {
    Instant now = clock.instant();
    // Older material is gone by the tenant's retention; a week more covers a purge not yet run.
    Instant from =
        RetentionPolicy.cutoff(now, retention.of(tenant.id()).reflectionMonths())
            .minus(Duration.ofDays(7));
    ZoneId zone = schedules.of(tenant.id()).digestZone();
    Map<String, DigestWeek> weeks = new TreeMap<>();
    for (Reflection r : reflections.findShared(tenant.id(), from, now)) {
      DigestWeek week = DigestWeek.containing(r.completedAt(), zone);
      weeks.putIfAbsent(week.key(), week);
    }
    List<SharedLesson> lessons = new ArrayList<>();
    for (DigestWeek week : weeks.values()) {
      Map<Theme, List<Digest.Lesson>> shown = compose.compose(tenant, week).lessons();
      for (Theme theme : Theme.values()) {
        for (Digest.Lesson l : shown.getOrDefault(theme, List.of())) {
          lessons.add(
              new SharedLesson(
                  week.key(),
                  week.start(),
                  theme.name(),
                  l.text(),
                  l.attribution(tenant.language())));
        }
      }
    }
    return new SharedMaterial(
        tenant.id(), now, lessons, digests.archive(tenant.id(), Integer.MAX_VALUE));
  }
}
