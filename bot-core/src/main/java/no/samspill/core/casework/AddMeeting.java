package no.samspill.core.casework;

import java.time.Clock;
import no.samspill.core.directory.TenantId;

/** Use case: a meeting is entered by hand; the nudges of its cases and followers are planned. */
public class AddMeeting {

  private final Meetings meetings;
  private final MeetingRules rules;

  public AddMeeting(
      Meetings meetings, PoliticalBodies bodies, Cases cases, Replanning replanning, Clock clock) {
    this.meetings = meetings;
    this.rules = new MeetingRules(bodies, cases, replanning, clock);
  }

  /**
   * @throws CaseworkRefused if the draft cannot be saved; nothing is written then
   */
  public Meeting add(TenantId tenant, MeetingDraft draft) {
    Meeting meeting = rules.checked(draft, MeetingId.random(), tenant, null);
    meetings.save(meeting);
    rules.replanning().meetingSaved(meeting);
    return meeting;
  }
}
