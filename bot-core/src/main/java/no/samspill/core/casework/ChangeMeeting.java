package no.samspill.core.casework;

import java.time.Clock;
import java.util.Optional;
import no.samspill.core.directory.TenantId;

/** Use case: a meeting moves or its body, title or agenda changes; its nudges follow. */
public class ChangeMeeting {

  private final Meetings meetings;
  private final MeetingRules rules;

  public ChangeMeeting(
      Meetings meetings, PoliticalBodies bodies, Cases cases, Replanning replanning, Clock clock) {
    this.meetings = meetings;
    this.rules = new MeetingRules(bodies, cases, replanning, clock);
  }

  /**
   * The meeting as saved (an imported one keeps its source key); empty if the tenant has none.
   *
   * @throws CaseworkRefused if the draft cannot be saved; nothing is written then
   */
  public Optional<Meeting> change(TenantId tenant, MeetingId id, MeetingDraft draft) {
    Optional<Meeting> before = meetings.findById(tenant, id);
    if (before.isEmpty()) {
      return Optional.empty();
    }
    Meeting meeting = rules.checked(draft, id, tenant, before.get().externalId());
    meetings.save(meeting);
    rules.replanning().meetingSaved(meeting);
    return Optional.of(meeting);
  }
}
