package no.samspill.app.operations;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives each request an id, on every log line written while it is handled ({@code requestId} in the
 * MDC) and in the {@code X-Request-Id} response header. A caller's own id is kept when it is a
 * plain token, so a proxy's id can be followed; anything else is replaced, never logged.
 */
final class RequestIds extends OncePerRequestFilter {

  static final String HEADER = "X-Request-Id";
  static final String KEY = "requestId";
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._-]{8,64}");

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String given = request.getHeader(HEADER);
    String id =
        given != null && PLAIN.matcher(given).matches() ? given : UUID.randomUUID().toString();
    response.setHeader(HEADER, id);
    try (MDC.MDCCloseable ignored = MDC.putCloseable(KEY, id)) {
      chain.doFilter(request, response);
    }
  }
}
