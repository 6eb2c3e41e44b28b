package no.samspill.adapter.teams;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import no.samspill.core.conversation.HandleMessage;
import no.samspill.core.conversation.IncomingMessage;
import no.samspill.core.conversation.TextReply;
import no.samspill.core.conversation.Turn;
import no.samspill.core.directory.ChatIdentity;
import no.samspill.core.directory.Leader;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.directory.Leaders;
import no.samspill.core.directory.TenantId;
import no.samspill.core.language.Language;
import no.samspill.testing.teams.FakeBotFramework;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * Only the Teams adapter, on an in-memory MongoDB, with a recording stand-in for the engine and an
 * empty directory of leaders.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
class TeamsTestApplication {

  /** Remembers every message and answers "svar: " plus its text. */
  static class RecordingEngine implements HandleMessage {
    final List<IncomingMessage> received = new CopyOnWriteArrayList<>();

    @Override
    public Turn handle(IncomingMessage message) {
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

  /** Nobody is known yet: every sender is on first contact; the directory can go away. */
  static class NobodyKnown implements Leaders {
    volatile RuntimeException failure;

    @Override
    public Optional<Leader> findById(LeaderId id) {
      return Optional.empty();
    }

    @Override
    public Optional<LeaderId> findByIdentity(ChatIdentity identity) {
      if (failure != null) {
        throw failure;
      }
      return Optional.empty();
    }

    @Override
    public Optional<Leader> findByEmail(TenantId tenant, String email) {
      return Optional.empty();
    }

    @Override
    public List<Leader> findByTenant(TenantId tenant) {
      return List.of();
    }

    @Override
    public void save(Leader leader) {
      throw new UnsupportedOperationException("the adapter never saves leaders");
    }

    @Override
    public LeaderId linkIdentity(ChatIdentity identity, LeaderId candidate) {
      throw new UnsupportedOperationException("the adapter never links identities");
    }

    @Override
    public void delete(LeaderId id) {
      throw new UnsupportedOperationException("the adapter never deletes leaders");
    }
  }

  @Bean
  NobodyKnown leaders() {
    return new NobodyKnown();
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
