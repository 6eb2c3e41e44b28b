package no.samspill.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.springframework.boot.test.system.CapturedOutput;

/**
 * What an end-to-end test class's app wrote to its log (captured with OutputCaptureExtension) holds
 * none of the secrets, names and reflection texts the test used.
 */
public final class LogLeaks {

  private LogLeaks() {}

  /** The sample municipality's leaders, as the web chat's tests meet them. */
  public static final List<String> SAMPLE_NAMES =
      List.of("Kari Nordmann", "Ola Hauge", "Ingrid Berg", "Per Olsen");

  public static void assertNone(CapturedOutput output, List<String> secrets) {
    String log = output.getAll();
    // The capture saw the app start, so an empty capture cannot pass for a clean log.
    assertThat(log).contains("Tomcat started on port");
    assertThat(secrets).isNotEmpty();
    for (String secret : secrets) {
      assertThat(log.contains(secret))
          .as("the log holds \"%s\" at: %s", secret, around(log, secret))
          .isFalse();
    }
  }

  private static String around(String log, String secret) {
    int at = log.indexOf(secret);
    if (at < 0) {
      return "";
    }
    int start = log.lastIndexOf('\n', at) + 1;
    int end = log.indexOf('\n', at);
    return log.substring(start, end < 0 ? log.length() : end);
  }
}
