package no.samspill.app.fuzz;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import tools.jackson.core.type.TypeReference;

/** The app's HTTP edges as generators: their paths, and bodies near and far from valid ones. */
final class Edges {

  static final List<String> ADMIN_FIELDS =
      List.of(
          "name",
          "role",
          "email",
          "language",
          "timeZone",
          "coordinator",
          "bodyIds",
          "meetingEndedNudges",
          "kind",
          "title",
          "caseNumber",
          "ownerId",
          "meetingIds",
          "status",
          "bodyId",
          "start",
          "end",
          "agenda",
          "number",
          "caseId",
          "closedDays",
          "preLeadDaysByBody",
          "workdayStart",
          "workdayEnd");

  static final List<String> WEB_FIELDS =
      List.of("leaderId", "text", "action", "askedId", "value", "phase", "caseId");

  static final List<String> TEAMS_FIELDS =
      List.of(
          "type",
          "id",
          "timestamp",
          "serviceUrl",
          "channelId",
          "from",
          "conversation",
          "recipient",
          "text",
          "locale",
          "value",
          "channelData",
          "entities",
          "attachments",
          "membersAdded",
          "aadObjectId",
          "tenant",
          "conversationType");

  static final List<String> SLACK_FIELDS =
      List.of(
          "type",
          "token",
          "team_id",
          "api_app_id",
          "event",
          "event_id",
          "event_time",
          "user",
          "channel",
          "channel_type",
          "text",
          "ts",
          "tab",
          "bot_id",
          "subtype",
          "challenge",
          "actions",
          "action_id",
          "value",
          "container",
          "view",
          "private_metadata",
          "state",
          "trigger_id",
          "response_url",
          "team",
          "id",
          "message",
          "blocks");

  private static final List<String> ADMIN_PATHS =
      List.of(
          "/api/v1/tenants/{t}/leaders",
          "/api/v1/tenants/{t}/leaders/{id}",
          "/api/v1/tenants/{t}/leaders/{id}/follows",
          "/api/v1/tenants/{t}/bodies",
          "/api/v1/tenants/{t}/bodies/{id}",
          "/api/v1/tenants/{t}/bodies/{id}/imports/ics?complete={id}",
          "/api/v1/tenants/{t}/cases",
          "/api/v1/tenants/{t}/cases/{id}",
          "/api/v1/tenants/{t}/meetings?from={id}&limit={id}",
          "/api/v1/tenants/{t}/meetings/{id}",
          "/api/v1/tenants/{t}/meetings/{id}/cancel",
          "/api/v1/tenants/{t}/schedule-policy",
          "/api/v1/tenants/{t}/politicians",
          "/api/v1/tenants/{t}/nudges?status={id}&limit={id}",
          "/api/v1/tenants/{t}/audit?kind={id}&from={id}&to={id}&page={id}&size={id}",
          "/api/v1/tenants/{t}/audit/export?kind={id}&from={id}",
          "/api/v1/tenants",
          "/api/v1/{id}",
          "/api/v1/tenants/{t}/{id}");

  private Edges() {}

  static Arbitrary<String> adminPath() {
    return Combinators.combine(
            Arbitraries.of(ADMIN_PATHS), HostileInput.segment(), HostileInput.segment(), query())
        .as((path, tenant, id, q) -> path.replace("{t}", tenant).replace("{id}", id) + q);
  }

  /** Mostly nothing; else a raw query Tomcat's parameter parser has choked on. */
  static Arbitrary<String> query() {
    return Arbitraries.frequencyOf(
        Tuple.of(6, Arbitraries.just("")),
        Tuple.of(1, Arbitraries.of("?=", "?=x", "?&&", "?a=%zz", "?%", "?a=1&=2", "?limit")));
  }

  static Arbitrary<String> adminBody() {
    Map<String, Object> leader =
        Map.of("name", "Kari", "role", "Rådmann", "language", "nb", "timeZone", "Europe/Oslo");
    Map<String, Object> meeting =
        Map.of(
            "bodyId", "sample-ks",
            "title", "Møte",
            "start", "2099-06-01T09:00:00Z",
            "end", "2099-06-01T11:00:00Z",
            "agenda", List.of(Map.of("number", "1/26", "title", "Sak")));
    Map<String, Object> politicians = Map.of("names", List.of("Ola Nordmann", "Kari Nordmann"));
    Map<String, Object> policy =
        Map.of("closedDays", List.of("2099-12-24"), "preLeadDaysByBody", Map.of("COUNCIL", 3));
    return Arbitraries.frequencyOf(
        Tuple.of(3, HostileInput.mutated(leader, ADMIN_FIELDS)),
        Tuple.of(2, HostileInput.mutated(meeting, ADMIN_FIELDS)),
        Tuple.of(1, HostileInput.mutated(policy, ADMIN_FIELDS)),
        Tuple.of(1, HostileInput.mutated(politicians, ADMIN_FIELDS)),
        Tuple.of(
            1, HostileInput.object(3, ADMIN_FIELDS).map(HostileInput.JSON::writeValueAsString)),
        Tuple.of(1, HostileInput.broken()));
  }

  static Arbitrary<String> webPath(Arbitrary<String> leaders) {
    Arbitrary<String> leader =
        Arbitraries.frequencyOf(Tuple.of(3, leaders), Tuple.of(1, HostileInput.segment()));
    return Combinators.combine(
            Arbitraries.of(
                "/api/web/chat",
                "/api/web/demo/start",
                "/api/web/tenants",
                "/api/web/leaders/{l}/cases",
                "/api/web/leaders/{l}/inbox",
                "/api/web/tenants/{s}/digests",
                "/api/web/tenants/{s}/digests/{s}/chart.png",
                "/api/web/{s}"),
            leader,
            HostileInput.segment(),
            query())
        .as((path, l, s, q) -> path.replace("{l}", l).replace("{s}", s) + q);
  }

  static Arbitrary<String> webBody(Arbitrary<String> leaders) {
    return leaders.flatMap(
        leader ->
            Arbitraries.frequencyOf(
                Tuple.of(
                    3,
                    HostileInput.mutated(Map.of("leaderId", leader, "text", "hjelp"), WEB_FIELDS)),
                Tuple.of(
                    2,
                    HostileInput.mutated(
                        Map.of(
                            "leaderId",
                            leader,
                            "action",
                            Map.of("askedId", "abc123", "value", "skip")),
                        WEB_FIELDS)),
                Tuple.of(
                    2,
                    HostileInput.mutated(Map.of("leaderId", leader, "phase", "PRE"), WEB_FIELDS)),
                Tuple.of(1, HostileInput.broken())));
  }

  static Arbitrary<String> slackBody() {
    Map<String, Object> message =
        Map.of(
            "type",
            "message",
            "channel_type",
            "im",
            "channel",
            "DFUZZ",
            "user",
            "UFUZZ",
            "text",
            "hjelp",
            "ts",
            "1700000001.000200");
    Map<String, Object> callback =
        Map.of(
            "token",
            "x",
            "team_id",
            "T0FUZZ",
            "api_app_id",
            "A1",
            "type",
            "event_callback",
            "event_id",
            "EvFuzz",
            "event_time",
            1700000001,
            "event",
            message);
    Arbitrary<String> command =
        Combinators.combine(HostileInput.text(), HostileInput.text(), HostileInput.text())
            .as(
                (user, channel, text) ->
                    "token=x&team_id=T0FUZZ&user_id="
                        + HostileInput.encode(user)
                        + "&channel_id="
                        + HostileInput.encode(channel)
                        + "&command=%2Fsamspill&text="
                        + HostileInput.encode(text)
                        + "&response_url=http%3A%2F%2F127.0.0.1%3A9%2Fr&trigger_id=1.2.3");
    Arbitrary<String> interaction =
        HostileInput.object(3, SLACK_FIELDS)
            .map(
                p -> {
                  Map<String, Object> payload = new LinkedHashMap<>(p);
                  payload.putIfAbsent("type", "block_actions");
                  payload.putIfAbsent("team", Map.of("id", "T0FUZZ"));
                  return "payload="
                      + HostileInput.encode(HostileInput.JSON.writeValueAsString(payload));
                });
    return Arbitraries.frequencyOf(
        Tuple.of(3, HostileInput.mutated(callback, SLACK_FIELDS)),
        Tuple.of(
            2,
            HostileInput.mutated(message, SLACK_FIELDS)
                .map(event -> HostileInput.JSON.writeValueAsString(withEvent(callback, event)))),
        Tuple.of(2, command),
        Tuple.of(2, interaction),
        Tuple.of(1, HostileInput.broken()));
  }

  private static Map<String, Object> withEvent(Map<String, Object> callback, String event) {
    Map<String, Object> body = new LinkedHashMap<>(callback);
    body.put("event", asMap(event));
    return body;
  }

  static Map<String, Object> asMap(String json) {
    return HostileInput.JSON.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() {});
  }

  static HttpRequest request(String base, EdgeFuzzIntegrationTest.Fuzzed fuzzed) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + fuzzed.path()))
            .timeout(Duration.ofSeconds(20))
            .method(
                fuzzed.method(),
                fuzzed.body() == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(fuzzed.body()));
    if (!fuzzed.contentType().isEmpty() && fuzzed.body() != null) {
      request.header("Content-Type", fuzzed.contentType());
    }
    fuzzed.headers().forEach(request::header);
    return request.build();
  }
}
