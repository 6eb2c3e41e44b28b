package no.samspill.core.imports;

import java.time.Instant;

/**
 * One run of a source: when, and what it changed, or why it changed nothing ({@code failure}, with
 * {@code detail} such as the HTTP status). Never an exception's text.
 */
public record ImportRun(
    Instant at,
    int created,
    int updated,
    int cancelled,
    int unchanged,
    int problems,
    ImportFailure failure,
    String detail) {

  public static ImportRun of(ImportReport report, Instant at) {
    return new ImportRun(
        at,
        report.created(),
        report.updated(),
        report.cancelled(),
        report.unchanged(),
        report.problems().size(),
        null,
        null);
  }

  public static ImportRun failed(Instant at, ImportFailure failure, String detail) {
    return new ImportRun(at, 0, 0, 0, 0, 0, failure, detail);
  }

  public boolean succeeded() {
    return failure == null;
  }
}
