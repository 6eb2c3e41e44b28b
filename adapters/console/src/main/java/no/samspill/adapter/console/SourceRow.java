package no.samspill.adapter.console;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;
import no.samspill.core.casework.BodyId;
import no.samspill.core.imports.ImportFromSources.SourceStatus;
import no.samspill.core.imports.ImportRun;
import no.samspill.core.imports.ImportSource;

/**
 * One import source as the coordinator reads it: its kind, body, where it is (a feed's address
 * without its query, which may be the calendar's secret), where it was configured, and its last run
 * in words; a source that repeats another says so (it is imported once, through that one).
 */
record SourceRow(
    String id,
    String kind,
    String body,
    String where,
    boolean configured,
    String lastRun,
    boolean failed,
    String problems,
    String repeats) {

  static SourceRow of(SourceStatus status, Map<BodyId, String> bodies, ConsoleText t, ZoneId zone) {
    ImportSource s = status.source();
    String body = bodies.getOrDefault(s.body(), s.body().value());
    ImportRun run = status.lastRun().orElse(null);
    return new SourceRow(
        s.id(),
        t.m("console.sources.kind." + s.kind().name()),
        body,
        where(s, t),
        s.configured(),
        run == null ? t.m("console.sources.never") : result(run, t, zone),
        run != null && !run.succeeded(),
        run == null || run.problems() == 0
            ? null
            : t.m("console.sources.run.problems", run.problems()),
        status
            .importedBy()
            .map(
                by ->
                    t.m(
                        by.configured()
                            ? "console.sources.repeat.configured"
                            : "console.sources.repeat.stored"))
            .orElse(null));
  }

  private static String where(ImportSource s, ConsoleText t) {
    if (s.kind() == ImportSource.Kind.ICS) {
      return shown(s.url());
    }
    return s.utvalg() == null
        ? t.m("console.sources.unit", s.unit())
        : t.m("console.sources.unit.utvalg", s.unit(), s.utvalg());
  }

  static String shown(String url) {
    return ImportSource.withoutQuery(url);
  }

  private static String result(ImportRun run, ConsoleText t, ZoneId zone) {
    String when = time(run.at(), t, zone);
    if (run.succeeded()) {
      return t.m("console.sources.run.ok", when, run.created(), run.updated(), run.cancelled());
    }
    String why = t.m("console.sources.failure." + run.failure().name(), run.detail());
    return t.m("console.sources.run.failed", when, why);
  }

  private static String time(Instant at, ConsoleText t, ZoneId zone) {
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
        .withLocale(t.language().locale())
        .format(at.atZone(zone));
  }
}
