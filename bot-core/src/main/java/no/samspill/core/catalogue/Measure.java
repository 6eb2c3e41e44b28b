package no.samspill.core.catalogue;

/** What an answer measures, so the digest can combine answers across catalogue versions. */
public enum Measure {
  ROOM_FOR_ACTION,
  TRUST_FORM,
  TRUST_BASIS,
  TRUST_CHANGE,
  CONFLICT_PLANNED,
  CONFLICT_USED,
  CONFLICT_ARISEN,
  SIGNALS,
  EXPECTATION,
  OUTCOME,
  DIFFERENCE,
  LESSON,
  LESSON_USED,
  TALK_TO,
  BOUNDARY
}
