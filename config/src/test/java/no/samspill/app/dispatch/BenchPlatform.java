package no.samspill.app.dispatch;

import java.util.List;
import no.samspill.core.directory.ChatIdentity;
import org.springframework.context.ConfigurableApplicationContext;

/** One fake platform of the paced-dispatch benchmark: its settings, seeding and counts. */
interface BenchPlatform {

  record Counts(int messages, int throttled, int opens) {}

  String name();

  /** The app's settings for this platform, each instance pacing at its share of the budget. */
  List<String> settings();

  String workspace(int tenant);

  default void seedTenant(ConfigurableApplicationContext app, int tenant) throws Exception {}

  default void seedLeader(ConfigurableApplicationContext app, ChatIdentity identity) {}

  /** The conversation a user's nudges arrive in. */
  String inbox(String user);

  int received(String inbox);

  Counts counts();

  /** The shortest time the platform's limits allow for one nudge each to {@code perTenant}. */
  double bound(int perTenant, int opens);
}
