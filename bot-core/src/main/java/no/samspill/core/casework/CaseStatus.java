package no.samspill.core.casework;

/** Where a case stands in its political treatment. */
public enum CaseStatus {
  IN_PREPARATION,
  IN_TREATMENT,
  DECIDED,
  WITHDRAWN;

  public boolean isOpen() {
    return this == IN_PREPARATION || this == IN_TREATMENT;
  }
}
