package no.samspill.app.operations;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.web.filter.OncePerRequestFilter;

/** The metrics endpoint answers only a request with the configured bearer token; else 401. */
final class MetricsTokenFilter extends OncePerRequestFilter {

  private static final String BEARER = "Bearer ";

  private final byte[] token;

  MetricsTokenFilter(String token) {
    this.token = token.getBytes(StandardCharsets.UTF_8);
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String header = request.getHeader("Authorization");
    boolean allowed =
        header != null
            && header.regionMatches(true, 0, BEARER, 0, BEARER.length())
            && MessageDigest.isEqual(
                token, header.substring(BEARER.length()).strip().getBytes(StandardCharsets.UTF_8));
    if (allowed) {
      chain.doFilter(request, response);
      return;
    }
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    response.setHeader("WWW-Authenticate", "Bearer realm=\"samspill-metrics\"");
    response.setContentType("application/problem+json");
    response
        .getWriter()
        .write(
            "{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                + "\"detail\":\"The metrics endpoint needs the metrics token"
                + " (SAMSPILL_METRICS_TOKEN).\"}");
  }
}
