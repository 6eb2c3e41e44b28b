package no.samspill.core.imports;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Port: reads one kind of source; its adapter also knows the deployment's configured ones. */
public interface SourceReader {

  ImportSource.Kind kind();

  /** How often its sources are polled. */
  Duration pollInterval();

  /** How far ahead meetings are imported. */
  Duration horizon();

  /**
   * The longest one read may take within the reader's own time limits, so a claim on the source
   * outlasts the run that holds it.
   */
  Duration longestRead();

  /** The sources from the deployment's configuration (environment variables). */
  List<ImportSource> configured();

  /** Reads the source; throws {@link UnreadableSourceException} when it cannot be read at all. */
  MeetingFeed read(ImportSource source, Instant from, Instant to);
}
