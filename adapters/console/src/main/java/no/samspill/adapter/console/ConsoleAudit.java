package no.samspill.adapter.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.samspill.core.directory.Leader;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.privacy.AuditActor;
import no.samspill.core.privacy.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The console's part of the audit trail, as the admin API's: every change a coordinator makes (a
 * form that was saved; a refused one is a 400 and changed nothing) and every page that shows
 * people's data (the leader list and a leader's page), with who, what, when and from where.
 */
final class ConsoleAudit implements HandlerInterceptor, WebMvcConfigurer {

  private static final Logger log = LoggerFactory.getLogger(ConsoleAudit.class);
  private static final Pattern LEADER_PAGE = Pattern.compile("^/console/leaders(?:/([^/?]+))?$");

  private final AuditTrail trail;
  private final Coordinators coordinators;

  ConsoleAudit(AuditTrail trail, Coordinators coordinators) {
    this.trail = trail;
    this.coordinators = coordinators;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry
        .addInterceptor(this)
        .addPathPatterns("/console/**")
        .excludePathPatterns("/console/sign-in/**", "/console/demo-sign-in", "/console/sign-out");
  }

  @Override
  public void afterCompletion(
      HttpServletRequest request, HttpServletResponse response, Object handler, Exception error) {
    if (error != null || response.getStatus() >= 400) {
      return;
    }
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    String path = request.getRequestURI();
    Matcher leaderPage = LEADER_PAGE.matcher(path);
    boolean change = "POST".equals(request.getMethod());
    boolean read =
        "GET".equals(request.getMethod())
            && leaderPage.matches()
            && !"new".equals(leaderPage.group(1));
    if (!change && !read) {
      return;
    }
    try {
      Leader me = coordinators.current(authentication);
      AuditActor who =
          AuditActor.coordinator(me.id(), identity(authentication), request.getRemoteAddr());
      LeaderId subject =
          leaderPage.matches() && leaderPage.group(1) != null && !"new".equals(leaderPage.group(1))
              ? new LeaderId(leaderPage.group(1))
              : null;
      String what = request.getMethod() + " " + path;
      if (change) {
        trail.adminChange(me.tenantId(), who, what, subject);
      } else {
        trail.personalDataRead(me.tenantId(), who, what, subject);
      }
    } catch (RuntimeException e) {
      // The page has gone out; a missing line must be seen by the operator.
      log.error("Could not write the console's audit line for {}: {}", path, e.toString());
    }
  }

  /** The identity the provider vouched for (object id, else the verified e-mail), or "demo". */
  private static String identity(Authentication authentication) {
    if (authentication != null && authentication.getPrincipal() instanceof CoordinatorOidcUser u) {
      String oid = u.getClaimAsString("oid");
      if (oid != null) {
        return "oid:" + oid;
      }
      return Boolean.TRUE.equals(u.getEmailVerified()) ? u.getEmail() : "sub:" + u.getSubject();
    }
    return "demo";
  }
}
