package no.samspill.core.reflection;

import java.time.Instant;
import java.util.Objects;
import no.samspill.core.directory.LeaderId;

/**
 * That a leader ran a flow, and when it started and (if it did) finished: all participation counts
 * need, without a single answer, so private reflections can be counted without being read.
 */
public record FlowActivity(LeaderId leaderId, Phase phase, Instant startedAt, Instant completedAt) {

  public FlowActivity {
    Objects.requireNonNull(leaderId, "leaderId");
    Objects.requireNonNull(startedAt, "startedAt");
  }

  public static FlowActivity of(Reflection r) {
    return new FlowActivity(
        r.leaderId(),
        r.phase(),
        r.startedAt(),
        r.status() == ReflectionStatus.COMPLETED ? r.completedAt() : null);
  }
}
