package no.samspill.core.imports;

/** Why a source could not be read at all, as a coordinator is told it. */
public enum ImportFailure {
  /** The address could not be reached (no answer, name unknown, connection refused). */
  UNREACHABLE,
  /** It did not answer in time. */
  TIMEOUT,
  /** It answered with an HTTP error; the detail is the status. */
  HTTP_STATUS,
  /** What it sent is not what was expected (not iCalendar, not eInnsyn's JSON). */
  NOT_READABLE,
  /** It asks for more than one import may do (too long, too many events). */
  TOO_LARGE,
  /** The body it imports into is gone. */
  UNKNOWN_BODY,
  /** Anything else; the operator's log has the cause. */
  FAILED
}
