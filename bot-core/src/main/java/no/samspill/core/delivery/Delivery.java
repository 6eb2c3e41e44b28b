package no.samspill.core.delivery;

import java.util.Objects;

/**
 * How sending went, after the channel's own retries. UNREACHABLE is permanent (the person removed
 * the app, the channel is gone) and must not be retried; FAILED may succeed later; WITHDRAWN means
 * nothing left.
 */
public record Delivery(Outcome outcome, String detail) {

  public enum Outcome {
    DELIVERED,
    FAILED,
    UNREACHABLE,
    /**
     * Nothing was sent: the claim was lost or the message was no longer wanted when its turn came.
     */
    WITHDRAWN
  }

  public Delivery {
    Objects.requireNonNull(outcome, "outcome");
  }

  public static Delivery delivered() {
    return new Delivery(Outcome.DELIVERED, null);
  }

  public static Delivery failed(String detail) {
    return new Delivery(Outcome.FAILED, detail);
  }

  public static Delivery withdrawn(String detail) {
    return new Delivery(Outcome.WITHDRAWN, detail);
  }

  public static Delivery unreachable(String detail) {
    return new Delivery(Outcome.UNREACHABLE, detail);
  }

  public boolean succeeded() {
    return outcome == Outcome.DELIVERED;
  }
}
