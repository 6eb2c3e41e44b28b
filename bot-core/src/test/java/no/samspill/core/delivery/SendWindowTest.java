package no.samspill.core.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SendWindowTest {

  /** Time that moves only when the window sleeps, or when the test says so. */
  private static final class Hand implements SendWindow.Time {
    long now;
    final List<Duration> slept = new ArrayList<>();

    @Override
    public long nanos() {
      return now;
    }

    @Override
    public void sleep(Duration duration) {
      slept.add(duration);
      now += duration.toNanos();
    }

    void advance(Duration by) {
      now += by.toNanos();
    }
  }

  private final Hand time = new Hand();
  private final SendWindow window = new SendWindow(3, Duration.ofSeconds(1), time);

  @Test
  void callsWithinTheLimitLeaveAtOnce() throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      window.awaitTurn("tenant-a");
    }

    assertThat(time.slept).isEmpty();
  }

  @Test
  void aCallThatWouldOverflowTheWindowWaitsUntilTheOldestLeavesIt() throws InterruptedException {
    window.awaitTurn("tenant-a");
    time.advance(Duration.ofMillis(300));
    window.awaitTurn("tenant-a");
    window.awaitTurn("tenant-a");

    window.awaitTurn("tenant-a");

    // The first left at 0 ms; the fourth may leave when that one is a second old.
    assertThat(time.slept).containsExactly(Duration.ofMillis(700));
    assertThat(time.now).isEqualTo(Duration.ofSeconds(1).toNanos());
  }

  @Test
  void eachKeyHasAWindowOfItsOwn() throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      window.awaitTurn("tenant-a");
    }

    window.awaitTurn("tenant-b");

    assertThat(time.slept).isEmpty();
  }

  @Test
  void aCallNeverWaitsLongerThanOneWindow() throws InterruptedException {
    SendWindow tight = new SendWindow(1, Duration.ofSeconds(1), time);
    tight.awaitTurn("k");
    tight.awaitTurn("k");
    tight.awaitTurn("k");

    assertThat(time.slept)
        .allSatisfy(d -> assertThat(d).isLessThanOrEqualTo(Duration.ofSeconds(1)));
    assertThat(time.now).isEqualTo(Duration.ofSeconds(2).toNanos());
  }

  @Test
  void aLimitBelowOneOrAnEmptyWindowIsRefused() {
    assertThatThrownBy(() -> new SendWindow(0, Duration.ofSeconds(1), time))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SendWindow(5, Duration.ZERO, time))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
