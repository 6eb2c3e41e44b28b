package no.samspill.core.privacy;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.directory.TenantId;

/**
 * Use case: records what the operator and coordinators change and which personal data they read,
 * and hands a tenant's trail out page by page or whole.
 */
public class AuditTrail {

  /** A request path is all {@code what} holds; anything longer is cut, never stored whole. */
  static final int WHAT_LENGTH = 300;

  /** An export beyond this many entries is cut; the caller narrows it by time. */
  public static final int EXPORT_LIMIT = 100_000;

  private static final int EXPORT_PAGE = 1_000;

  public record Page(List<AuditEntry> entries, boolean more) {}

  private final AuditLog log;
  private final Clock clock;

  public AuditTrail(AuditLog log, Clock clock) {
    this.log = log;
    this.clock = clock;
  }

  public void adminChange(TenantId tenant, AuditActor who, String what, LeaderId subject) {
    record(tenant, who, AuditEntry.ADMIN_CHANGE, what, subject);
  }

  public void personalDataRead(TenantId tenant, AuditActor who, String what, LeaderId subject) {
    record(tenant, who, AuditEntry.PERSONAL_DATA_READ, what, subject);
  }

  public Page page(AuditQuery query) {
    List<AuditEntry> found = log.find(query.withLimit(query.limit() + 1));
    boolean more = found.size() > query.limit();
    return new Page(more ? found.subList(0, query.limit()) : found, more);
  }

  /** Every matching entry, newest first, up to {@link #EXPORT_LIMIT}. */
  public Page export(AuditQuery query) {
    List<AuditEntry> all = new ArrayList<>();
    AuditQuery next =
        new AuditQuery(query.tenant(), query.action(), query.from(), query.to(), 0, EXPORT_PAGE);
    while (all.size() < EXPORT_LIMIT) {
      Page page = page(next);
      all.addAll(page.entries());
      if (!page.more()) {
        return new Page(all, false);
      }
      next = next.next();
    }
    return new Page(all.subList(0, EXPORT_LIMIT), true);
  }

  private void record(
      TenantId tenant, AuditActor who, String action, String what, LeaderId subject) {
    log.record(AuditEntry.by(who, tenant, action, plain(what), subject, clock.instant()));
  }

  private static String plain(String what) {
    if (what == null) {
      return null;
    }
    String clean = what.replaceAll("\\p{Cntrl}", "?");
    return clean.length() > WHAT_LENGTH ? clean.substring(0, WHAT_LENGTH) : clean;
  }
}
