package no.samspill.app.dispatch;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import no.samspill.core.directory.ChatIdentity;
import org.bson.Document;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Teams: each leader has installed the app (a stored conversation reference per personal chat). */
final class TeamsPlatform implements BenchPlatform {

  private static final double TENANT_RATE = 45;

  private final FakePacedBotConnector connector;

  TeamsPlatform(FakePacedBotConnector connector) {
    this.connector = connector;
  }

  @Override
  public String name() {
    return "teams";
  }

  @Override
  public List<String> settings() {
    return List.of(
        "--samspill.teams.app-id=bench-app",
        "--samspill.teams.app-password=bench-secret",
        "--samspill.teams.token-url=" + connector.baseUrl() + "token",
        "--samspill.teams.limits.tenant-rate=" + TENANT_RATE,
        "--samspill.teams.limits.tenant-burst=" + 3);
  }

  @Override
  public String workspace(int tenant) {
    return "tenant-" + tenant;
  }

  @Override
  public void seedLeader(ConfigurableApplicationContext app, ChatIdentity identity) {
    app.getBean(MongoTemplate.class)
        .insert(
            new Document("_id", identity.key())
                .append("serviceUrl", connector.baseUrl())
                .append("conversationId", inbox(identity.userId()))
                .append("tenantId", identity.workspaceId())
                .append("userId", "29:" + identity.userId())
                .append("botId", "28:bench-app")
                .append("locale", "nb-NO")
                .append("updatedAt", Instant.now()),
            "teams_personal_chats");
  }

  @Override
  public String inbox(String user) {
    return "a:" + user;
  }

  @Override
  public int received(String inbox) {
    AtomicInteger n = connector.received.get(inbox);
    return n == null ? 0 : n.get();
  }

  @Override
  public Counts counts() {
    return new Counts(connector.total(), connector.throttled.get(), 0);
  }

  /** One activity per nudge at the tenant's sustained 50 per second, all tenants at once. */
  @Override
  public double bound(int perTenant, int opens) {
    return perTenant / 50.0;
  }
}
