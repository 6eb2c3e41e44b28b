package no.samspill.adapter.slack;

import com.google.gson.JsonParseException;
import com.slack.api.app_backend.SlackSignature;
import com.slack.api.bolt.App;
import com.slack.api.bolt.jakarta_servlet.SlackAppServletAdapter;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.response.Response;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * /slack/events, /slack/install and /slack/oauth_redirect on one Bolt app. A POST must carry
 * Slack's signature headers (else 401 before its body is read), a body of at most {@link
 * #MAX_BODY_BYTES} (else 413 while reading) and a valid signature (else 401) before Bolt parses it;
 * a body Bolt cannot parse is a 400, not a 500.
 */
final class SlackEndpointServlet extends HttpServlet {

  /**
   * Slack's events, commands and interactions are a few KB; a modal submission well under 64 KB.
   */
  static final int MAX_BODY_BYTES = 64 * 1024;

  /** How far a request's timestamp may be from our clock, either way (Slack's own window). */
  static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(5);

  private static final Logger log = LoggerFactory.getLogger(SlackEndpointServlet.class);
  private static final String VERIFIED_BODY = SlackEndpointServlet.class.getName() + ".body";

  private final transient App app;
  private final transient SlackAppServletAdapter adapter;

  SlackEndpointServlet(App app) {
    this.app = app;
    this.adapter = new VerifiedBodyAdapter(app);
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    handle(req, resp);
  }

  @Override
  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String timestamp = req.getHeader(SlackSignature.HeaderNames.X_SLACK_REQUEST_TIMESTAMP);
    String signature = req.getHeader(SlackSignature.HeaderNames.X_SLACK_SIGNATURE);
    String secret = app.config().getSigningSecret();
    if (SlackProperties.blank(timestamp)
        || SlackProperties.blank(signature)
        || SlackProperties.blank(secret)) {
      write(resp, 401, "{\"error\":\"unsigned request\"}");
      return;
    }
    // Slack's verifier refuses old requests only; one from the future is a replay waiting to
    // happen.
    if (!withinFiveMinutes(timestamp)) {
      write(resp, 401, "{\"error\":\"request timestamp too far from now\"}");
      return;
    }
    String body = readAtMost(req, MAX_BODY_BYTES);
    if (body == null) {
      resp.setHeader("Connection", "close");
      write(resp, 413, "{\"error\":\"body larger than " + MAX_BODY_BYTES + " bytes\"}");
      return;
    }
    // Checked here, not only in Bolt: Bolt parses (and logs) a body before it verifies it.
    if (!signedBySlack(secret, timestamp, body, signature)) {
      write(resp, 401, "{\"error\":\"invalid signature\"}");
      return;
    }
    req.setAttribute(VERIFIED_BODY, body);
    handle(req, resp);
  }

  private static boolean signedBySlack(
      String secret, String timestamp, String body, String signature) {
    try {
      return new SlackSignature.Verifier(new SlackSignature.Generator(secret))
          .isValid(timestamp, body, signature);
    } catch (RuntimeException notANumber) {
      return false;
    }
  }

  private static boolean withinFiveMinutes(String timestamp) {
    try {
      long seconds = Long.parseLong(timestamp.strip());
      return Math.abs(Instant.now().getEpochSecond() - seconds) <= MAX_CLOCK_SKEW.toSeconds();
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** The body as UTF-8, or null as soon as it is longer than {@code limit} bytes. */
  private static String readAtMost(HttpServletRequest req, int limit) throws IOException {
    if (req.getContentLengthLong() > limit) {
      return null;
    }
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    InputStream in = req.getInputStream();
    for (int n = in.read(buffer); n != -1; n = in.read(buffer)) {
      if (body.size() + n > limit) {
        return null;
      }
      body.write(buffer, 0, n);
    }
    return body.toString(StandardCharsets.UTF_8);
  }

  private void handle(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    Request<?> slackRequest;
    try {
      slackRequest = adapter.buildSlackRequest(req);
    } catch (RuntimeException e) {
      log.debug("Unreadable Slack request: {}", e.getClass().getSimpleName());
      write(resp, 400, "{\"error\":\"malformed request\"}");
      return;
    }
    if (slackRequest == null) {
      write(resp, 404, "{\"error\":\"not found\"}");
      return;
    }
    try {
      Response response = app.run(slackRequest);
      adapter.writeResponse(resp, response);
    } catch (Exception e) {
      if (busy(e)) {
        log.warn("Refused a Slack request: the work after acks is full");
        resp.setHeader("Retry-After", "1");
        write(resp, 503, "{\"error\":\"busy\"}");
        return;
      }
      if (malformed(e)) {
        // Signed, but a field has the wrong JSON type: the SDK fails to bind it.
        log.debug("Slack payload of the wrong shape: {}", e.getClass().getSimpleName());
        write(resp, 400, "{\"error\":\"malformed request\"}");
        return;
      }
      log.error("Slack request failed", e);
      write(resp, 500, "{\"error\":\"internal error\"}");
    }
  }

  /** The work after acks had no room: not acknowledged, so Slack retries an event later. */
  static boolean busy(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof RejectedExecutionException) {
        return true;
      }
    }
    return false;
  }

  /**
   * The SDK could not bind or read a payload of the wrong shape: a gson error, or one thrown by the
   * SDK's own code (its built-in middleware reads fields it assumes are there) rather than by ours.
   */
  static boolean malformed(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof JsonParseException) {
        return true;
      }
      StackTraceElement[] where = t.getStackTrace();
      if (t instanceof RuntimeException
          && where.length > 0
          && (where[0].getClassName().startsWith("com.slack.api.")
              || where[0].getClassName().startsWith("com.google.gson."))) {
        return true;
      }
    }
    return false;
  }

  private static void write(HttpServletResponse resp, int status, String body) throws IOException {
    resp.setStatus(status);
    resp.setContentType("application/json");
    resp.getWriter().write(body);
  }

  /** Hands Bolt the body read and verified above instead of letting it read the request again. */
  private static final class VerifiedBodyAdapter extends SlackAppServletAdapter {
    VerifiedBodyAdapter(App app) {
      super(app.config());
    }

    @Override
    protected String doReadRequestBodyAsString(HttpServletRequest req) {
      Object body = req.getAttribute(VERIFIED_BODY);
      return body instanceof String verified ? verified : "";
    }
  }
}
