package no.samspill.core.casework;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import no.samspill.core.directory.ChatIdentity;
import no.samspill.core.directory.Leader;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.directory.Leaders;
import no.samspill.core.directory.TenantId;
import no.samspill.core.language.Language;

/**
 * Use case: a coordinator adds a leader or changes one (name, role, e-mail, language, time zone,
 * coordinator). Everything is checked before anything is written; a changed leader is re-planned.
 */
public class SaveLeader {

  /** For names, roles and zones. */
  public static final int NAME_LENGTH = 200;

  /** RFC 5321's limit on a forward path. */
  public static final int EMAIL_LENGTH = 254;

  /** What the coordinator typed; a null time zone means the tenant's default. */
  public record LeaderDraft(
      String name,
      String role,
      String email,
      Language language,
      String timeZone,
      boolean coordinator) {}

  private final Leaders leaders;
  private final Replanning replanning;
  private final Clock clock;

  public SaveLeader(Leaders leaders, Replanning replanning, Clock clock) {
    this.leaders = leaders;
    this.replanning = replanning;
    this.clock = clock;
  }

  /**
   * @throws CaseworkRefused naming the first field that cannot be saved; nothing is written then
   */
  public Leader add(TenantId tenant, LeaderDraft draft) {
    Leader leader = build(tenant, LeaderId.random(), draft, List.of(), clock.instant());
    leaders.save(leader);
    return leader;
  }

  /**
   * @throws CaseworkRefused naming the first field that cannot be saved; nothing is written then
   */
  public Leader change(Leader old, LeaderDraft draft) {
    Leader leader = build(old.tenantId(), old.id(), draft, old.identities(), old.createdAt());
    leaders.save(leader);
    replanning.leaderChanged(leader.tenantId(), leader.id());
    return leader;
  }

  private Leader build(
      TenantId tenant,
      LeaderId id,
      LeaderDraft draft,
      List<ChatIdentity> identities,
      Instant createdAt) {
    String name = CaseworkRefused.required(draft.name(), "name", NAME_LENGTH, "leader.text");
    String role = CaseworkRefused.limited(draft.role(), "role", NAME_LENGTH, "leader.text");
    String email = CaseworkRefused.limited(draft.email(), "email", EMAIL_LENGTH, "leader.text");
    if (email != null && !email.contains("@")) {
      throw new CaseworkRefused(
          "email", "The field 'email' is not an e-mail address", "leader.email.invalid");
    }
    ZoneId zone = zone(draft.timeZone());
    return new Leader(
        id,
        tenant,
        name,
        role,
        email,
        draft.language(),
        zone,
        draft.coordinator(),
        identities,
        createdAt);
  }

  private static ZoneId zone(String id) {
    String zone = CaseworkRefused.limited(id, "timeZone", NAME_LENGTH, "leader.text");
    if (zone == null) {
      return null;
    }
    try {
      return ZoneId.of(zone);
    } catch (DateTimeException e) {
      throw new CaseworkRefused(
          "timeZone",
          "The field 'timeZone' is not a known time zone: '" + zone + "'",
          "leader.timezone.unknown");
    }
  }
}
