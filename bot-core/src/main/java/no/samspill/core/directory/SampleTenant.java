package no.samspill.core.directory;

/** Port: the demo's sample municipality, which can be put back as it was first loaded. */
public interface SampleTenant {

  TenantId id();

  /** Erases everything stored for the sample tenant and loads it again. */
  void reset();
}
