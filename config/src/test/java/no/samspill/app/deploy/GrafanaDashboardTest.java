package no.samspill.app.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** deploy/grafana's dashboard queries exactly the metrics README "Operating" documents. */
class GrafanaDashboardTest {

  private static final Path ROOT = Path.of("..");
  private static final Pattern METRIC = Pattern.compile("samspill_[a-z_]+");
  private static final Pattern SERIES = Pattern.compile("_(count|sum|max|bucket)$");

  @Test
  void everyQueriedMetricIsDocumentedAndEveryDocumentedOneIsOnTheDashboard() throws IOException {
    Set<String> documented = documented();
    Set<String> queried = queried();

    assertThat(documented).hasSizeGreaterThanOrEqualTo(10).contains("samspill_nudges_lag_seconds");
    assertThat(queried).isEqualTo(documented);
  }

  /** The metric names in the first column of the Operating section's table. */
  private static Set<String> documented() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"));
    int start = readme.indexOf("\n## Operating\n");
    assertThat(start).as("README has an Operating section").isPositive();
    String section = readme.substring(start, readme.indexOf("\n## ", start + 5));
    Set<String> names = new TreeSet<>();
    section
        .lines()
        .filter(l -> l.startsWith("| `samspill_"))
        .forEach(l -> names.add(l.substring(3, l.indexOf('`', 3))));
    return names;
  }

  /** The metrics the panels' queries use, without Prometheus' series suffixes. */
  private static Set<String> queried() throws IOException {
    JsonNode dashboard =
        JsonMapper.builder()
            .build()
            .readTree(Files.readString(ROOT.resolve("deploy/grafana/samspill-dashboard.json")));
    Set<String> names = new TreeSet<>();
    for (JsonNode panel : dashboard.get("panels")) {
      assertThat(panel.get("targets")).as(panel.get("title").asString()).isNotEmpty();
      for (JsonNode target : panel.get("targets")) {
        Matcher m = METRIC.matcher(target.get("expr").asString());
        while (m.find()) {
          names.add(SERIES.matcher(m.group()).replaceFirst(""));
        }
      }
    }
    return names;
  }
}
