package no.samspill.core.catalogue;

/** How a prompt is answered. */
public enum PromptKind {
  /** One of a few buttons. */
  SINGLE_CHOICE,
  /** A 1–5 scale. */
  SCALE,
  /** Written text, optional or required. */
  FREE_TEXT,
  /** Private, anonymous to leaders, or with my name. */
  SHARE_CHOICE
}
