package no.samspill.adapter.mongo;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Counts the commands the driver sends, so a test can bound a use case's round trips. */
final class CommandCounter implements CommandListener {
  private final AtomicInteger started = new AtomicInteger();
  private final Map<String, AtomicInteger> byName = new ConcurrentHashMap<>();

  @Override
  public void commandStarted(CommandStartedEvent event) {
    started.incrementAndGet();
    byName.computeIfAbsent(event.getCommandName(), name -> new AtomicInteger()).incrementAndGet();
  }

  int count() {
    return started.get();
  }

  /** The commands of one name ({@code find}, {@code update}) sent so far. */
  int count(String commandName) {
    AtomicInteger sent = byName.get(commandName);
    return sent == null ? 0 : sent.get();
  }

  /** Import it to count every command of the test's Mongo client. */
  @TestConfiguration
  static class Counting {
    @Bean
    CommandCounter commandCounter() {
      return new CommandCounter();
    }

    @Bean
    MongoClientSettingsBuilderCustomizer countCommands(CommandCounter counter) {
      return settings -> settings.addCommandListener(counter);
    }
  }
}
