package no.samspill.core.imports;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** A feed reader that answers what the test set, or fails as told; counts its reads. */
final class FakeSourceReader implements SourceReader {

  final List<ImportSource> configured = new ArrayList<>();
  final AtomicInteger reads = new AtomicInteger();
  volatile MeetingFeed feed = new MeetingFeed(List.of(), List.of(), true);
  volatile UnreadableSourceException failure;

  /** Runs inside each read, e.g. a second "import now" pressed while this one reads. */
  volatile Runnable whileReading = () -> {};

  @Override
  public ImportSource.Kind kind() {
    return ImportSource.Kind.ICS;
  }

  @Override
  public Duration pollInterval() {
    return Duration.ofMinutes(30);
  }

  @Override
  public Duration horizon() {
    return Duration.ofDays(366);
  }

  @Override
  public Duration longestRead() {
    return Duration.ofMinutes(1);
  }

  @Override
  public List<ImportSource> configured() {
    return configured;
  }

  @Override
  public MeetingFeed read(ImportSource source, Instant from, Instant to) {
    reads.incrementAndGet();
    Runnable during = whileReading;
    whileReading = () -> {};
    during.run();
    if (failure != null) {
      throw failure;
    }
    return feed;
  }
}
