package no.samspill.core.catalogue;

/** The digest's themes for grouping lessons. */
public enum Theme {
  TRUST,
  CONFLICT,
  PREPARATION,
  COMMUNICATION
}
