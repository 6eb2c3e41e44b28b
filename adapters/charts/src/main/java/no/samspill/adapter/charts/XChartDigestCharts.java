package no.samspill.adapter.charts;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import no.samspill.core.digest.DigestCharts;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.Styler;

/** A grouped bar chart, 800×450, in calm colours that survive a dark Slack or Teams theme. */
final class XChartDigestCharts implements DigestCharts {

  private static final Color[] SERIES = {new Color(0x1F4E79), new Color(0x4CA38A)};

  @Override
  public byte[] barChart(String title, List<String> categories, Map<String, List<Integer>> series) {
    CategoryChart chart = new CategoryChartBuilder().width(800).height(450).title(title).build();
    chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
    chart.getStyler().setSeriesColors(SERIES);
    chart.getStyler().setChartBackgroundColor(Color.WHITE);
    chart.getStyler().setPlotGridVerticalLinesVisible(false);
    chart.getStyler().setDecimalPattern("#");
    chart.getStyler().setXAxisLabelRotation(15);
    series.forEach((name, values) -> chart.addSeries(name, categories, values));
    try {
      return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not draw the chart " + title, e);
    }
  }
}
