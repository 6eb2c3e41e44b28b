package no.samspill.adapter.slack;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import no.samspill.core.delivery.PlatformCalls;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Counts every call to the Slack Web API by method ("chat.postMessage", from Slack's URL, never
 * from the body) and HTTP status, 429s included; the SDK's own response listeners see only 2xx.
 */
final class SlackCallCounter implements Interceptor {

  private final PlatformCalls calls;

  SlackCallCounter(PlatformCalls calls) {
    this.calls = calls;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    List<String> path = chain.request().url().pathSegments();
    String method = path.isEmpty() ? "" : path.get(path.size() - 1);
    long start = System.nanoTime();
    try {
      Response response = chain.proceed(chain.request());
      calls.answered("slack", method, response.code(), Duration.ofNanos(System.nanoTime() - start));
      return response;
    } catch (IOException e) {
      calls.answered(
          "slack", method, PlatformCalls.NO_ANSWER, Duration.ofNanos(System.nanoTime() - start));
      throw e;
    }
  }
}
