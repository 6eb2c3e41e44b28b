package no.samspill.core.casework;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.samspill.core.directory.TenantId;

/**
 * Use case: a meeting that was entered by mistake, or should not even stay listed as cancelled, is
 * deleted: its planned nudges are withdrawn, it is taken off its cases, and its agenda items go
 * with it. A meeting leaders have reflected on is kept, coming or past, because their reflections
 * and the digest name it; it can be cancelled instead. So is one imported from a source that still
 * fills its body, since the next import would bring it back.
 */
public class DeleteMeeting {

  /**
   * What deleting the meeting takes with it (the cases it is taken off, the nudges still planned
   * about it), or why it may not be deleted.
   */
  public record Preview(
      Meeting meeting,
      List<PoliticalCase> cases,
      long plannedNudges,
      Optional<DeletionRefused> refused) {}

  private final Meetings meetings;
  private final Cases cases;
  private final CaseworkReferences references;
  private final Replanning replanning;

  public DeleteMeeting(
      Meetings meetings, Cases cases, CaseworkReferences references, Replanning replanning) {
    this.meetings = meetings;
    this.cases = cases;
    this.references = references;
    this.replanning = replanning;
  }

  /** Empty if the tenant has no such meeting. */
  public Optional<Preview> preview(TenantId tenant, MeetingId id) {
    return meetings
        .findById(tenant, id)
        .map(
            m ->
                new Preview(
                    m,
                    cases.findByMeeting(tenant, id),
                    references.plannedNudgesAbout(tenant, List.of(id)),
                    refusal(m)));
  }

  /**
   * The deleted meeting; empty if the tenant has none.
   *
   * @throws DeletionRefused if it must stay; nothing is written then
   */
  public Optional<Meeting> delete(TenantId tenant, MeetingId id) {
    Optional<Meeting> found = meetings.findById(tenant, id);
    found.ifPresent(
        meeting -> {
          Optional<DeletionRefused> refused = refusal(meeting);
          if (refused.isPresent()) {
            throw refused.get();
          }
          remove(meeting);
        });
    return found;
  }

  private Optional<DeletionRefused> refusal(Meeting meeting) {
    long reflections = references.reflectionsAbout(meeting.tenantId(), List.of(meeting.id()));
    if (reflections > 0) {
      return Optional.of(
          new DeletionRefused(
              reflections + " reflection(s) are tied to the meeting; cancel it instead",
              "console.deletes.meeting.refused.reflections",
              Map.of("reflections", reflections),
              reflections));
    }
    if (meeting.externalId() != null
        && references.importSourcesOf(meeting.tenantId(), meeting.bodyId()) > 0) {
      return Optional.of(
          new DeletionRefused(
              "The meeting was imported from a source that still fills its body, and the next"
                  + " import would bring it back; remove it there",
              "console.deletes.meeting.refused.imported"));
    }
    return Optional.empty();
  }

  /**
   * Deletes a meeting already checked. Marked cancelled first, so a failure part-way leaves it
   * cancelled rather than half deleted, and a retry finishes the job; deleted last.
   */
  void remove(Meeting meeting) {
    TenantId tenant = meeting.tenantId();
    if (!meeting.cancelled()) {
      meetings.save(meeting.asCancelled());
    }
    replanning.meetingDeleted(tenant, meeting.id());
    for (PoliticalCase before : cases.findByMeeting(tenant, meeting.id())) {
      PoliticalCase after = before.withoutMeeting(meeting.id());
      cases.save(after);
      replanning.caseSaved(before, after);
    }
    meetings.delete(tenant, meeting.id());
  }
}
