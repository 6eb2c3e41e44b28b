package no.samspill.core.directory;

import java.util.List;

/** Port: the shared channels where a tenant's weekly digest goes (at most one per platform). */
public interface DigestChannels {

  List<ChannelAddress> find(TenantId tenant);

  /** Makes this the tenant's digest channel on its platform, replacing any earlier one there. */
  void set(TenantId tenant, ChannelAddress address);
}
