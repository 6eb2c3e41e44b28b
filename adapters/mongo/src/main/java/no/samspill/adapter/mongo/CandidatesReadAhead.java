package no.samspill.adapter.mongo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import no.samspill.adapter.mongo.MongoNudgeClaims.Candidate;

/**
 * The due nudges read beyond the batch a claim asked for, taken by the claims that follow, so one
 * query serves several batches: on FerretDB each such query reads a day or two of planned nudges,
 * or all of them when it sweeps. Taking a candidate from here is safe however stale it is, because
 * the claim's update tests status and due time again per document; it only stops being fair to
 * nudges that fell due since, so the candidates are taken for a moment only.
 */
final class CandidatesReadAhead {

  /** How many batches one query reads. */
  static final int BATCHES = 5;

  /** How long the candidates read are taken before the server is asked again. */
  static final Duration FOR = Duration.ofSeconds(1);

  private final Deque<Candidate> ahead = new ArrayDeque<>();
  private Instant readAt = Instant.MIN;

  /** A whole batch from what was read within the moment before {@code now}, if there is one. */
  synchronized Optional<List<Candidate>> take(Instant now, int limit) {
    boolean fresh = !now.isBefore(readAt) && now.isBefore(readAt.plus(FOR));
    if (!fresh || ahead.size() < limit) {
      // What is left comes back in the next query, with what fell due meanwhile.
      ahead.clear();
      return Optional.empty();
    }
    List<Candidate> batch = new ArrayList<>(limit);
    for (int i = 0; i < limit; i++) {
      batch.add(ahead.poll());
    }
    return Optional.of(batch);
  }

  /** Keeps the candidates a query read at {@code now} beyond the batch it was made for. */
  synchronized void keep(Instant now, List<Candidate> beyondBatch) {
    ahead.clear();
    ahead.addAll(beyondBatch);
    readAt = now;
  }

  synchronized void forget() {
    ahead.clear();
  }
}
