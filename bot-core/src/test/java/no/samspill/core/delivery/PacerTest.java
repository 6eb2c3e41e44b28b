package no.samspill.core.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import no.samspill.core.testing.ManualTimer;
import no.samspill.core.testing.MutableClock;
import org.junit.jupiter.api.Test;

class PacerTest {

  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
  private static final Pacer.Limit ONE_PER_SECOND = new Pacer.Limit(Duration.ofSeconds(1), 1);
  private static final Pacer.Limit WORKSPACE = Pacer.Limit.perSecond(10, 10);

  private final MutableClock clock = MutableClock.at(T0);
  private final ManualTimer timer = new ManualTimer(clock);
  private final Pacer pacer = new Pacer(Runnable::run, timer, 1000, 3);

  private List<Pacer.Lane> lanes(String tenant, String channel) {
    return List.of(
        new Pacer.Lane(tenant + "/" + channel, ONE_PER_SECOND), new Pacer.Lane(tenant, WORKSPACE));
  }

  private CompletableFuture<Instant> call(List<Pacer.Lane> lanes) {
    return pacer.submit(lanes, clock::instant);
  }

  @Test
  void callsOnOneChannelGoOutOnePerSecondInOrder() {
    List<CompletableFuture<Instant>> calls = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      calls.add(call(lanes("a", "dm-1")));
    }

    timer.advance(Duration.ofSeconds(10));

    assertThat(calls)
        .extracting(CompletableFuture::join)
        .containsExactly(
            T0, T0.plusSeconds(1), T0.plusSeconds(2), T0.plusSeconds(3), T0.plusSeconds(4));
  }

  @Test
  void aBusyChannelDoesNotDelayAnotherChannelsCall() {
    for (int i = 0; i < 40; i++) {
      call(lanes("a", "chatty"));
    }
    CompletableFuture<Instant> other = call(lanes("a", "quiet"));

    assertThat(other).isCompletedWithValue(T0);
    assertThat(timer.pending()).isEqualTo(39);
  }

  @Test
  void theWorkspaceLimitSpreadsManyChannelsOverTime() {
    List<CompletableFuture<Instant>> calls = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      calls.add(call(lanes("a", "dm-" + i)));
    }

    timer.advance(Duration.ofSeconds(5));

    // A burst of ten, then ten per second: the thirtieth goes two seconds in.
    assertThat(calls.get(9).join()).isEqualTo(T0);
    assertThat(calls.get(10).join()).isEqualTo(T0.plusMillis(100));
    assertThat(calls.get(29).join()).isEqualTo(T0.plusSeconds(2));
  }

  @Test
  void aThrottledTenantWaitsItsRetryAfterWhileAnotherTenantGoesOnAtOnce() {
    AtomicInteger tries = new AtomicInteger();
    CompletableFuture<Instant> throttled =
        pacer.submit(
            lanes("a", "dm-1"),
            () -> {
              if (tries.incrementAndGet() == 1) {
                throw new Pacer.Throttled(Duration.ofSeconds(30));
              }
              return clock.instant();
            });
    CompletableFuture<Instant> sameTenant = call(lanes("a", "dm-2"));
    CompletableFuture<Instant> otherTenant = call(lanes("b", "dm-1"));

    assertThat(otherTenant).isCompletedWithValue(T0);
    timer.advance(Duration.ofSeconds(60));
    assertThat(throttled.join()).isEqualTo(T0.plusSeconds(30));
    assertThat(sameTenant.join()).isAfterOrEqualTo(T0.plusSeconds(30));
  }

  @Test
  void aCallThrottledTooOftenFailsWithTheThrottle() {
    CompletableFuture<Instant> call =
        pacer.submit(
            lanes("a", "dm-1"),
            () -> {
              throw new Pacer.Throttled(Duration.ofSeconds(1));
            });

    timer.advance(Duration.ofSeconds(30));

    assertThatThrownBy(call::join).hasCauseInstanceOf(Pacer.Throttled.class);
    assertThat(pacer.waiting()).isZero();
  }

  @Test
  void beyondItsBoundThePacerRefusesRatherThanQueueingForEver() {
    Pacer small = new Pacer(Runnable::run, timer, 3, 3);
    // The first goes at once; three more wait for the channel's next seconds.
    for (int i = 0; i < 4; i++) {
      small.submit(lanes("a", "dm-1"), clock::instant);
    }

    CompletableFuture<Instant> refused = small.submit(lanes("a", "dm-1"), clock::instant);

    assertThat(refused).isCompletedExceptionally();
    assertThatThrownBy(refused::join).hasCauseInstanceOf(Pacer.Full.class);
  }
}
