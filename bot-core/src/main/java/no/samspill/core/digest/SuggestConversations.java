package no.samspill.core.digest;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.samspill.core.casework.BodyId;
import no.samspill.core.casework.Cases;
import no.samspill.core.casework.Meeting;
import no.samspill.core.casework.MeetingId;
import no.samspill.core.casework.Meetings;
import no.samspill.core.casework.PoliticalBodies;
import no.samspill.core.casework.PoliticalBody;
import no.samspill.core.casework.PoliticalCase;
import no.samspill.core.directory.Leader;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.directory.Leaders;
import no.samspill.core.directory.TenantId;

/**
 * Socialisation: suggests that two leaders who both agreed to it, and who both have a case before
 * the same body in the coming weeks, talk to each other first.
 */
public class SuggestConversations {

  static final Duration HORIZON = Duration.ofDays(21);
  static final int MAX_SUGGESTIONS = 3;

  private final Leaders leaders;
  private final Cases cases;
  private final Meetings meetings;
  private final PoliticalBodies bodies;
  private final PairingOptIns optIns;

  public SuggestConversations(
      Leaders leaders,
      Cases cases,
      Meetings meetings,
      PoliticalBodies bodies,
      PairingOptIns optIns) {
    this.leaders = leaders;
    this.cases = cases;
    this.meetings = meetings;
    this.bodies = bodies;
    this.optIns = optIns;
  }

  /** Pairs for the weeks after {@code from}, at most one per body, among opted-in leaders. */
  public List<Digest.Pairing> suggest(TenantId tenant, Instant from) {
    Map<BodyId, Map<LeaderId, Meeting>> byBody = new LinkedHashMap<>();
    for (LeaderId id : Set.copyOf(optIns.optedIn(tenant))) {
      Optional<Leader> leader = leaders.findById(id).filter(l -> l.tenantId().equals(tenant));
      if (leader.isEmpty()) {
        continue;
      }
      for (PoliticalCase c : cases.findByOwner(tenant, id)) {
        if (!c.status().isOpen()) {
          continue;
        }
        for (MeetingId meetingId : c.meetingIds()) {
          meetings
              .findById(tenant, meetingId)
              .filter(m -> m.start().isAfter(from) && m.start().isBefore(from.plus(HORIZON)))
              .ifPresent(
                  m ->
                      byBody
                          .computeIfAbsent(m.bodyId(), b -> new LinkedHashMap<>())
                          .merge(id, m, (a, b) -> a.start().isBefore(b.start()) ? a : b));
        }
      }
    }
    List<Digest.Pairing> pairings = new ArrayList<>();
    byBody.forEach(
        (body, owners) -> {
          if (owners.size() < 2 || pairings.size() >= MAX_SUGGESTIONS) {
            return;
          }
          List<Map.Entry<LeaderId, Meeting>> two =
              owners.entrySet().stream()
                  .sorted(Map.Entry.comparingByKey((a, b) -> a.value().compareTo(b.value())))
                  .limit(2)
                  .toList();
          String bodyName = bodies.findById(tenant, body).map(PoliticalBody::name).orElse("");
          Instant first =
              two.get(0).getValue().start().isBefore(two.get(1).getValue().start())
                  ? two.get(0).getValue().start()
                  : two.get(1).getValue().start();
          pairings.add(
              new Digest.Pairing(
                  nameOf(two.get(0).getKey()), nameOf(two.get(1).getKey()), bodyName, first));
        });
    return pairings;
  }

  private String nameOf(LeaderId id) {
    return leaders.findById(id).map(Leader::name).orElse("?");
  }
}
