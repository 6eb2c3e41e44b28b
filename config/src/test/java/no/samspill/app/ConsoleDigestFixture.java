package no.samspill.app;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.samspill.core.directory.ChannelAddress;
import no.samspill.core.directory.DigestChannels;
import no.samspill.core.directory.Leader;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.directory.Leaders;
import no.samspill.core.directory.Tenant;
import no.samspill.core.directory.TenantErasure;
import no.samspill.core.directory.TenantId;
import no.samspill.core.directory.Tenants;
import no.samspill.core.language.Language;
import no.samspill.core.reflection.Reflections;
import no.samspill.core.reflection.ShareChoice;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The digest console tests' own municipalities, made fresh per test and erased after it (on
 * FerretDB every test class shares one database, so the sample municipality's digest must stay
 * unposted): a coordinator, three leaders who shared lessons this week and one who kept hers
 * private, and a leaders' channel on a WireMock Slack that counts what is posted there.
 */
final class ConsoleDigestFixture {

  static final String TEAM = "T0DALSVIK";
  static final String CHANNEL = "C0DALSVIK";
  static final String PRIVATE_TEXT = "Dette er privat og skal aldri vises i konsollen";

  record Municipality(TenantId tenant, LeaderId coordinator, String email, List<String> lessons) {}

  private final Tenants tenants;
  private final Leaders leaders;
  private final Reflections reflections;
  private final DigestChannels channels;
  private final TenantErasure erasure;
  private final List<Municipality> made = new ArrayList<>();

  ConsoleDigestFixture(ApplicationContext app) {
    this.tenants = app.getBean(Tenants.class);
    this.leaders = app.getBean(Leaders.class);
    this.reflections = app.getBean(Reflections.class);
    this.channels = app.getBean(DigestChannels.class);
    this.erasure = app.getBean(TenantErasure.class);
  }

  /** The OpenID provider's and the fake Slack's settings, for a @DynamicPropertySource. */
  static void register(
      DynamicPropertyRegistry registry, MockOAuth2Server provider, WireMockServer slack) {
    provider.start();
    ConsoleFixture.properties(provider).forEach((key, value) -> registry.add(key, () -> value));
    registerSlack(registry, slack);
  }

  /** The fake Slack's settings alone, for a @DynamicPropertySource. */
  static void registerSlack(DynamicPropertyRegistry registry, WireMockServer slack) {
    slackProperties(slack).forEach((key, value) -> registry.add(key, () -> value));
  }

  /** Slack's Web API as far as posting a digest with its chart goes. */
  static WireMockServer startSlack() {
    WireMockServer slack = new WireMockServer(options().dynamicPort());
    slack.start();
    slack.stubFor(
        post("/api/auth.test")
            .willReturn(
                okJson(
                    "{\"ok\":true,\"team\":\"Dalsvik\",\"user\":\"samspill\",\"team_id\":\""
                        + TEAM
                        + "\",\"user_id\":\"UBOT\",\"bot_id\":\"BBOT\"}")));
    slack.stubFor(
        post("/api/chat.postMessage")
            .willReturn(okJson("{\"ok\":true,\"channel\":\"" + CHANNEL + "\",\"ts\":\"1.2\"}")));
    no.samspill.app.slack.SlackStubs.chartUpload(slack);
    return slack;
  }

  private static Map<String, String> slackProperties(WireMockServer slack) {
    return Map.of(
        "samspill.slack.bot-token", "xoxb-test",
        "samspill.slack.signing-secret", "test-signing-secret",
        "samspill.slack.api-url", slack.baseUrl() + "/api/",
        "samspill.slack.message-interval", "0s");
  }

  /** The messages posted to this municipality's leaders' channel. */
  static int posts(WireMockServer slack) {
    return slack
        .findAll(
            postRequestedFor(urlEqualTo("/api/chat.postMessage"))
                .withRequestBody(containing("channel=" + CHANNEL)))
        .size();
  }

  /** A new municipality named {@code place}, with a leaders' channel or without. */
  Municipality create(String place, boolean withChannel) {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String slug = place.toLowerCase(java.util.Locale.ROOT);
    TenantId tenant = new TenantId("test-" + slug + "-" + suffix);
    Instant now = Instant.now();
    tenants.save(new Tenant(tenant, place + " kommune", Language.NB, null, now));
    String email = "dagny." + suffix + "@" + slug + ".kommune.no";
    LeaderId coordinator = leader(leaders, tenant, "Dagny Dahl", "Kommunalsjef", email, true, now);
    List<String> lessons =
        List.of(
            "Et kort notat til gruppelederne i " + place + " før møtet ga færre overraskelser",
            "Faktaarket om barnetallene i " + place + " tok brodden av uenigheten",
            "Si tidlig fra når tallene i " + place + " endrer seg");
    List<String> names = List.of("Dina Dale", "Emil Eide", "Frida Fjell");
    String[] used = {"collaborating", "compromising", "collaborating"};
    for (int i = 0; i < names.size(); i++) {
      LeaderId id = leader(leaders, tenant, names.get(i), "Enhetsleder", null, false, now);
      SampleDigestRender.share(
          reflections,
          tenant,
          id,
          ShareChoice.ANONYMOUS,
          now,
          lessons.get(i),
          4,
          "compromising",
          used[i]);
    }
    LeaderId quiet = leader(leaders, tenant, "Gro Gran", "Enhetsleder", null, false, now);
    SampleDigestRender.share(
        reflections,
        tenant,
        quiet,
        ShareChoice.PRIVATE,
        now,
        PRIVATE_TEXT,
        2,
        "avoiding",
        "avoiding");
    if (withChannel) {
      channels.set(tenant, new ChannelAddress("slack", TEAM, CHANNEL, "#ledere-" + slug));
    }
    Municipality made = new Municipality(tenant, coordinator, email, lessons);
    this.made.add(made);
    return made;
  }

  /** Erases every municipality this fixture made: all they stored goes with them. */
  void eraseAll() {
    made.forEach(m -> erasure.erase(m.tenant()));
    made.clear();
  }

  private static LeaderId leader(
      Leaders leaders,
      TenantId tenant,
      String name,
      String role,
      String email,
      boolean coordinator,
      Instant now) {
    LeaderId id = LeaderId.random();
    leaders.save(
        new Leader(id, tenant, name, role, email, Language.NB, null, coordinator, List.of(), now));
    return id;
  }
}
