package no.samspill.core.privacy;

import java.util.Objects;
import no.samspill.core.directory.LeaderId;

/**
 * Who acted, as the audit trail names them: a leader in the chat, the deployment's operator (the
 * admin token), or a coordinator signed in with the municipality's identity provider, whose {@code
 * identity} is the e-mail or object id the provider vouched for.
 */
public record AuditActor(String kind, LeaderId leader, String identity, String remoteAddress) {

  public static final String LEADER = "LEADER";
  public static final String OPERATOR = "OPERATOR";
  public static final String COORDINATOR = "COORDINATOR";

  /** Samspill itself, such as the retention purge. */
  public static final String SYSTEM = "SYSTEM";

  public AuditActor {
    Objects.requireNonNull(kind, "kind");
  }

  public static AuditActor operator(String remoteAddress) {
    return new AuditActor(OPERATOR, null, null, remoteAddress);
  }

  public static AuditActor coordinator(LeaderId leader, String identity, String remoteAddress) {
    return new AuditActor(
        COORDINATOR, Objects.requireNonNull(leader, "leader"), identity, remoteAddress);
  }
}
