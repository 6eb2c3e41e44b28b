package no.samspill.core.conversation;

/** The engine's own short dialogs, outside the catalogue's flows. */
public enum DialogStep {
  PICK_CASE,
  PICK_PHASE,
  NEW_CASE_TITLE,
  NEW_CASE_NUMBER,
  NEW_CASE_MEETING,
  PICK_LANGUAGE,
  CONFIRM_DELETE
}
