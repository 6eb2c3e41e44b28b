package no.samspill.app.operations;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.samspill.core.schedule.NudgeStatus;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/**
 * How many nudges wait in the store, planned or claimed, across instances: counted in MongoDB at
 * most every {@link #FRESH} however often Prometheus scrapes; NaN while the database is away.
 */
final class NudgeBacklog implements MeterBinder {

  static final Duration FRESH = Duration.ofSeconds(15);
  private static final List<NudgeStatus> WAITING =
      List.of(NudgeStatus.PLANNED, NudgeStatus.CLAIMED);

  private final MongoTemplate mongo;
  private final Map<NudgeStatus, Double> counts = new EnumMap<>(NudgeStatus.class);
  private long countedAt;

  NudgeBacklog(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    for (NudgeStatus status : WAITING) {
      Gauge.builder("samspill.nudges.waiting", this, backlog -> backlog.count(status))
          .description("Nudges stored as planned or claimed, on every instance")
          .tag("status", status.name().toLowerCase(Locale.ROOT))
          .register(registry);
    }
  }

  synchronized double count(NudgeStatus status) {
    long now = System.nanoTime();
    if (counts.isEmpty() || now - countedAt > FRESH.toNanos()) {
      countedAt = now;
      for (NudgeStatus waiting : WAITING) {
        counts.put(waiting, countOrNaN(waiting));
      }
    }
    return counts.get(status);
  }

  private double countOrNaN(NudgeStatus status) {
    try {
      // The collection and field are the Mongo adapter's (MongoNudges), as the health check's are.
      return mongo.count(Query.query(where("status").is(status)), "nudges");
    } catch (RuntimeException e) {
      return Double.NaN;
    }
  }
}
