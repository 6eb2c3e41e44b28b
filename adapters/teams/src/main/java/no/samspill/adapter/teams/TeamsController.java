package no.samspill.adapter.teams;

import com.auth0.jwt.exceptions.JWTDecodeException;
import com.microsoft.bot.connector.authentication.AuthenticationException;
import com.microsoft.bot.schema.Activity;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import no.samspill.core.LogText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Bot Framework messaging endpoint. Reads the raw body itself (size-limited), because the SDK's
 * Jackson 2 model must parse it, then lets the SDK check the token and run the turn.
 */
@RestController
class TeamsController {

  private static final Logger log = LoggerFactory.getLogger(TeamsController.class);

  private final TeamsEndpoint endpoint;
  private final long maxBodyBytes;

  TeamsController(TeamsEndpoint endpoint, TeamsProperties properties) {
    this.endpoint = endpoint;
    this.maxBodyBytes = properties.maxBodySize().toBytes();
  }

  @PostMapping("/api/messages")
  ResponseEntity<String> messages(HttpServletRequest request) throws IOException {
    if (!endpoint.enabled()) {
      return plain(HttpStatus.SERVICE_UNAVAILABLE, "Microsoft Teams is not configured.");
    }
    if (request.getContentLengthLong() > maxBodyBytes) {
      return plain(HttpStatus.PAYLOAD_TOO_LARGE, "Body too large.");
    }
    byte[] body = readAtMost(request.getInputStream(), maxBodyBytes);
    if (body == null) {
      return plain(HttpStatus.PAYLOAD_TOO_LARGE, "Body too large.");
    }
    Activity activity;
    try {
      activity = ActivityReader.read(new String(body, StandardCharsets.UTF_8));
    } catch (ActivityReader.UnreadableActivityException e) {
      log.info("Refused a Teams request: {}", LogText.of(e.getMessage()));
      return plain(HttpStatus.BAD_REQUEST, "Not a Bot Framework activity.");
    }
    return process(request.getHeader(HttpHeaders.AUTHORIZATION), activity);
  }

  private ResponseEntity<String> process(String authHeader, Activity activity) {
    try {
      endpoint
          .process(authHeader, activity)
          .get(endpoint.turnTimeout().toMillis(), TimeUnit.MILLISECONDS);
      return ResponseEntity.ok().build();
    } catch (ExecutionException e) {
      if (isAuthenticationFailure(e)) {
        log.info("Refused a Teams request without a valid token");
        return plain(HttpStatus.UNAUTHORIZED, "Unauthorized.");
      }
      if (causedBy(e, RejectedExecutionException.class)) {
        log.warn("Refused a Teams {} activity: every turn thread is busy", activity.getType());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
            .header(HttpHeaders.RETRY_AFTER, "1")
            .contentType(MediaType.TEXT_PLAIN)
            .body("Busy.");
      }
      log.warn("A Teams {} activity failed", activity.getType(), e.getCause());
      return plain(HttpStatus.BAD_GATEWAY, "Could not answer.");
    } catch (TimeoutException e) {
      log.warn("A Teams {} activity took too long", activity.getType());
      return plain(HttpStatus.GATEWAY_TIMEOUT, "Timed out.");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return plain(HttpStatus.SERVICE_UNAVAILABLE, "Interrupted.");
    } catch (JWTDecodeException e) {
      // The SDK decodes the bearer before any future exists; one that is not a JWT is no token.
      log.info("Refused a Teams request whose bearer is not a JWT");
      return plain(HttpStatus.UNAUTHORIZED, "Unauthorized.");
    } catch (IllegalArgumentException e) {
      // The SDK refuses some activities before any future exists (e.g. a malformed service URL).
      log.info(
          "Refused a Teams {} activity: {}",
          LogText.of(activity.getType()),
          LogText.of(e.getMessage()));
      return plain(HttpStatus.BAD_REQUEST, "Not a Bot Framework activity.");
    }
  }

  private static boolean isAuthenticationFailure(Throwable error) {
    return causedBy(error, AuthenticationException.class)
        || causedBy(error, JWTDecodeException.class);
  }

  private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  /** The body, or null if it is longer than the limit (a chunked body has no Content-Length). */
  private static byte[] readAtMost(InputStream in, long limit) throws IOException {
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 1, limit + 1));
    return bytes.length > limit ? null : bytes;
  }

  private static ResponseEntity<String> plain(HttpStatus status, String text) {
    return ResponseEntity.status(status).contentType(MediaType.TEXT_PLAIN).body(text);
  }
}
