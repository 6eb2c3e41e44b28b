package no.samspill.core.retention;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.samspill.core.conversation.Conversations;
import no.samspill.core.digest.DigestPosts;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.directory.Leaders;
import no.samspill.core.directory.Tenant;
import no.samspill.core.directory.TenantId;
import no.samspill.core.directory.Tenants;
import no.samspill.core.privacy.AuditEntry;
import no.samspill.core.privacy.AuditLog;
import no.samspill.core.privacy.DeleteReflection;
import no.samspill.core.reflection.Reflection;
import no.samspill.core.reflection.ReflectionId;
import no.samspill.core.reflection.Reflections;
import no.samspill.core.schedule.NudgeReasons;
import no.samspill.core.schedule.Nudges;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Use case: once a day, whichever instance gets there first deletes what each tenant's retention
 * policy says is due, as thoroughly as a leader's own deletion, and writes the counts (never any
 * content) to the tenant's audit trail.
 */
public class PurgeExpiredData {

  /** This instance's name and how long its claim on a day's purge holds. */
  public record Settings(String instance, Duration lease) {}

  /** The stores the purge deletes from. */
  public record Stores(
      Leaders leaders,
      Reflections reflections,
      Conversations conversations,
      DigestPosts digests,
      Nudges nudges,
      AuditLog audit) {}

  /** What one tenant's purge removed. */
  public record Counts(
      long reflections, long conversations, long digests, long nudges, long audit) {

    /** The audit entry's detail. */
    public String asDetail() {
      return "reflections="
          + reflections
          + " conversations="
          + conversations
          + " digests="
          + digests
          + " nudges="
          + nudges
          + " audit="
          + audit;
    }
  }

  public record Purged(TenantId tenant, Counts counts) {}

  private static final Logger log = LoggerFactory.getLogger(PurgeExpiredData.class);

  /** Reflections read per round trip; each batch is deleted before the next is read. */
  static final int BATCH = 200;

  private final Tenants tenants;
  private final RetentionPolicies policies;
  private final PurgeRuns runs;
  private final Stores stores;
  private final DeleteReflection erasure;
  private final Settings settings;
  private final Clock clock;

  public PurgeExpiredData(
      Tenants tenants,
      RetentionPolicies policies,
      PurgeRuns runs,
      Stores stores,
      NudgeReasons reasons,
      Settings settings,
      Clock clock) {
    this.tenants = tenants;
    this.policies = policies;
    this.runs = runs;
    this.stores = stores;
    this.erasure =
        new DeleteReflection(
            stores.reflections(), stores.digests(), reasons, stores.audit(), clock);
    this.settings = settings;
    this.clock = clock;
  }

  /** Runs today's purge (UTC day) unless another instance ran or runs it; empty if it did. */
  public Optional<List<Purged>> purgeIfDue() {
    Instant now = clock.instant();
    String key = "purge|" + LocalDate.ofInstant(now, ZoneOffset.UTC);
    if (!runs.claim(key, now, settings.lease(), settings.instance())) {
      return Optional.empty();
    }
    List<Purged> purged = new ArrayList<>();
    for (Tenant tenant : tenants.findAll()) {
      try {
        Counts counts = purge(policies.of(tenant.id()), now);
        stores.audit().record(AuditEntry.purge(tenant.id(), counts.asDetail(), clock.instant()));
        purged.add(new Purged(tenant.id(), counts));
      } catch (RuntimeException e) {
        // The next tenants still get their purge; this one is tried again tomorrow. The class
        // only: a mapping failure's message may quote a stored document.
        log.error(
            "Retention purge of tenant {} failed: {}", tenant.id().value(), e.getClass().getName());
      }
    }
    runs.finish(key, settings.instance(), purged.toString(), clock.instant());
    return Optional.of(purged);
  }

  private Counts purge(RetentionPolicy policy, Instant now) {
    TenantId tenant = policy.tenantId();
    long[] reflectionsAndStates = purgeReflections(tenant, cutoff(now, policy.reflectionMonths()));
    return new Counts(
        reflectionsAndStates[0],
        reflectionsAndStates[1],
        stores.digests().purgePostedBefore(tenant, cutoff(now, policy.digestMonths())),
        stores.nudges().purgeFinishedBefore(tenant, cutoff(now, policy.nudgeMonths())),
        stores.audit().purgeOlderThan(tenant, cutoff(now, policy.auditMonths())));
  }

  private static Instant cutoff(Instant now, int months) {
    return RetentionPolicy.cutoff(now, months);
  }

  /** Returns how many reflections and conversation states went. */
  private long[] purgeReflections(TenantId tenant, Instant cutoff) {
    Set<ReflectionId> gone = new HashSet<>();
    Set<LeaderId> authors = new HashSet<>();
    List<Reflection> batch;
    do {
      batch = stores.reflections().findLastChangedBefore(tenant, cutoff, BATCH);
      for (Reflection r : batch) {
        erasure.expire(stores.leaders().findById(r.leaderId()), r);
        gone.add(r.id());
        authors.add(r.leaderId());
      }
    } while (batch.size() == BATCH);
    long states = 0;
    for (LeaderId author : authors) {
      if (stateGoesWith(author, gone)) {
        stores.conversations().delete(author);
        states++;
      }
    }
    return new long[] {gone.size(), states};
  }

  /** A state goes with the reflection it is in, or with the author's last reflection. */
  private boolean stateGoesWith(LeaderId author, Set<ReflectionId> gone) {
    return stores
        .conversations()
        .find(author)
        .filter(
            s ->
                gone.contains(s.activeReflection())
                    || stores.reflections().findByLeader(author, 1).isEmpty())
        .isPresent();
  }
}
