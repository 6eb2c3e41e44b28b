package no.samspill.app;

import java.time.Clock;
import no.samspill.core.directory.IdentifyCoordinator;
import no.samspill.core.directory.Leaders;
import no.samspill.core.directory.Tenants;
import no.samspill.core.privacy.AuditLog;
import no.samspill.core.privacy.AuditTrail;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who may set a tenant up through the admin API, and the audit trail of what they did there. */
@Configuration(proxyBeanMethods = false)
class AccessConfiguration {

  @Bean
  IdentifyCoordinator identifyCoordinator(Tenants tenants, Leaders leaders) {
    return new IdentifyCoordinator(tenants, leaders);
  }

  @Bean
  AuditTrail auditTrail(AuditLog log, Clock clock) {
    return new AuditTrail(log, clock);
  }
}
