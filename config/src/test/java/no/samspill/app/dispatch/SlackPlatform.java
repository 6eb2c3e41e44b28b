package no.samspill.app.dispatch;

import com.slack.api.bolt.model.builtin.DefaultInstaller;
import com.slack.api.bolt.service.InstallationService;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ConfigurableApplicationContext;

/** Slack in OAuth mode: one installation (bot token) per workspace, DMs opened on first send. */
final class SlackPlatform implements BenchPlatform {

  /** The fake's budget per workspace (Slack publishes none; this is the app's default). */
  static final double WORKSPACE_RATE = 5;

  private final FakePacedSlack slack;

  SlackPlatform(FakePacedSlack slack) {
    this.slack = slack;
  }

  @Override
  public String name() {
    return "slack";
  }

  @Override
  public List<String> settings() {
    return List.of(
        "--samspill.slack.client-id=123.456",
        "--samspill.slack.client-secret=bench",
        "--samspill.slack.signing-secret=bench",
        "--samspill.slack.api-url=" + slack.apiUrl(),
        "--samspill.slack.workspace-rate=" + WORKSPACE_RATE,
        "--samspill.slack.workspace-burst=" + (int) WORKSPACE_RATE);
  }

  @Override
  public String workspace(int tenant) {
    return "TBENCH" + tenant;
  }

  @Override
  public void seedTenant(ConfigurableApplicationContext app, int tenant) throws Exception {
    DefaultInstaller installer = new DefaultInstaller();
    installer.setTeamId(workspace(tenant));
    installer.setBotAccessToken("xoxb-bench-" + tenant);
    installer.setInstalledAt(System.currentTimeMillis());
    app.getBean(InstallationService.class).saveInstallerAndBot(installer);
  }

  @Override
  public String inbox(String user) {
    return "D" + user;
  }

  @Override
  public int received(String inbox) {
    AtomicInteger n = slack.received.get(inbox);
    return n == null ? 0 : n.get();
  }

  @Override
  public Counts counts() {
    return new Counts(slack.total(), slack.throttled.get(), slack.opens.get());
  }

  /**
   * Each workspace's messages at its budget after a burst of one second's worth; a cold DM cache
   * adds conversations.open at Tier 3 (50 per minute after a burst of ten).
   */
  @Override
  public double bound(int perTenant, int opens) {
    double messages = Math.max(1, (perTenant - WORKSPACE_RATE) / WORKSPACE_RATE);
    double dms = opens == 0 ? 0 : Math.max(0, (perTenant - 10) * 1.2);
    return Math.max(messages, dms);
  }
}
