package no.samspill.adapter.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.socket_mode.SocketModeClient;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Socket Mode: the same Bolt app over a WebSocket Samspill opens to Slack, for deployments without
 * a public URL. Connects in the background so start-up does not wait for Slack; closed on shutdown.
 */
final class SlackSocketMode implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(SlackSocketMode.class);

  private static final Duration RETRY = Duration.ofSeconds(10);

  private final String appToken;
  private final App app;
  private volatile SocketModeApp socketMode;
  private volatile boolean running;

  SlackSocketMode(String appToken, App app) {
    this.appToken = appToken;
    this.app = app;
  }

  @Override
  public void start() {
    running = true;
    Thread starter = new Thread(this::connect, "slack-socket-mode-start");
    starter.setDaemon(true);
    starter.start();
  }

  /** Keeps trying until connected; after that the SDK's client reconnects by itself. */
  private void connect() {
    while (running && socketMode == null) {
      try {
        SocketModeApp connecting =
            new SocketModeApp(appToken, app, SocketModeClient.Backend.JavaWebSocket);
        connecting.startAsync();
        socketMode = connecting;
        log.info("Slack Socket Mode connected");
      } catch (Exception e) {
        log.error("Slack Socket Mode could not connect, trying again shortly: {}", e.getMessage());
        pause();
      }
    }
  }

  private void pause() {
    try {
      Thread.sleep(RETRY.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running = false;
    }
  }

  @Override
  public void stop() {
    running = false;
    SocketModeApp current = socketMode;
    if (current != null) {
      try {
        current.close();
      } catch (Exception e) {
        log.warn("Closing Slack Socket Mode failed: {}", e.getMessage());
      }
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }
}
