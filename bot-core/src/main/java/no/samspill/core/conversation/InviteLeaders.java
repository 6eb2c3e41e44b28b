package no.samspill.core.conversation;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import no.samspill.core.directory.ChatWorkspace;
import no.samspill.core.directory.Tenant;
import no.samspill.core.directory.TenantId;
import no.samspill.core.directory.Tenants;
import no.samspill.core.language.Language;
import no.samspill.core.language.Messages;
import no.samspill.core.schedule.SchedulePolicies;

/**
 * Use case: the short text a coordinator sends new leaders: what Samspill is, what stays private
 * and what the digest shares (above the tenant's anonymity threshold), where to find it on the
 * platforms the municipality uses, and that «hjelp» shows the rest.
 */
public final class InviteLeaders {

  /** The platforms a leader can find Samspill on, as chat identities name them. */
  private static final List<String> PLATFORMS = List.of("teams", "slack");

  private final Tenants tenants;
  private final SchedulePolicies policies;

  public InviteLeaders(Tenants tenants, SchedulePolicies policies) {
    this.tenants = tenants;
    this.policies = policies;
  }

  /** The invitation in {@code language}, signed by {@code from}. */
  public String text(TenantId tenant, Language language, String from) {
    String municipality = tenants.findById(tenant).map(Tenant::name).orElse("");
    Set<String> used = new TreeSet<>();
    for (ChatWorkspace workspace : tenants.workspacesOf(tenant)) {
      if (PLATFORMS.contains(workspace.channel())) {
        used.add(workspace.channel());
      }
    }
    StringBuilder text = new StringBuilder();
    text.append(Messages.get(language, "invite.greeting")).append("\n\n");
    text.append(Messages.get(language, "invite.what", municipality)).append("\n\n");
    text.append(Messages.get(language, "invite.private", policies.of(tenant).anonymityThreshold()))
        .append("\n\n");
    if (used.isEmpty()) {
      // No leader has written from a platform yet: both, and the leader knows which they use.
      text.append(Messages.get(language, "invite.find.any")).append("\n\n");
    }
    for (String platform : used) {
      text.append(Messages.get(language, "invite.find." + platform)).append("\n\n");
    }
    text.append(Messages.get(language, "invite.help")).append("\n\n");
    return text.append(Messages.get(language, "invite.signature", from)).toString();
  }
}
