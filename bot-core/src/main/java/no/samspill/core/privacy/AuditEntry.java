package no.samspill.core.privacy;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import no.samspill.core.directory.Leader;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.directory.TenantId;

/**
 * One line of the audit trail: who ({@code actorKind}, {@code actor}, {@code actorIdentity}) did
 * what ({@code action}, {@code what}) to whose data ({@code subject}), when, and from where. It
 * holds ids, kinds and request paths, never what a person wrote; {@code detail} carries counts or
 * names of fields, never content.
 */
public record AuditEntry(
    String id,
    TenantId tenantId,
    LeaderId actor,
    String action,
    LeaderId subject,
    Instant at,
    String actorKind,
    String actorIdentity,
    String what,
    String remoteAddress,
    String detail) {

  public static final String EXPORT = "EXPORT";
  public static final String DELETE = "DELETE";
  public static final String SHARE_CHANGE = "SHARE_CHANGE";
  public static final String DELETE_REFLECTION = "DELETE_REFLECTION";
  public static final String ADMIN_CHANGE = "ADMIN_CHANGE";
  public static final String PERSONAL_DATA_READ = "PERSONAL_DATA_READ";
  public static final String PURGE = "PURGE";

  /** Every kind of entry, as the admin API and the console filter by them. */
  public static final java.util.List<String> KINDS =
      java.util.List.of(
          EXPORT, DELETE, SHARE_CHANGE, DELETE_REFLECTION, ADMIN_CHANGE, PERSONAL_DATA_READ, PURGE);

  public AuditEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(at, "at");
    // Entries written before the actor's kind was recorded were all a leader's own.
    actorKind = actorKind == null ? AuditActor.LEADER : actorKind;
  }

  /** A leader acting on their own data. */
  public static AuditEntry own(Leader leader, String action, Instant at) {
    return new AuditEntry(
        UUID.randomUUID().toString(),
        leader.tenantId(),
        leader.id(),
        action,
        leader.id(),
        at,
        AuditActor.LEADER,
        null,
        null,
        null,
        null);
  }

  /** Someone acting through the admin API (the operator, or a coordinator) on a tenant. */
  public static AuditEntry by(
      AuditActor who, TenantId tenant, String action, String what, LeaderId subject, Instant at) {
    return new AuditEntry(
        UUID.randomUUID().toString(),
        tenant,
        who.leader(),
        action,
        subject,
        at,
        who.kind(),
        who.identity(),
        what,
        who.remoteAddress(),
        null);
  }

  /** The retention purge, which acts for nobody in particular: what it removed, as counts. */
  public static AuditEntry purge(TenantId tenant, String counts, Instant at) {
    return new AuditEntry(
        UUID.randomUUID().toString(),
        tenant,
        null,
        PURGE,
        null,
        at,
        AuditActor.SYSTEM,
        null,
        null,
        null,
        counts);
  }
}
