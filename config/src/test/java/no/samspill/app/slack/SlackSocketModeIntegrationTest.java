package no.samspill.app.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static no.samspill.app.slack.SlackFixture.TEAM;
import static no.samspill.app.slack.SlackFixture.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Socket Mode against a local fake of Slack's WebSocket endpoint: apps.connections.open hands out
 * its URL, an envelope with a slash command comes in, Samspill acknowledges it and answers.
 */
class SlackSocketModeIntegrationTest {

  private FakeSocketModeServer server;

  @AfterEach
  void stopServer() throws Exception {
    if (server != null) {
      server.stop(1000);
    }
  }

  @Test
  void acknowledgesAnEnvelopeAnswersItAndClosesOnShutdown() throws Exception {
    server = new FakeSocketModeServer(freePort());
    server.start();
    String url = "ws://127.0.0.1:" + server.getPort() + "/link";
    SlackFixture fx =
        SlackFixture.startWith(
            List.of("samspill.slack.bot-token=xoxb-test", "samspill.slack.app-token=xapp-test"),
            slack ->
                slack.stubFor(
                    post("/api/apps.connections.open")
                        .willReturn(okJson("{\"ok\":true,\"url\":\"" + url + "\"}"))));
    try {
      fx.dm("USOCK");
      WebSocket connection = eventually(server.client::get, c -> c != null && c.isOpen());

      connection.send(envelope("env-1", fx.responseUrl("sock")));

      eventually(() -> server.received, r -> r.stream().anyMatch(m -> m.contains("\"env-1\"")));
      List<Map<String, String>> posts = eventually(() -> fx.posts("DUSOCK"), p -> !p.isEmpty());
      assertThat(posts.get(0).get("text")).contains("Dette kan du skrive til meg");
    } finally {
      fx.close();
    }
    eventually(server.closed::get, closed -> closed);
  }

  private static String envelope(String id, String responseUrl) {
    String payload =
        "{\"token\":\"x\",\"team_id\":\""
            + TEAM
            + "\",\"team_domain\":\"samspill\",\"channel_id\":\"DUSOCK\","
            + "\"channel_name\":\"directmessage\",\"user_id\":\"USOCK\",\"user_name\":\"s\","
            + "\"command\":\"/samspill\",\"text\":\"hjelp\",\"api_app_id\":\"A1\","
            + "\"response_url\":\""
            + responseUrl
            + "\",\"trigger_id\":\"1.2.3\"}";
    return "{\"envelope_id\":\""
        + id
        + "\",\"type\":\"slash_commands\",\"accepts_response_payload\":true,\"payload\":"
        + payload
        + "}";
  }

  private static int freePort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** Says hello like Slack does and records what the app sends back. */
  static final class FakeSocketModeServer extends WebSocketServer {

    final AtomicReference<WebSocket> client = new AtomicReference<>();
    final List<String> received = new CopyOnWriteArrayList<>();
    final AtomicBoolean closed = new AtomicBoolean();

    FakeSocketModeServer(int port) {
      super(new InetSocketAddress("127.0.0.1", port));
      setReuseAddr(true);
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
      conn.send(
          "{\"type\":\"hello\",\"num_connections\":1,\"debug_info\":{\"host\":\"fake\"},"
              + "\"connection_info\":{\"app_id\":\"A1\"}}");
      client.set(conn);
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {
      closed.set(true);
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
      received.add(message);
    }

    @Override
    public void onError(WebSocket conn, Exception ex) {}

    @Override
    public void onStart() {}
  }
}
