package no.samspill.adapter.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Set;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.directory.TenantId;
import no.samspill.core.privacy.AuditActor;
import no.samspill.core.privacy.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Writes the audit line of every successful admin change (any method but GET, HEAD and OPTIONS) and
 * of every read marked {@link ReadsPersonalData}: who, what (method and path: ids only, never a
 * body), when, and from which address. The tenant and the person concerned come from the path, or
 * from the request attributes a controller sets for what it created.
 */
final class AdminAudit implements HandlerInterceptor {

  static final String TENANT = AdminAudit.class.getName() + ".tenant";
  static final String SUBJECT = AdminAudit.class.getName() + ".subject";

  private static final Logger log = LoggerFactory.getLogger(AdminAudit.class);
  private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

  private final AuditTrail trail;

  AdminAudit(AuditTrail trail) {
    this.trail = trail;
  }

  @Override
  public void afterCompletion(
      HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
    if (ex != null || response.getStatus() >= 400 || !(handler instanceof HandlerMethod method)) {
      return;
    }
    boolean change = !READS.contains(request.getMethod());
    if (!change && !method.hasMethodAnnotation(ReadsPersonalData.class)) {
      return;
    }
    AuditActor who = (AuditActor) request.getAttribute(TenantAccessFilter.ACTOR);
    String tenant = pathOrAttribute(request, "tenantId", TENANT);
    if (who == null || tenant == null) {
      return;
    }
    String subject = pathOrAttribute(request, "leaderId", SUBJECT);
    LeaderId leader = subject == null ? null : new LeaderId(subject);
    String what = request.getMethod() + " " + request.getRequestURI();
    try {
      if (change) {
        trail.adminChange(new TenantId(tenant), who, what, leader);
      } else {
        trail.personalDataRead(new TenantId(tenant), who, what, leader);
      }
    } catch (RuntimeException e) {
      // The answer has gone out; what is left is to say loudly that its audit line is missing.
      log.error(
          "Audit entry not recorded for {} {} in tenant {}: {}",
          request.getMethod(),
          method.getMethod().getName(),
          tenant,
          e.getClass().getSimpleName());
    }
  }

  private static String pathOrAttribute(
      HttpServletRequest request, String variable, String attribute) {
    Object vars = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
    if (vars instanceof Map<?, ?> map && map.get(variable) instanceof String value) {
      return value;
    }
    return request.getAttribute(attribute) instanceof String value ? value : null;
  }
}
