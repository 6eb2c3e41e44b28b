package no.samspill.adapter.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.bot.connector.rest.ErrorResponseException;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import okhttp3.MediaType;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.Test;
import retrofit2.Response;

class DeliveriesTest {

  private final Deliveries deliveries =
      new Deliveries(
          new TeamsProperties.Retry(4, Duration.ofSeconds(1), Duration.ofSeconds(30), null));

  @Test
  void throttlingIsRetriedAfterTheServersRetryAfter() {
    Deliveries.Failure failure = Deliveries.classify(wrapped(http(429, "7")));

    assertThat(failure.kind()).isEqualTo(Deliveries.Failure.Kind.TRANSIENT);
    assertThat(deliveries.backoff(1, failure.retryAfter())).isEqualTo(Duration.ofSeconds(7));
  }

  @Test
  void serverErrorsAndIoErrorsAreRetriedWithDoublingBackOffUpToTheCap() {
    assertThat(Deliveries.classify(wrapped(http(503, null))).kind())
        .isEqualTo(Deliveries.Failure.Kind.TRANSIENT);
    assertThat(Deliveries.classify(new CompletionException(new IOException("reset"))).kind())
        .isEqualTo(Deliveries.Failure.Kind.TRANSIENT);
    assertThat(deliveries.backoff(1, null)).isEqualTo(Duration.ofSeconds(1));
    assertThat(deliveries.backoff(3, null)).isEqualTo(Duration.ofSeconds(4));
    assertThat(deliveries.backoff(9, null)).isEqualTo(Duration.ofSeconds(30));
    assertThat(deliveries.backoff(1, Duration.ofHours(1))).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void everyRetryWaitsItsBackOffPlusUpToAFifthMoreAtRandomSoRetriesDoNotCollide() {
    java.util.Set<Duration> waits = new java.util.HashSet<>();
    for (int i = 0; i < 200; i++) {
      Duration wait = Deliveries.jitter(Duration.ofSeconds(5));
      assertThat(wait).isBetween(Duration.ofSeconds(5), Duration.ofSeconds(6));
      waits.add(wait);
    }
    assertThat(waits).hasSizeGreaterThan(20);
    assertThat(Deliveries.classify(wrapped(http(412, null))).kind())
        .isEqualTo(Deliveries.Failure.Kind.TRANSIENT);
    assertThat(Deliveries.classify(wrapped(http(504, null))).kind())
        .isEqualTo(Deliveries.Failure.Kind.TRANSIENT);
  }

  @Test
  void removedAppOrGoneConversationIsPermanentAndOtherClientErrorsAreNotRetried() {
    assertThat(Deliveries.classify(wrapped(http(403, null))).kind())
        .isEqualTo(Deliveries.Failure.Kind.PERMANENT);
    assertThat(Deliveries.classify(wrapped(http(404, null))).kind())
        .isEqualTo(Deliveries.Failure.Kind.PERMANENT);
    assertThat(Deliveries.classify(wrapped(http(400, null))).kind())
        .isEqualTo(Deliveries.Failure.Kind.FATAL);
  }

  @Test
  void anHttpDateRetryAfterFallsBackToOurOwnBackOff() {
    assertThat(Deliveries.retryAfter("Wed, 21 Oct 2026 07:28:00 GMT")).isNull();
    assertThat(Deliveries.retryAfter(" 3 ")).isEqualTo(Duration.ofSeconds(3));
  }

  private static Throwable wrapped(Throwable t) {
    return new CompletionException(t);
  }

  private static ErrorResponseException http(int code, String retryAfter) {
    okhttp3.Response.Builder raw =
        new okhttp3.Response.Builder()
            .code(code)
            .message("status " + code)
            .protocol(Protocol.HTTP_1_1)
            .request(new Request.Builder().url("https://smba.example/v3/conversations/x").build());
    if (retryAfter != null) {
      raw.header("Retry-After", retryAfter);
    }
    ResponseBody body = ResponseBody.create("{}", MediaType.get("application/json"));
    return new ErrorResponseException("sendToConversation", Response.error(body, raw.build()));
  }
}
