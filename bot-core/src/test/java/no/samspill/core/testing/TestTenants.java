package no.samspill.core.testing;

import no.samspill.core.directory.TenantId;

/** Two municipalities, so a test can show one never sees the other's data. */
public final class TestTenants {

  public static final TenantId LILLEVIK = new TenantId("lillevik");
  public static final TenantId STORBY = new TenantId("storby");

  private TestTenants() {}
}
