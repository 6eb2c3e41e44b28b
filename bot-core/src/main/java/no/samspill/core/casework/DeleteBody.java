package no.samspill.core.casework;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.samspill.core.directory.TenantId;

/**
 * Use case: a political body that no longer exists, or was added by mistake, is deleted with its
 * meetings (each as {@link DeleteMeeting} deletes one), and its followers stop following it. It is
 * refused while an import source fills the body (it would fill a body that is gone) or while any of
 * its meetings has reflections tied to it; and when it has meetings or followers, it is deleted
 * only once the caller has seen and confirmed what goes with it.
 */
public class DeleteBody {

  /** More meetings than this in one body are not deleted in one request. */
  static final int MEETING_LIMIT = 5000;

  /**
   * What deleting the body takes with it (its meetings, the cases they are taken off, its
   * followers, the nudges still planned about its meetings), or why it may not be deleted.
   */
  public record Preview(
      PoliticalBody body,
      int meetings,
      int cases,
      int followers,
      long plannedNudges,
      Optional<DeletionRefused> refused) {

    /** Whether deleting it takes anything else with it, so it needs a confirmation. */
    public boolean affectsMore() {
      return meetings > 0 || followers > 0;
    }
  }

  private final PoliticalBodies bodies;
  private final Meetings meetings;
  private final Cases cases;
  private final Follows follows;
  private final CaseworkReferences references;
  private final Replanning replanning;
  private final DeleteMeeting deleteMeeting;

  public DeleteBody(
      PoliticalBodies bodies,
      Meetings meetings,
      Cases cases,
      Follows follows,
      CaseworkReferences references,
      Replanning replanning) {
    this.bodies = bodies;
    this.meetings = meetings;
    this.cases = cases;
    this.follows = follows;
    this.references = references;
    this.replanning = replanning;
    this.deleteMeeting = new DeleteMeeting(meetings, cases, references, replanning);
  }

  /** Empty if the tenant has no such body. */
  public Optional<Preview> preview(TenantId tenant, BodyId id) {
    return bodies.findById(tenant, id).map(body -> preview(body, meetingsOf(body)));
  }

  /**
   * The deleted body; empty if the tenant has none.
   *
   * @param confirmed whether the caller has seen the preview; without it a body with meetings or
   *     followers is refused
   * @throws DeletionRefused if it must stay, or is not confirmed; nothing is written then
   */
  public Optional<PoliticalBody> delete(TenantId tenant, BodyId id, boolean confirmed) {
    Optional<PoliticalBody> found = bodies.findById(tenant, id);
    if (found.isEmpty()) {
      return found;
    }
    PoliticalBody body = found.get();
    List<Meeting> held = meetingsOf(body);
    Preview preview = preview(body, held);
    if (preview.refused().isPresent()) {
      throw preview.refused().get();
    }
    if (preview.affectsMore() && !confirmed) {
      throw unconfirmed(preview);
    }
    held.forEach(deleteMeeting::remove);
    for (Following following : follows.findByBody(tenant, id)) {
      Set<BodyId> rest = new LinkedHashSet<>(following.bodies());
      rest.remove(id);
      follows.save(
          new Following(tenant, following.leaderId(), rest, following.meetingEndedNudges()));
      replanning.leaderChanged(tenant, following.leaderId());
    }
    bodies.delete(tenant, id);
    return found;
  }

  private static DeletionRefused unconfirmed(Preview preview) {
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put("meetings", (long) preview.meetings());
    counts.put("cases", (long) preview.cases());
    counts.put("followers", (long) preview.followers());
    counts.put("plannedNudges", preview.plannedNudges());
    return new DeletionRefused(
        "Deleting the body deletes its "
            + preview.meetings()
            + " meeting(s), takes them off "
            + preview.cases()
            + " case(s), stops "
            + preview.followers()
            + " leader(s) following it and withdraws "
            + preview.plannedNudges()
            + " planned nudge(s); confirm to delete",
        "deletes.body.unconfirmed",
        counts,
        preview.meetings(),
        preview.cases(),
        preview.followers(),
        preview.plannedNudges());
  }

  private List<Meeting> meetingsOf(PoliticalBody body) {
    return meetings.findByBody(body.tenantId(), body.id(), Instant.EPOCH, MEETING_LIMIT + 1);
  }

  private Preview preview(PoliticalBody body, List<Meeting> held) {
    TenantId tenant = body.tenantId();
    Set<CaseId> treated = new LinkedHashSet<>();
    held.forEach(m -> cases.findByMeeting(tenant, m.id()).forEach(c -> treated.add(c.id())));
    int followers = follows.findByBody(tenant, body.id()).size();
    long planned =
        held.isEmpty()
            ? 0
            : references.plannedNudgesAbout(tenant, held.stream().map(Meeting::id).toList());
    return new Preview(body, held.size(), treated.size(), followers, planned, refusal(body, held));
  }

  private Optional<DeletionRefused> refusal(PoliticalBody body, List<Meeting> held) {
    long sources = references.importSourcesOf(body.tenantId(), body.id());
    if (sources > 0) {
      return Optional.of(
          new DeletionRefused(
              sources + " import source(s) fill the body; remove them first",
              "console.deletes.body.refused.sources",
              Map.of("sources", sources),
              sources));
    }
    if (held.size() > MEETING_LIMIT) {
      return Optional.of(
          new DeletionRefused(
              "The body has more than " + MEETING_LIMIT + " meetings",
              "console.deletes.body.refused.many",
              MEETING_LIMIT));
    }
    long reflections =
        held.isEmpty()
            ? 0
            : references.reflectionsAbout(body.tenantId(), held.stream().map(Meeting::id).toList());
    if (reflections > 0) {
      return Optional.of(
          new DeletionRefused(
              reflections + " reflection(s) are tied to the body's meetings; it stays",
              "console.deletes.body.refused.reflections",
              Map.of("reflections", reflections),
              reflections));
    }
    return Optional.empty();
  }
}
