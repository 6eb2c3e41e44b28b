package no.samspill.adapter.teams;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import no.samspill.core.conversation.HandleMessage;
import no.samspill.core.conversation.IncomingMessage;
import no.samspill.core.conversation.TextReply;
import no.samspill.core.conversation.Turn;
import no.samspill.core.language.Language;
import no.samspill.testing.teams.FakeBotFramework;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/** Only the Teams adapter, on an in-memory MongoDB, with a recording stand-in for the engine. */
@SpringBootConfiguration
@EnableAutoConfiguration
class TeamsTestApplication {

  /**
   * Remembers every message and answers "svar: " plus its text; asks a channel's e-mail look-up
   * every time, as any engine may; fails with {@code failure} when set (storage away).
   */
  static class RecordingEngine implements HandleMessage {
    final List<IncomingMessage> received = new CopyOnWriteArrayList<>();
    volatile RuntimeException failure;

    @Override
    public Turn handle(IncomingMessage message) {
      if (failure != null) {
        throw failure;
      }
      received.add(message);
      return new Turn(
          List.of(new TextReply("svar: " + message.text())),
          Language.fromLocaleTag(message.user().localeTag()),
          Turn.Outcome.ANSWERED);
    }
  }

  @Bean
  RecordingEngine handleMessage() {
    return new RecordingEngine();
  }

  record Running(ConfigurableApplicationContext context, MongoServer mongo, String baseUrl)
      implements AutoCloseable {
    @Override
    public void close() {
      context.close();
      mongo.shutdownNow();
    }
  }

  static Running start(FakeBotFramework fake) {
    return start(fake.properties());
  }

  static Running start(String... properties) {
    MongoServer mongo = new MongoServer(new MemoryBackend());
    InetSocketAddress address = mongo.bind();
    List<String> args = new ArrayList<>();
    args.add("--server.port=0");
    args.add("--spring.mongodb.uri=mongodb://127.0.0.1:" + address.getPort() + "/teams-test");
    for (String property : properties) {
      args.add("--" + property);
    }
    ConfigurableApplicationContext context;
    try {
      context =
          new SpringApplicationBuilder(TeamsTestApplication.class).run(args.toArray(String[]::new));
    } catch (RuntimeException e) {
      mongo.shutdownNow();
      throw e;
    }
    String port = context.getEnvironment().getProperty("local.server.port");
    return new Running(context, mongo, "http://localhost:" + port);
  }
}
