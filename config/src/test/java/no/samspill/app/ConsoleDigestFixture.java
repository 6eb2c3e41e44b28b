package no.samspill.app;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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

/**
 * The digest console tests' own municipality, made fresh per test and erased after it (on FerretDB
 * every test class shares one database, so the sample municipality's digest must stay unposted): a
 * coordinator, three leaders who shared lessons this week and one who kept hers private, and a
 * leaders' channel on a WireMock Slack that counts what is posted there.
 */
final class ConsoleDigestFixture {

  static final String TEAM = "T0DALSVIK";
  static final String CHANNEL = "C0DALSVIK";
  static final String PRIVATE_TEXT = "Dette er privat og skal aldri vises i konsollen";

  record Municipality(TenantId tenant, LeaderId coordinator, String email, List<String> lessons) {}

  private ConsoleDigestFixture() {}

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
    slack.stubFor(
        post("/api/files.getUploadURLExternal")
            .willReturn(
                okJson(
                    "{\"ok\":true,\"upload_url\":\""
                        + slack.baseUrl()
                        + "/upload/F1\",\"file_id\":\"F1\"}")));
    slack.stubFor(post("/upload/F1").willReturn(aResponse().withStatus(200).withBody("OK")));
    slack.stubFor(
        post("/api/files.completeUploadExternal")
            .willReturn(okJson("{\"ok\":true,\"files\":[{\"id\":\"F1\",\"title\":\"x\"}]}")));
    return slack;
  }

  static Map<String, String> slackProperties(WireMockServer slack) {
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

  static Municipality create(
      Tenants tenants, Leaders leaders, Reflections reflections, DigestChannels channels) {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    TenantId tenant = new TenantId("test-dalsvik-" + suffix);
    Instant now = Instant.now();
    tenants.save(new Tenant(tenant, "Dalsvik kommune", Language.NB, null, now));
    String email = "dagny." + suffix + "@dalsvik.kommune.no";
    LeaderId coordinator = leader(leaders, tenant, "Dagny Dahl", "Kommunalsjef", email, true, now);
    List<String> lessons =
        List.of(
            "Et kort notat til gruppelederne før møtet ga færre overraskelser " + suffix,
            "Faktaarket tok brodden av uenigheten i utvalget " + suffix,
            "Si tidlig fra når tallene endrer seg " + suffix);
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
    channels.set(tenant, new ChannelAddress("slack", TEAM, CHANNEL, "#ledere-dalsvik"));
    return new Municipality(tenant, coordinator, email, lessons);
  }

  static void erase(TenantErasure erasure, Municipality municipality) {
    erasure.erase(municipality.tenant());
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
