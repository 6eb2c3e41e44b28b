package no.samspill.app.edge;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A query string or form body Tomcat cannot parse ({@code ?=x}, a bad %-escape) makes it throw from
 * the first parameter lookup, which Spring answers with a 400 that is no problem and an ERROR log
 * line with a stack trace, for anybody who asks. The parameters are parsed here first and such a
 * request refused.
 */
final class MalformedQueryFilter extends OncePerRequestFilter {

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!readsItsOwnBody(request)) {
      try {
        request.getParameterMap();
      } catch (IllegalStateException | IllegalArgumentException e) {
        EdgeProblems.write(
            response,
            HttpServletResponse.SC_BAD_REQUEST,
            "The query string or form body is not valid: a parameter without a name or a"
                + " malformed %-escape");
        return;
      }
    }
    chain.doFilter(request, response);
  }

  /**
   * Parsing parameters reads a form body: Slack's endpoint must read its body itself to check the
   * signature, and Teams' reads its own too.
   */
  private static boolean readsItsOwnBody(HttpServletRequest request) {
    String path = request.getRequestURI();
    return path.startsWith("/slack/") || path.equals("/api/messages");
  }
}
