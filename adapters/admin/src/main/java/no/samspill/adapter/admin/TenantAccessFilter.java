package no.samspill.adapter.admin;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.samspill.core.directory.IdentifyCoordinator;
import no.samspill.core.directory.SignedInPerson;
import no.samspill.core.directory.TenantId;
import no.samspill.core.language.Language;
import no.samspill.core.language.Messages;
import no.samspill.core.privacy.AuditActor;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets the operator through everywhere and a coordinator's token only into their own tenant: for
 * them another tenant is as unknown as one that does not exist (404), a leader who is no
 * coordinator is refused in their language (403), and what is not a tenant's is the operator's.
 */
final class TenantAccessFilter extends OncePerRequestFilter {

  /** The request attribute holding the {@link AuditActor} who made the request. */
  static final String ACTOR = AuditActor.class.getName();

  private static final Pattern TENANT_PATH = Pattern.compile("^/api/v1/tenants/([^/]+)(/.*)?$");

  private final IdentifyCoordinator coordinators;

  TenantAccessFilter(IdentifyCoordinator coordinators) {
    this.coordinators = coordinators;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication instanceof OperatorAuthentication) {
      request.setAttribute(ACTOR, AuditActor.operator(request.getRemoteAddr()));
      chain.doFilter(request, response);
      return;
    }
    if (!(authentication instanceof JwtAuthenticationToken token)) {
      // Only the two kinds above come out of this chain's authentication.
      AdminProblems.write(request, response, HttpStatus.UNAUTHORIZED, "Unknown credentials");
      return;
    }
    Matcher path = TENANT_PATH.matcher(request.getServletPath() + pathInfo(request));
    if (!path.matches()) {
      AdminProblems.write(
          request,
          response,
          HttpStatus.FORBIDDEN,
          Messages.get(Language.DEFAULT, "admin.operator-only"),
          Language.DEFAULT);
      return;
    }
    String tenant = path.group(1);
    SignedInPerson person = person(token.getToken());
    IdentifyCoordinator.Result found = coordinators.in(new TenantId(tenant), person);
    if (found instanceof IdentifyCoordinator.Coordinator c) {
      request.setAttribute(
          ACTOR,
          AuditActor.coordinator(c.leader().id(), person.identity(), request.getRemoteAddr()));
      chain.doFilter(request, response);
    } else if (found instanceof IdentifyCoordinator.NotCoordinator n) {
      Language language = n.leader().language();
      AdminProblems.write(
          request,
          response,
          HttpStatus.FORBIDDEN,
          Messages.get(language, "admin.not-coordinator"),
          language);
    } else {
      // The same answer TenantScope gives for a tenant that does not exist.
      AdminProblems.write(
          request, response, HttpStatus.NOT_FOUND, "Unknown tenant '" + tenant + "'");
    }
  }

  static SignedInPerson person(Jwt jwt) {
    Object verified = jwt.getClaims().get("email_verified");
    return new SignedInPerson(
        jwt.getClaimAsString("email"),
        Boolean.TRUE.equals(verified) || "true".equals(verified),
        jwt.getClaimAsString("oid"),
        jwt.getClaimAsString("tid"));
  }

  private static String pathInfo(HttpServletRequest request) {
    return request.getPathInfo() == null ? "" : request.getPathInfo();
  }
}
