package no.samspill.adapter.teams;

import com.microsoft.bot.restclient.RestException;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import no.samspill.core.delivery.Delivery;
import no.samspill.core.delivery.Pacer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One send to the Bot Connector, bounded in time, and what its failure means: 412, 429 (after its
 * Retry-After), 5xx, time-outs and I/O errors may pass later and are retried by the pacer; 403 and
 * 404 mean the bot was removed or the conversation is gone, so they are final.
 */
class Deliveries {

  private static final Logger log = LoggerFactory.getLogger(Deliveries.class);

  private final TeamsProperties.Retry retry;

  Deliveries(TeamsProperties.Retry retry) {
    this.retry = retry;
  }

  /** What one failed attempt means for the next one. */
  record Failure(Kind kind, String detail, Duration retryAfter) {
    enum Kind {
      TRANSIENT,
      PERMANENT,
      FATAL
    }
  }

  /**
   * One paced attempt, bounded in time: the outcome, or {@link Pacer.Throttled} when it may pass
   * later (the pacer then waits the back-off, with jitter, and tries again).
   */
  Delivery once(Supplier<CompletableFuture<?>> send, int attempt) {
    Failure failure;
    try {
      send.get().get(retry.timeout().toMillis(), TimeUnit.MILLISECONDS);
      return Delivery.delivered();
    } catch (TimeoutException e) {
      failure = new Failure(Failure.Kind.TRANSIENT, "timed out", null);
    } catch (ExecutionException e) {
      failure = classify(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Delivery.failed("interrupted");
    } catch (RuntimeException e) {
      failure = classify(e);
    }
    return switch (failure.kind()) {
      case PERMANENT -> Delivery.unreachable(failure.detail());
      case FATAL -> Delivery.failed(failure.detail());
      case TRANSIENT -> {
        log.info("Teams send failed ({}), attempt {}", failure.detail(), attempt);
        throw new Pacer.Throttled(jitter(backoff(attempt, failure.retryAfter())));
      }
    };
  }

  /** Microsoft asks for exponential back-off with random jitter, so retries do not collide. */
  static Duration jitter(Duration wait) {
    long millis = wait.toMillis();
    return Duration.ofMillis(millis + ThreadLocalRandom.current().nextLong(millis / 5 + 1));
  }

  Duration backoff(int attempt, Duration retryAfter) {
    Duration wait =
        retryAfter != null ? retryAfter : retry.firstBackoff().multipliedBy(1L << (attempt - 1));
    return wait.compareTo(retry.maxBackoff()) > 0 ? retry.maxBackoff() : wait;
  }

  static Failure classify(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof RestException rest && rest.response() != null) {
        int code = rest.response().code();
        String detail = "HTTP " + code;
        if (code == 429) {
          return new Failure(
              Failure.Kind.TRANSIENT,
              detail,
              retryAfter(rest.response().headers().get("Retry-After")));
        }
        if (code >= 500 || code == 408 || code == 412) {
          return new Failure(Failure.Kind.TRANSIENT, detail, null);
        }
        if (code == 403 || code == 404) {
          return new Failure(Failure.Kind.PERMANENT, detail, null);
        }
        return new Failure(Failure.Kind.FATAL, detail, null);
      }
      if (t instanceof IOException || t instanceof TimeoutException) {
        return new Failure(Failure.Kind.TRANSIENT, t.getClass().getSimpleName(), null);
      }
    }
    return new Failure(Failure.Kind.FATAL, String.valueOf(error), null);
  }

  /** Retry-After in seconds; an HTTP date or garbage falls back to our own back-off. */
  static Duration retryAfter(String header) {
    if (header == null) {
      return null;
    }
    try {
      return Duration.ofSeconds(Math.max(0, Long.parseLong(header.trim())));
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
