package no.samspill.core.casework;

/** The kinds of elected bodies in a Norwegian municipality. */
public enum BodyKind {
  KOMMUNESTYRE,
  FORMANNSKAP,
  UTVALG,
  KONTROLLUTVALG,
  RAD,
  OTHER
}
