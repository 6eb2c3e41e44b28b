package no.samspill.core.conversation;

/** The engine's own short dialogs, outside the catalogue's flows. */
public enum DialogStep {
  PICK_CASE,
  PICK_PHASE,
  NEW_CASE_TITLE,
  NEW_CASE_NUMBER,
  NEW_CASE_MEETING,
  PICK_LANGUAGE,
  CONFIRM_DELETE,
  MINE_PICK,
  MINE_OPEN,
  MINE_CONFIRM_DELETE;

  /** A step of "mine": pick, open or delete one of my reflections. */
  boolean mine() {
    return this == MINE_PICK || this == MINE_OPEN || this == MINE_CONFIRM_DELETE;
  }
}
