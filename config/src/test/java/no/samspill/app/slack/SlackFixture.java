package no.samspill.app.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.slack.api.app_backend.SlackSignature;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import no.samspill.app.SamspillApplication;
import no.samspill.core.delivery.ChatChannel;
import no.samspill.core.directory.ChatIdentity;
import no.samspill.core.directory.Leader;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.directory.Leaders;
import no.samspill.core.directory.TenantId;
import no.samspill.core.language.Language;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole app with WireMock standing in for Slack's Web API (through SLACK_API_URL), and signed
 * requests to /slack/events as Slack would send them.
 */
final class SlackFixture implements AutoCloseable {

  static final String SECRET = "test-signing-secret";
  static final String TEAM = "T0SAMSPILL";

  final WireMockServer slack;
  final ConfigurableApplicationContext app;
  final String base;
  private final HttpClient http =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  private SlackFixture(WireMockServer slack, ConfigurableApplicationContext app) {
    this.slack = slack;
    this.app = app;
    this.base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
  }

  /** One workspace, by bot token. */
  static SlackFixture start(String... extra) {
    List<String> args = new ArrayList<>(List.of("samspill.slack.bot-token=xoxb-test"));
    args.addAll(List.of(extra));
    return startWith(args);
  }

  static SlackFixture startWith(List<String> slackArgs) {
    return startWith(slackArgs, slack -> {});
  }

  /** {@code moreStubs} run before the app starts, for calls it makes while starting. */
  static SlackFixture startWith(List<String> slackArgs, Consumer<WireMockServer> moreStubs) {
    WireMockServer slack = new WireMockServer(options().dynamicPort());
    slack.start();
    stubSlack(slack);
    moreStubs.accept(slack);
    List<String> args = new ArrayList<>();
    args.add("--server.port=0");
    if (slackArgs.stream().noneMatch(a -> a.startsWith("samspill.mongodb."))) {
      args.add("--samspill.mongodb.embedded-file=memory");
      args.add("--samspill.mongodb.database=test-" + UUID.randomUUID());
    }
    args.add("--samspill.slack.api-url=" + slack.baseUrl() + "/api/");
    args.add("--samspill.slack.signing-secret=" + SECRET);
    if (slackArgs.stream().noneMatch(a -> a.startsWith("samspill.slack.message-interval"))) {
      args.add("--samspill.slack.message-interval=0s");
    }
    slackArgs.forEach(a -> args.add("--" + a));
    ConfigurableApplicationContext app =
        new SpringApplicationBuilder(SamspillApplication.class).run(args.toArray(String[]::new));
    return new SlackFixture(slack, app);
  }

  private static void stubSlack(WireMockServer slack) {
    slack.stubFor(
        post("/api/auth.test")
            .willReturn(
                okJson(
                    "{\"ok\":true,\"team\":\"Samspill\",\"user\":\"samspill\",\"team_id\":\""
                        + TEAM
                        + "\",\"user_id\":\"UBOT\",\"bot_id\":\"BBOT\"}")));
    slack.stubFor(
        post("/api/chat.postMessage")
            .atPriority(5)
            .willReturn(okJson("{\"ok\":true,\"channel\":\"D1\",\"ts\":\"1700000000.000100\"}")));
    slack.stubFor(post("/api/chat.update").willReturn(okJson("{\"ok\":true}")));
    slack.stubFor(
        post("/api/conversations.open")
            .atPriority(5)
            .willReturn(okJson("{\"ok\":true,\"channel\":{\"id\":\"DOTHER\"}}")));
    slack.stubFor(
        post("/api/users.info")
            .willReturn(
                okJson(
                    "{\"ok\":true,\"user\":{\"id\":\"U1\",\"name\":\"kari\",\"real_name\":"
                        + "\"Kari Slack\",\"tz\":\"Europe/Oslo\",\"locale\":\"nb-NO\","
                        + "\"profile\":{\"real_name\":\"Kari Slack\"}}}")));
    slack.stubFor(post("/api/views.publish").willReturn(okJson("{\"ok\":true}")));
    slack.stubFor(
        post("/api/views.open").willReturn(okJson("{\"ok\":true,\"view\":{\"id\":\"V1\"}}")));
    SlackStubs.chartUpload(slack);
    slack.stubFor(post(urlPathMatching("/respond/.*")).willReturn(aResponse().withStatus(200)));
  }

  /** chat.postMessage to {@code channel} answers 429 (Retry-After 1 s) once, then posts. */
  void throttleOnce(String channel) {
    String scenario = "rate limit " + channel;
    slack.stubFor(
        post("/api/chat.postMessage")
            .atPriority(1)
            .withRequestBody(containing("channel=" + channel))
            .inScenario(scenario)
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1"))
            .willSetStateTo("limited once"));
    slack.stubFor(
        post("/api/chat.postMessage")
            .atPriority(1)
            .withRequestBody(containing("channel=" + channel))
            .inScenario(scenario)
            .whenScenarioStateIs("limited once")
            .willReturn(okJson("{\"ok\":true,\"channel\":\"" + channel + "\",\"ts\":\"1.2\"}")));
  }

  /** The user's DM with the bot is "D" + user id. */
  void dm(String userId) {
    slack.stubFor(
        post("/api/conversations.open")
            .atPriority(1)
            .withRequestBody(containing("users=" + userId))
            .willReturn(okJson("{\"ok\":true,\"channel\":{\"id\":\"D" + userId + "\"}}")));
  }

  String responseUrl(String name) {
    return slack.baseUrl() + "/respond/" + name;
  }

  HttpResponse<String> send(String contentType, String body, Map<String, String> headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + "/slack/events"))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body));
    headers.forEach(request::header);
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  HttpResponse<String> get(String pathAndQuery, String cookie) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + pathAndQuery)).GET();
    if (cookie != null) {
      request.header("Cookie", cookie);
    }
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static Map<String, String> signed(String body) {
    return signed(body, Instant.now());
  }

  static Map<String, String> signed(String body, Instant at) {
    String timestamp = String.valueOf(at.getEpochSecond());
    String signature = new SlackSignature.Generator(SECRET).generate(timestamp, body);
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put(SlackSignature.HeaderNames.X_SLACK_REQUEST_TIMESTAMP, timestamp);
    headers.put(SlackSignature.HeaderNames.X_SLACK_SIGNATURE, signature);
    return headers;
  }

  HttpResponse<String> sendForm(String body) {
    return send("application/x-www-form-urlencoded", body, signed(body));
  }

  HttpResponse<String> sendJson(String body) {
    return send("application/json", body, signed(body));
  }

  /** The form fields of each call to a Web API method, oldest first. */
  List<Map<String, String>> calls(String method) {
    return slack.findAll(postRequestedFor(urlEqualTo("/api/" + method))).stream()
        .map(SlackFixture::form)
        .toList();
  }

  List<Map<String, String>> posts(String channel) {
    return calls("chat.postMessage").stream()
        .filter(c -> channel.equals(c.get("channel")))
        .toList();
  }

  static Map<String, String> form(LoggedRequest request) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (String pair : request.getBodyAsString().split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        fields.put(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
      }
    }
    return fields;
  }

  static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }

  static String encode(String s) {
    return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** Polls until the value satisfies the condition; waits for outcomes, asserts no timing. */
  static <T> T eventually(Supplier<T> value, Predicate<T> condition) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    T current = value.get();
    while (!condition.test(current)) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("Condition not met; last value: " + current);
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
      current = value.get();
    }
    return current;
  }

  /**
   * Waits until Slack work, pacing and calls have all run out, twice in a row: what the requests
   * sent so far will do has then been done.
   */
  void quiet() {
    List<ThreadPoolExecutor> pools =
        List.of(
            (ThreadPoolExecutor) app.getBean("slackWork"),
            (ThreadPoolExecutor) app.getBean("slackPacing"),
            app.getBean("slackCalls", ThreadPoolExecutor.class));
    Predicate<ThreadPoolExecutor> idle = p -> p.getActiveCount() == 0 && p.getQueue().isEmpty();
    eventually(() -> pools.stream().allMatch(idle), quiet -> quiet);
    eventually(() -> pools.stream().allMatch(idle), quiet -> quiet);
  }

  /**
   * A leader (of a tenant of their own unless given), reachable as {@code user} in the fixture's
   * workspace.
   */
  Leader leader(String user, Language language) {
    return leader(user, language, TenantId.random());
  }

  Leader leader(String user, Language language, TenantId tenant) {
    Leaders leaders = bean(Leaders.class);
    ChatIdentity identity = new ChatIdentity("slack", TEAM, user);
    Leader leader =
        new Leader(
            LeaderId.random(),
            tenant,
            "Ingrid",
            null,
            null,
            language,
            null,
            false,
            List.of(identity),
            Instant.now());
    leaders.save(leader);
    leaders.linkIdentity(identity, leader.id());
    return leader;
  }

  /** The app's Slack channel, for sends outside the dispatcher. */
  ChatChannel channel() {
    return app.getBeansOfType(ChatChannel.class).values().stream()
        .filter(c -> c.name().equals("slack"))
        .findFirst()
        .orElseThrow();
  }

  <T> T bean(Class<T> type) {
    return app.getBean(type);
  }

  @Override
  public void close() {
    app.close();
    slack.stop();
  }
}
