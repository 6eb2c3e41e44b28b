package no.samspill.core.schedule;

/** What a nudge does when it goes out. */
public enum NudgeKind {
  /** Starts the case's PRE, MID or POST flow for its owner. */
  CASE_FLOW,
  /** The one reminder after a case flow that was not answered. */
  REMINDER,
  /** The week after a digest: did you use one of the lessons? */
  DIGEST_FOLLOW_UP,
  /** The lighter "the meeting has ended" nudge for a leader who follows the body. */
  MEETING_ENDED,
  /** The leader pressed "remind me later" on a flow: the next working morning. */
  REMIND_LATER
}
