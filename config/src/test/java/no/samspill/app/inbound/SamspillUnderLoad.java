package no.samspill.app.inbound;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.samspill.app.SamspillApplication;
import no.samspill.core.directory.ChatIdentity;
import no.samspill.core.directory.ChatWorkspace;
import no.samspill.core.directory.Leader;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.directory.Leaders;
import no.samspill.core.directory.Tenant;
import no.samspill.core.directory.TenantId;
import no.samspill.core.directory.Tenants;
import no.samspill.core.language.Language;
import no.samspill.testing.teams.FakeBotFramework;
import no.samspill.testing.teams.TeamsPayloads;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Samspill as it runs in production, with Teams and Slack pointed at the benchmark's fakes, on the
 * embedded MongoDB (a data file, written before each answer) or on MONGODB_URI. One municipality
 * with a Teams tenant and a Slack workspace, and a leader per benchmark client on each. Args:
 * OpenID metadata URL, token URL, Slack API URL, leaders, data file.
 */
public final class SamspillUnderLoad {

  static final String SLACK_SECRET = "inbound-bench-signing-secret";
  static final String SLACK_TOKEN = "xoxb-inbound-bench";

  private SamspillUnderLoad() {}

  public static void main(String[] args) throws Exception {
    List<String> settings =
        new ArrayList<>(
            List.of(
                "--server.port=0",
                "--spring.profiles.active=production",
                "--samspill.mongodb.database=inbound-" + UUID.randomUUID(),
                "--samspill.mongodb.embedded-file=" + args[4],
                "--logging.level.root=warn",
                "--samspill.teams.app-id=" + FakeBotFramework.APP_ID,
                "--samspill.teams.app-password=" + FakeBotFramework.APP_PASSWORD,
                "--samspill.teams.open-id-metadata-url=" + args[0],
                "--samspill.teams.token-url=" + args[1],
                "--samspill.slack.bot-token=" + SLACK_TOKEN,
                "--samspill.slack.signing-secret=" + SLACK_SECRET,
                "--samspill.slack.api-url=" + args[2]));
    ConfigurableApplicationContext app =
        new SpringApplicationBuilder(SamspillApplication.class)
            .run(settings.toArray(String[]::new));
    seed(app, Integer.parseInt(args[3]));
    ChildApp.listening(Integer.parseInt(app.getEnvironment().getProperty("local.server.port")));
    app.close();
    System.exit(0);
  }

  private static void seed(ConfigurableApplicationContext app, int leaders) {
    TenantId tenant = new TenantId("benchvik");
    Instant now = Instant.now();
    Tenants tenants = app.getBean(Tenants.class);
    tenants.save(
        new Tenant(tenant, "Benchvik kommune", Language.NB, ZoneId.of("Europe/Oslo"), now));
    tenants.linkWorkspace(new ChatWorkspace("teams", TeamsPayloads.TENANT), tenant);
    tenants.linkWorkspace(new ChatWorkspace("slack", FakeSlackApi.TEAM), tenant);
    Leaders store = app.getBean(Leaders.class);
    for (int i = 0; i < leaders; i++) {
      save(store, tenant, new ChatIdentity("teams", TeamsPayloads.TENANT, Clients.teamsUser(i)));
      save(store, tenant, new ChatIdentity("slack", FakeSlackApi.TEAM, Clients.slackUser(i)));
    }
  }

  private static void save(Leaders store, TenantId tenant, ChatIdentity identity) {
    List<ChatIdentity> identities = List.of(identity);
    String name = "Leder " + identity.userId();
    LeaderId id = new LeaderId(UUID.randomUUID().toString());
    store.save(
        new Leader(
            id, tenant, name, null, null, Language.NB, null, false, identities, Instant.now()));
  }
}
