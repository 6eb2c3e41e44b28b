package no.samspill.core.reflection;

/**
 * When in a case a reflection happens; AD_HOC needs no case. FOLLOW_UP asks, the week after a
 * digest, whether a shared lesson was used.
 */
public enum Phase {
  PRE,
  MID,
  POST,
  AD_HOC,
  FOLLOW_UP;

  /** Every catalogue must have a flow for these; FOLLOW_UP is optional. */
  public boolean required() {
    return this != FOLLOW_UP;
  }
}
