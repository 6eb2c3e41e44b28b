package no.samspill.app.operations;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import no.samspill.core.conversation.HandleMessage;
import no.samspill.core.conversation.IncomingMessage;
import no.samspill.core.conversation.Turn;
import no.samspill.core.delivery.PlatformCalls;
import no.samspill.core.digest.ArchivedDigest;
import no.samspill.core.digest.DigestPosts;
import no.samspill.core.digest.DigestText;
import no.samspill.core.directory.EmailLookup;
import no.samspill.core.directory.Leader;
import no.samspill.core.directory.TenantId;
import no.samspill.core.imports.ImportMetrics;
import no.samspill.core.imports.ImportReport;
import no.samspill.core.nudging.DispatchMetrics;
import no.samspill.core.schedule.NudgeKind;
import no.samspill.core.schedule.NudgeStatus;

/**
 * The core's metrics ports on Micrometer. Names are documented in README "Operating" and used by
 * deploy/grafana; tags hold only platforms, outcomes, kinds and statuses, never a person or a text.
 */
public final class OperationsMetrics implements DispatchMetrics, ImportMetrics, PlatformCalls {

  /** Lateness that matters for a nudge: seconds (dispatch pace) up to days (downtime). */
  private static final Duration[] LAG_BUCKETS = {
    Duration.ofSeconds(1),
    Duration.ofSeconds(10),
    Duration.ofMinutes(1),
    Duration.ofMinutes(5),
    Duration.ofMinutes(15),
    Duration.ofHours(1),
    Duration.ofHours(4),
    Duration.ofDays(1),
    Duration.ofDays(3)
  };

  private final MeterRegistry registry;

  public OperationsMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  /**
   * Times each chat turn by platform and by how the engine took it; both entries are passed on, so
   * a channel that has read the leader still saves the engine that look-up, and one that asks for
   * an e-mail asks only on first contact.
   */
  public HandleMessage countingTurns(HandleMessage engine) {
    return new HandleMessage() {
      @Override
      public Turn handle(IncomingMessage message) {
        return timed(message, () -> engine.handle(message));
      }

      @Override
      public Turn handle(IncomingMessage message, EmailLookup emailOnFirstContact) {
        return timed(message, () -> engine.handle(message, emailOnFirstContact));
      }

      @Override
      public Turn handle(Leader leader, IncomingMessage message) {
        return timed(message, () -> engine.handle(leader, message));
      }
    };
  }

  private Turn timed(IncomingMessage message, Supplier<Turn> turnTaken) {
    Timer.Sample sample = Timer.start(registry);
    String outcome = "error";
    try {
      Turn turn = turnTaken.get();
      outcome = name(turn.outcome());
      return turn;
    } finally {
      sample.stop(
          registry.timer(
              "samspill.chat.turns",
              "platform",
              message.user().identity().channel(),
              "outcome",
              outcome));
    }
  }

  /** Counts each digest whose posting was recorded (once per tenant and week). */
  public DigestPosts countingPosts(DigestPosts posts) {
    Counter posted = registry.counter("samspill.digests.posted");
    return new DigestPosts() {
      @Override
      public boolean claim(String key, Instant now, Duration lease, String instance) {
        return posts.claim(key, now, lease, instance);
      }

      @Override
      public boolean finish(String key, String instance, String outcome, ArchivedDigest digest) {
        boolean recorded = posts.finish(key, instance, outcome, digest);
        if (recorded) {
          posted.increment();
        }
        return recorded;
      }

      @Override
      public List<ArchivedDigest> archive(TenantId tenant, int limit) {
        return posts.archive(tenant, limit);
      }

      @Override
      public Optional<ArchivedDigest> archived(TenantId tenant, String week) {
        return posts.archived(tenant, week);
      }

      @Override
      public void rewriteArchive(TenantId tenant, UnaryOperator<List<DigestText.Section>> edit) {
        posts.rewriteArchive(tenant, edit);
      }

      @Override
      public long purgePostedBefore(TenantId tenant, Instant cutoff) {
        return posts.purgePostedBefore(tenant, cutoff);
      }
    };
  }

  @Override
  public void finished(NudgeKind kind, NudgeStatus outcome, Duration late) {
    nudges(kind, name(outcome)).increment();
    if (outcome == NudgeStatus.SENT) {
      Timer.builder("samspill.nudges.lag")
          .description("From when a nudge fell due to when it was sent")
          .tag("kind", name(kind))
          .serviceLevelObjectives(LAG_BUCKETS)
          .register(registry)
          .record(late.isNegative() ? Duration.ZERO : late);
    }
  }

  @Override
  public void retried(NudgeKind kind) {
    nudges(kind, "retried").increment();
  }

  @Override
  public void claimed(int size, Duration took) {
    registry.timer("samspill.dispatch.claims").record(took);
    DistributionSummary.builder("samspill.dispatch.batch.size")
        .baseUnit("nudges")
        .register(registry)
        .record(size);
  }

  @Override
  public void batchDone(int size, Duration took) {
    registry.timer("samspill.dispatch.batches").record(took);
  }

  @Override
  public void ran(ImportReport report) {
    String source = sourceKind(report.source());
    registry
        .counter(
            "samspill.imports", "source", source, "outcome", report.succeeded() ? "ok" : "failed")
        .increment();
    registry
        .counter("samspill.imports.problems", "source", source)
        .increment(report.problems().size());
  }

  @Override
  public void answered(String platform, String method, int status, Duration took) {
    registry
        .timer(
            "samspill.platform.calls",
            "platform",
            platform,
            "method",
            method,
            "status",
            status == NO_ANSWER ? "none" : Integer.toString(status))
        .record(took);
  }

  private Counter nudges(NudgeKind kind, String outcome) {
    return registry.counter("samspill.nudges", "kind", name(kind), "outcome", outcome);
  }

  /** "ics:body-1" and "einnsyn:body-1" are counted by kind: bodies come and go. */
  static String sourceKind(String source) {
    int colon = source.indexOf(':');
    return colon > 0 ? source.substring(0, colon) : "other";
  }

  private static String name(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }
}
