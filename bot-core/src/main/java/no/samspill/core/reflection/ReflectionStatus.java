package no.samspill.core.reflection;

/** Where a run of a flow stands. */
public enum ReflectionStatus {
  IN_PROGRESS,
  /** Put aside by "remind me later" or by starting another flow; it can be continued. */
  PAUSED,
  COMPLETED,
  CANCELLED;

  public boolean isOpen() {
    return this == IN_PROGRESS || this == PAUSED;
  }
}
