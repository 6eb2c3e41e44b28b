package no.samspill.core.reflection;

/** When in a case a reflection happens; AD_HOC needs no case. */
public enum Phase {
  PRE,
  MID,
  POST,
  AD_HOC
}
