package no.samspill.adapter.mongo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Many look-ups by {@code _id}, a few at a time, for a server that reads every document for an id
 * list (FerretDB 1.x): each look-up is one round trip served from its index, and one after the
 * other they add up (about 1.4 ms each there, 0.75 ms with eight at once).
 */
final class ReadsById {

  /** Well below FerretDB's PostgreSQL pool, which the dispatcher's own writes share. */
  static final int AT_ONCE = 8;

  private static final AtomicInteger THREADS = new AtomicInteger();

  // Shared by every store, daemon and idle-timed: nothing to stop at shutdown, no thread kept idle.
  private static final ThreadPoolExecutor POOL =
      new ThreadPoolExecutor(
          AT_ONCE,
          AT_ONCE,
          30,
          TimeUnit.SECONDS,
          new LinkedBlockingQueue<>(),
          task -> {
            Thread thread = new Thread(task, "samspill-reads-by-id-" + THREADS.incrementAndGet());
            thread.setDaemon(true);
            return thread;
          });

  static {
    POOL.allowCoreThreadTimeOut(true);
  }

  private ReadsById() {}

  /**
   * What {@code read} finds for each id, in no particular order; a failure of any look-up is thrown
   * as it was thrown, after the others have ended.
   */
  static <I, T> List<T> each(Collection<I> ids, Function<I, Optional<T>> read) {
    if (ids.size() <= 1) {
      return ids.stream().map(read).flatMap(Optional::stream).toList();
    }
    List<CompletableFuture<Optional<T>>> reads = new ArrayList<>(ids.size());
    for (I id : ids) {
      reads.add(CompletableFuture.supplyAsync(() -> read.apply(id), POOL));
    }
    List<T> found = new ArrayList<>(ids.size());
    RuntimeException failure = null;
    for (CompletableFuture<Optional<T>> pending : reads) {
      try {
        pending.join().ifPresent(found::add);
      } catch (CompletionException e) {
        if (failure == null) {
          failure =
              e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e);
        }
      }
    }
    if (failure != null) {
      throw failure;
    }
    return found;
  }
}
