package no.samspill.adapter.slack;

import com.slack.api.util.http.listener.HttpResponseListener;
import java.time.Duration;
import java.util.List;
import no.samspill.core.delivery.PlatformCalls;
import okhttp3.Response;

/**
 * Counts every answer of the Slack Web API by method ("chat.postMessage") and HTTP status, so 429s
 * show; a method name comes from Slack's own URL, never from the request body.
 */
final class SlackCallCounter extends HttpResponseListener {

  private final PlatformCalls calls;

  SlackCallCounter(PlatformCalls calls) {
    this.calls = calls;
  }

  @Override
  public void accept(State state) {
    Response response = state.getResponse();
    List<String> path = response.request().url().pathSegments();
    calls.answered(
        "slack",
        path.isEmpty() ? "" : path.get(path.size() - 1),
        response.code(),
        Duration.ofMillis(
            Math.max(0, response.receivedResponseAtMillis() - response.sentRequestAtMillis())));
  }
}
