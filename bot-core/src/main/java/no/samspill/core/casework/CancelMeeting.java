package no.samspill.core.casework;

import java.util.Optional;
import no.samspill.core.directory.TenantId;

/** Use case: a meeting is called off; its planned nudges are cancelled and its cases re-planned. */
public class CancelMeeting {

  private final Meetings meetings;
  private final Replanning replanning;

  public CancelMeeting(Meetings meetings, Replanning replanning) {
    this.meetings = meetings;
    this.replanning = replanning;
  }

  /** The cancelled meeting; empty if the tenant has none. */
  public Optional<Meeting> cancel(TenantId tenant, MeetingId id) {
    Optional<Meeting> cancelled = meetings.findById(tenant, id).map(Meeting::asCancelled);
    cancelled.ifPresent(
        meeting -> {
          meetings.save(meeting);
          replanning.meetingSaved(meeting);
        });
    return cancelled;
  }
}
