package no.samspill.core.casework;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.directory.TenantId;

/** Use case: which bodies a leader follows, or whether they want meeting-ended nudges, changes. */
public class ChangeFollows {

  private final Follows follows;
  private final PoliticalBodies bodies;
  private final Replanning replanning;

  public ChangeFollows(Follows follows, PoliticalBodies bodies, Replanning replanning) {
    this.follows = follows;
    this.bodies = bodies;
    this.replanning = replanning;
  }

  /**
   * Null leaves that part as it is: {@code bodies} replaces the followed bodies, {@code
   * meetingEndedNudges} switches that nudge on or off.
   *
   * @throws CaseworkRefused if a body is not the tenant's; nothing is written then
   */
  public Following change(
      TenantId tenant, LeaderId leader, List<BodyId> followed, Boolean meetingEndedNudges) {
    Following current = follows.of(tenant, leader);
    Set<BodyId> chosen = new LinkedHashSet<>(current.bodies());
    if (followed != null) {
      chosen.clear();
      for (int i = 0; i < followed.size(); i++) {
        BodyId body = followed.get(i);
        chosen.add(
            CaseworkRefused.existing(
                    "bodyIds[" + i + "]", "body", body.value(), () -> bodies.findById(tenant, body))
                .id());
      }
    }
    boolean nudges = meetingEndedNudges == null ? current.meetingEndedNudges() : meetingEndedNudges;
    Following following = new Following(tenant, leader, chosen, nudges);
    follows.save(following);
    replanning.leaderChanged(tenant, leader);
    return following;
  }
}
