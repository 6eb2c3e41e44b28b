package no.samspill.app;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The commands the app's MongoDB driver sends, each as its name and collection, so a test can bound
 * the database round trips of one chat turn (start the app with background work off).
 */
final class DriverCommands implements CommandListener {

  private final List<String> sent = new CopyOnWriteArrayList<>();

  @Override
  public void commandStarted(CommandStartedEvent event) {
    String name = event.getCommandName();
    String collection =
        event.getCommand().isString(name) ? event.getCommand().getString(name).getValue() : "";
    sent.add(name + " " + collection);
  }

  /** Starts the whole app with this listener on its MongoDB client. */
  ConfigurableApplicationContext start(String... args) {
    return new SpringApplicationBuilder(SamspillApplication.class)
        .initializers(
            context ->
                context
                    .getBeanFactory()
                    .registerSingleton(
                        "countCommands",
                        (MongoClientSettingsBuilderCustomizer)
                            settings -> settings.addCommandListener(this)))
        .run(args);
  }

  /** The commands sent while {@code turn} ran, printed for the record as the round trips of it. */
  List<String> during(String what, Callable<?> turn) throws Exception {
    sent.clear();
    turn.call();
    List<String> made = List.copyOf(sent);
    System.out.println("round trips of " + what + ": " + made.size() + " " + made);
    return made;
  }
}
