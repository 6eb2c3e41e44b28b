package no.samspill.core.conversation;

import no.samspill.core.casework.CaseId;
import no.samspill.core.casework.MeetingId;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.reflection.Phase;

/** Use case: start a flow for a leader without them asking (a nudge, or the demo control). */
public interface StartReflection {

  /** {@code caseId} and {@code meetingId} may be null; AD_HOC never has a case. */
  record Command(LeaderId leader, Phase phase, CaseId caseId, MeetingId meetingId) {}

  /**
   * @throws UnknownReferenceException if the leader, or the case in the leader's tenant, is unknown
   */
  Turn start(Command command);
}
