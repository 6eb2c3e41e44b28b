package no.samspill.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the whole application for a test: on the embedded server with its data in the given file,
 * or on the real MongoDB named by MONGODB_URI, in a database of its own.
 */
public final class TestApp {

  private TestApp() {}

  public static ConfigurableApplicationContext start(
      Path dataFile, String database, String... extra) {
    List<String> args = new ArrayList<>();
    args.add("--server.port=0");
    args.add("--samspill.mongodb.embedded-file=" + dataFile);
    args.add("--samspill.mongodb.database=" + database);
    args.add("--samspill.web.demo=true");
    args.add("--samspill.sample-data.enabled=true");
    for (String property : extra) {
      args.add("--" + property);
    }
    // Command-line arguments, so they win over application.yml as they would in production.
    return new SpringApplicationBuilder(SamspillApplication.class).run(args.toArray(String[]::new));
  }

  public static String newDatabase() {
    return "test-" + UUID.randomUUID();
  }
}
