package no.samspill.core.reflection;

/** What the leader allows others to see of a reflection; private unless they choose otherwise. */
public enum ShareChoice {
  PRIVATE,
  ANONYMOUS,
  NAMED;

  public static final ShareChoice DEFAULT = PRIVATE;
}
