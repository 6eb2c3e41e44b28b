package no.samspill.adapter.console;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import no.samspill.core.insight.Insight.Figure;
import no.samspill.core.insight.Insight.Figures;

/**
 * Turns insight figures into tables whose cells carry a bar: the table is the chart and its text
 * alternative at once, so a hidden figure cannot show in one and not in the other.
 */
final class InsightCharts {

  /** What a cell says, and the bar's length in percent of the column's scale (none: no bar). */
  record Cell(String text, Integer percent) {}

  record Row(String label, List<Cell> cells) {}

  record Chart(List<String> columns, List<Row> rows) {}

  /** A number as shown, or none when it is hidden or there is nothing to show. */
  record Value(Double number, String text) {}

  /**
   * A column: its heading, a value per row, and the scale its bars are drawn to (none: no bars).
   */
  record Column(String heading, List<Value> values, Double scale) {}

  private final ConsoleText t;
  private final Value hidden;

  InsightCharts(ConsoleText t, int threshold) {
    this.t = t;
    this.hidden = new Value(null, t.m("console.insight.hidden", threshold));
  }

  Value count(Figure figure) {
    return figure.shown()
        ? new Value(figure.value().doubleValue(), Integer.toString(figure.value()))
        : hidden;
  }

  Value average(Double average) {
    return average == null
        ? hidden
        : new Value(average, String.format(t.language().locale(), "%.1f", average));
  }

  List<Value> counts(List<Figures> rows, Function<Figures, Figure> pick) {
    return rows.stream().map(f -> count(pick.apply(f))).toList();
  }

  /** Bars to the column's largest shown number. */
  Column bars(String key, List<Value> values) {
    double max =
        values.stream().mapToDouble(v -> v.number() == null ? 0 : v.number()).max().orElse(0);
    return new Column(t.m("console.insight.col." + key), values, max > 0 ? max : null);
  }

  Column bars(String key, List<Value> values, double scale) {
    return new Column(t.m("console.insight.col." + key), values, scale);
  }

  Column numbers(String heading, List<Value> values) {
    return new Column(heading, values, null);
  }

  Chart chart(List<String> labels, List<Column> columns) {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < labels.size(); i++) {
      List<Cell> cells = new ArrayList<>();
      for (Column column : columns) {
        cells.add(cell(column.values().get(i), column.scale()));
      }
      rows.add(new Row(labels.get(i), cells));
    }
    return new Chart(columns.stream().map(Column::heading).toList(), rows);
  }

  private static Cell cell(Value value, Double scale) {
    if (value.number() == null || scale == null) {
      return new Cell(value.text(), null);
    }
    // A shown number above zero always gets a visible bar, however short.
    long percent = Math.round(value.number() / scale * 100);
    return new Cell(value.text(), (int) Math.max(value.number() > 0 ? 1 : 0, percent));
  }
}
