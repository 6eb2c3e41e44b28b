package no.samspill.core.casework;

import java.time.Clock;
import no.samspill.core.directory.TenantId;

/**
 * Use case: a coordinator adds a political body or renames it or changes its kind. The kind sets
 * the lead days, so a changed kind re-plans the nudges of the body's coming meetings at once.
 */
public class SaveBody {

  public static final int NAME_LENGTH = 200;

  /** The most coming meetings of one body re-planned when its kind changes. */
  static final int REPLAN_LIMIT = 500;

  /** What the coordinator gave; a null kind is {@link BodyKind#OTHER}. */
  public record BodyDraft(String name, BodyKind kind) {}

  private final PoliticalBodies bodies;
  private final Meetings meetings;
  private final Replanning replanning;
  private final Clock clock;

  public SaveBody(PoliticalBodies bodies, Meetings meetings, Replanning replanning, Clock clock) {
    this.bodies = bodies;
    this.meetings = meetings;
    this.replanning = replanning;
    this.clock = clock;
  }

  /**
   * @throws CaseworkRefused if the name is blank or too long; nothing is written then
   */
  public PoliticalBody add(TenantId tenant, BodyDraft draft) {
    PoliticalBody body = build(tenant, BodyId.random(), draft);
    bodies.save(body);
    return body;
  }

  /**
   * @throws CaseworkRefused if the name is blank or too long; nothing is written then
   */
  public PoliticalBody change(PoliticalBody old, BodyDraft draft) {
    PoliticalBody body = build(old.tenantId(), old.id(), draft);
    bodies.save(body);
    if (body.kind() != old.kind()) {
      for (Meeting meeting :
          meetings.findByBody(body.tenantId(), body.id(), clock.instant(), REPLAN_LIMIT)) {
        replanning.meetingSaved(meeting);
      }
    }
    return body;
  }

  private static PoliticalBody build(TenantId tenant, BodyId id, BodyDraft draft) {
    String name = CaseworkRefused.required(draft.name(), "name", NAME_LENGTH, "leader.text");
    return new PoliticalBody(id, tenant, name, draft.kind());
  }
}
