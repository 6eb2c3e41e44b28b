package no.samspill.app;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Not a test: starts the app as its main method does, records Spring's start-up steps and prints
 * the slowest bean instantiations and phases, then stops. Args: how many steps to print, then the
 * app's own arguments. Used to find where bench/startup.sh's seconds go.
 */
public final class StartupTrace {

  private StartupTrace() {}

  public static void main(String[] args) {
    int top = args.length > 0 ? Integer.parseInt(args[0]) : 40;
    String[] appArgs = java.util.Arrays.copyOfRange(args, Math.min(1, args.length), args.length);
    SpringApplication app = new SpringApplication(SamspillApplication.class);
    BufferingApplicationStartup startup = new BufferingApplicationStartup(20_000);
    app.setApplicationStartup(startup);
    long began = System.nanoTime();
    ConfigurableApplicationContext context = app.run(appArgs);
    System.out.printf("started in %d ms%n", (System.nanoTime() - began) / 1_000_000);
    List<StartupTimeline.TimelineEvent> events = startup.getBufferedTimeline().getEvents();
    events.stream()
        .sorted(Comparator.comparing(StartupTimeline.TimelineEvent::getDuration).reversed())
        .limit(top)
        .forEach(
            e ->
                System.out.printf(
                    "%6d ms %s %s%n",
                    e.getDuration().toMillis(), e.getStartupStep().getName(), tags(e)));
    System.out.printf(
        "bean instantiations over 50 ms: %d; total events %d%n",
        events.stream().filter(e -> e.getDuration().compareTo(Duration.ofMillis(50)) > 0).count(),
        events.size());
    context.close();
  }

  private static String tags(StartupTimeline.TimelineEvent e) {
    StringBuilder out = new StringBuilder();
    e.getStartupStep()
        .getTags()
        .forEach(t -> out.append(t.getKey()).append('=').append(t.getValue()).append(' '));
    return out.toString();
  }
}
