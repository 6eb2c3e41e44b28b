package no.samspill.app;

import de.bwaldvogel.mongo.MongoServer;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.samspill.core.delivery.ChatChannel;
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
    return new SpringApplicationBuilder(SamspillApplication.class)
        .run(args(dataFile.toString(), database, extra));
  }

  /**
   * Command-line arguments, so they win over application.yml as they would in production. An extra
   * without {@code =} removes that property, so the profile's own default applies.
   */
  static String[] args(String dataFile, String database, String... extra) {
    Map<String, String> properties = new LinkedHashMap<>();
    properties.put("server.port", "0");
    properties.put("samspill.mongodb.embedded-file", dataFile);
    properties.put("samspill.mongodb.database", database);
    properties.put("samspill.web.demo", "true");
    properties.put("samspill.sample-data.enabled", "true");
    for (String property : extra) {
      String[] keyValue = property.split("=", 2);
      if (keyValue.length == 1) {
        properties.remove(keyValue[0]);
      } else {
        properties.put(keyValue[0], keyValue[1]);
      }
    }
    List<String> args = new ArrayList<>();
    properties.forEach((key, value) -> args.add("--" + key + "=" + value));
    return args.toArray(String[]::new);
  }

  /** Starts with a controllable clock and an extra chat channel, with Quartz switched off. */
  static ConfigurableApplicationContext start(
      Path dataFile, String database, Clock clock, ChatChannel channel, String... extra) {
    String[] properties = new String[extra.length + 1];
    properties[0] = "samspill.scheduling.enabled=false";
    System.arraycopy(extra, 0, properties, 1, extra.length);
    return builder(clock, channel).run(args(dataFile.toString(), database, properties));
  }

  /** A second instance on the first one's database (its embedded server, or the real MongoDB). */
  static ConfigurableApplicationContext startOnServerOf(
      ConfigurableApplicationContext first,
      String database,
      Clock clock,
      ChatChannel channel,
      String... extra) {
    String uri = first.getEnvironment().getProperty("samspill.mongodb.uri");
    if (onEmbeddedServer(first)) {
      MongoServer server = first.getBean(MongoServer.class);
      uri = "mongodb://127.0.0.1:" + server.getLocalAddress().getPort();
    }
    List<String> properties =
        new ArrayList<>(
            List.of(
                "samspill.scheduling.enabled=false",
                "samspill.mongodb.uri=" + uri,
                "samspill.sample-data.enabled=false"));
    properties.addAll(List.of(extra));
    return builder(clock, channel).run(args("memory", database, properties.toArray(String[]::new)));
  }

  /** Whether the app stores on an embedded server it started itself (no MONGODB_URI). */
  static boolean onEmbeddedServer(ConfigurableApplicationContext app) {
    String uri = app.getEnvironment().getProperty("samspill.mongodb.uri");
    return uri == null || uri.isBlank();
  }

  private static SpringApplicationBuilder builder(Clock clock, ChatChannel channel) {
    return new SpringApplicationBuilder(SamspillApplication.class)
        .initializers(
            context -> {
              context.getBeanFactory().registerSingleton("testClock", clock);
              context.getBeanFactory().registerSingleton("testChannel", channel);
            });
  }

  public static String newDatabase() {
    return "test-" + UUID.randomUUID();
  }
}
