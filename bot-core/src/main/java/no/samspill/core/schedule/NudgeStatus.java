package no.samspill.core.schedule;

/** A nudge's life: planned, claimed by one instance, then sent, failed, expired or cancelled. */
public enum NudgeStatus {
  PLANNED,
  CLAIMED,
  SENT,
  FAILED,
  EXPIRED,
  CANCELLED;

  public boolean isFinal() {
    return this == SENT || this == FAILED || this == EXPIRED || this == CANCELLED;
  }
}
