package no.samspill.adapter.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.jakarta_servlet.SlackAppServletAdapter;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.response.Response;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * /slack/events, /slack/install and /slack/oauth_redirect on one Bolt app. Bolt reads the raw body
 * itself and verifies the signature; a body it cannot parse is a 400, not a 500.
 */
final class SlackEndpointServlet extends HttpServlet {

  private static final Logger log = LoggerFactory.getLogger(SlackEndpointServlet.class);

  private final transient App app;
  private final transient SlackAppServletAdapter adapter;

  SlackEndpointServlet(App app) {
    this.app = app;
    this.adapter = new SlackAppServletAdapter(app.config());
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    handle(req, resp);
  }

  @Override
  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    handle(req, resp);
  }

  private void handle(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    Request<?> slackRequest;
    try {
      slackRequest = adapter.buildSlackRequest(req);
    } catch (RuntimeException e) {
      log.debug("Unreadable Slack request: {}", e.getMessage());
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
      log.error("Slack request failed", e);
      write(resp, 500, "{\"error\":\"internal error\"}");
    }
  }

  private static void write(HttpServletResponse resp, int status, String body) throws IOException {
    resp.setStatus(status);
    resp.setContentType("application/json");
    resp.getWriter().write(body);
  }
}
