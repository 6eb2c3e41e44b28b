package no.samspill.core.imports;

import java.util.List;

/**
 * The outcome of one import. {@code failure} is set when nothing was applied (the source could not
 * be read at all); the last good data is then left as it was.
 */
public record ImportReport(
    String source,
    int created,
    int updated,
    int cancelled,
    int unchanged,
    List<ImportProblem> problems,
    String failure) {

  public ImportReport {
    problems = problems == null ? List.of() : List.copyOf(problems);
  }

  public static ImportReport failed(String source, String failure) {
    return new ImportReport(source, 0, 0, 0, 0, List.of(), failure);
  }

  public boolean succeeded() {
    return failure == null;
  }
}
