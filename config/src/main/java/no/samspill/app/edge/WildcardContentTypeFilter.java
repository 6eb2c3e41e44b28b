package no.samspill.app.edge;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A body's Content-Type must name a type: {@code *}{@code /*} or {@code application/*} says nothing
 * about it, and Spring fails on it with a 500 when it reads the headers. Such a request is refused
 * with a 415.
 */
final class WildcardContentTypeFilter extends OncePerRequestFilter {

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (isWildcard(request.getContentType())) {
      EdgeProblems.write(
          response,
          HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE,
          "The Content-Type must name the body's type, not a wildcard");
      return;
    }
    chain.doFilter(request, response);
  }

  private static boolean isWildcard(String contentType) {
    if (contentType == null) {
      return false;
    }
    try {
      MediaType type = MediaType.parseMediaType(contentType);
      // application/* names no type either, and Spring fails on it the same way.
      return type.isWildcardType() || type.isWildcardSubtype();
    } catch (InvalidMediaTypeException e) {
      // Not a wildcard; what to make of an unreadable type is left to the handler.
      return false;
    }
  }
}
