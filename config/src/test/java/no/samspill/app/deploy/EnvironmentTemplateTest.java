package no.samspill.app.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** deploy/.env.example lists every variable the app reads, and only those, with no secret in it. */
class EnvironmentTemplateTest {

  static final Path ROOT = Path.of("..");
  private static final Pattern ENTRY = Pattern.compile("^#? ?([A-Za-z_][A-Za-z0-9_]*)=(.*)$");
  private static final Pattern CODE = Pattern.compile("`([^`]+)`");

  private final AppVariables app = new AppVariables(ROOT.resolve("config/src/main/resources"));

  @Test
  void everyVariableInTheTemplateIsOneTheAppReads() throws IOException {
    assertThat(template()).hasSizeGreaterThan(40);
    assertThat(template().keySet()).allSatisfy(v -> assertThat(app.reads(v)).as(v).isTrue());
  }

  @Test
  void everyPropertyTheAppBindsHasAVariableInTheTemplate() throws IOException {
    assertThat(app.propertyCount()).isGreaterThan(40);
    assertThat(app.propertiesNotSetBy(template().keySet())).isEmpty();
  }

  @Test
  void everyVariableTheReadmeListsIsInTheTemplate() throws IOException {
    List<String> documented = readmeVariables();
    assertThat(documented).hasSizeGreaterThan(40).contains("MONGODB_URI", "SLACK_BOT_TOKEN");
    assertThat(template().keySet()).containsAll(documented);
  }

  @Test
  void secretsInTheTemplateAreEmpty() throws IOException {
    template()
        .forEach(
            (name, value) -> {
              // A connection string is a secret once it carries credentials.
              if (DeployFilesTest.secretLike(name)) {
                assertThat(value.isEmpty() || name.endsWith("URI") && !value.contains("@"))
                    .as(name + "=" + value)
                    .isTrue();
              }
            });
  }

  @Test
  void theReaderRefusesWhatTheAppDoesNotRead() {
    assertThat(app.reads("SAMSPILL_SCHEDULING_MAXINFLIGHT")).isTrue();
    assertThat(app.reads("SAMSPILL_CALENDAR_FEEDS_0_TENANT_ID")).isTrue();
    assertThat(app.reads("SAMSPILL_SCHEDULING_MAXINFLIGHTS")).isFalse();
    assertThat(app.reads("SAMSPILL_SCHEDULING")).isFalse();
  }

  /** Each variable of .env.example, set or commented out, with its value. */
  static Map<String, String> template() throws IOException {
    Map<String, String> entries = new LinkedHashMap<>();
    for (String line : Files.readAllLines(ROOT.resolve("deploy/.env.example"))) {
      Matcher m = ENTRY.matcher(line);
      if (m.matches()) {
        entries.put(m.group(1), m.group(2).trim());
      }
    }
    return entries;
  }

  /** The variables in the first column of the README's configuration table. */
  static List<String> readmeVariables() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"));
    int start = readme.indexOf("\n## Configuration\n");
    String section = readme.substring(start, readme.indexOf("\n##", start + 5));
    List<String> variables = new ArrayList<>();
    for (String line : section.lines().filter(l -> l.startsWith("| `")).toList()) {
      String first = null;
      Matcher m = CODE.matcher(line.split("\\|")[1]);
      while (m.find()) {
        String name = m.group(1);
        if (first == null) {
          first = name;
          variables.add(name);
        } else {
          // "…_BODY_ID" after "X_0_TENANT_ID" shares the part up to the index (or the last _).
          Matcher indexed = Pattern.compile("^(.*_\\d+_)").matcher(first);
          String prefix =
              indexed.find() ? indexed.group(1) : first.substring(0, first.lastIndexOf('_') + 1);
          variables.add(name.startsWith("…_") ? prefix + name.substring(2) : name);
        }
      }
    }
    return variables;
  }
}
