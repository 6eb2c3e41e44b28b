package no.samspill.core.digest;

import java.util.List;
import java.util.Map;

/** Port: draws a grouped bar chart as a PNG. */
public interface DigestCharts {
  /** {@code series} maps a legend label to one value per category, in the categories' order. */
  byte[] barChart(String title, List<String> categories, Map<String, List<Integer>> series);
}
