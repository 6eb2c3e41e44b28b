package no.samspill.core.imports;

/**
 * Port: what imports count for their operators (metrics): each run's outcome and its problems, by
 * the kind of source ("ics", "einnsyn"). Never a meeting's content.
 */
public interface ImportMetrics {

  /** Counts nothing: for tests and tools that need no metrics. */
  ImportMetrics NONE = report -> {};

  /** One import ran (or its source could not be read) and gave this report. */
  void ran(ImportReport report);
}
