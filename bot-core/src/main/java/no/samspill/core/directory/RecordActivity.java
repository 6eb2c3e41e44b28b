package no.samspill.core.directory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Use case: notes that a leader wrote or clicked something. Written at most once per leader per
 * {@link #EVERY} from one instance, so an inbound turn pays a round trip for it only every few
 * minutes; a failed write is logged and the turn goes on without it.
 */
public final class RecordActivity {

  /** How coarse the stored time may be: the console shows a day, so minutes are plenty. */
  public static final Duration EVERY = Duration.ofMinutes(5);

  /** Leaders whose last write is remembered; one forgotten costs only an early write. */
  static final int REMEMBERED = 10_000;

  private static final Logger log = LoggerFactory.getLogger(RecordActivity.class);

  private final LeaderActivity activity;
  private final Clock clock;
  private final Map<LeaderId, Instant> written =
      new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<LeaderId, Instant> eldest) {
          return size() > REMEMBERED;
        }
      };

  public RecordActivity(LeaderActivity activity, Clock clock) {
    this.activity = activity;
    this.clock = clock;
  }

  /** The leader is active now: stored unless this instance stored it less than EVERY ago. */
  public void seen(Leader leader) {
    Instant now = clock.instant();
    synchronized (written) {
      Instant last = written.get(leader.id());
      if (last != null && !now.isBefore(last) && now.isBefore(last.plus(EVERY))) {
        return;
      }
      // Remembered before the write: a database that is away is not asked again on every turn.
      written.put(leader.id(), now);
    }
    try {
      activity.record(leader.tenantId(), leader.id(), now);
    } catch (RuntimeException e) {
      log.warn("Could not store a leader's last activity: {}", e.toString());
    }
  }
}
