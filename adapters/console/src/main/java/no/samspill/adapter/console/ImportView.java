package no.samspill.adapter.console;

import java.io.Serializable;
import java.util.List;
import no.samspill.core.imports.ImportProblem;
import no.samspill.core.imports.ImportReport;

/**
 * An import's report as the coordinator reads it: the counts, and each problem with where it is in
 * the file and why, in their language. Kept as text, so it can wait in the session for the
 * redirect.
 */
record ImportView(int created, int updated, int cancelled, int unchanged, List<Problem> problems)
    implements Serializable {

  /** One item that was not imported: where it is (the line, else the source's name), and why. */
  record Problem(String where, String why) implements Serializable {}

  static ImportView of(ImportReport report, ConsoleText t) {
    return new ImportView(
        report.created(),
        report.updated(),
        report.cancelled(),
        report.unchanged(),
        report.problems().stream().map(p -> problem(p, t)).toList());
  }

  private static Problem problem(ImportProblem problem, ConsoleText t) {
    String where =
        problem.line() != null
            ? t.m("console.bodies.import.line", problem.line())
            : t.m("console.bodies.import.item", problem.item());
    return new Problem(where, t.m("console.bodies.import.why." + problem.why().name()));
  }
}
