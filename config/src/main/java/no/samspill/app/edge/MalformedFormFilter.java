package no.samspill.app.edge;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.servlet.filter.OrderedFormContentFilter;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * Spring's form filter for PUT, PATCH and DELETE, except that a form body it cannot decode (a bad
 * %-escape) is the client's 400, not a 500; it runs before any token check, so it must not fail.
 */
final class MalformedFormFilter extends OrderedFormContentFilter {

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    boolean[] parsed = {false};
    try {
      super.doFilterInternal(
          request,
          response,
          (req, res) -> {
            parsed[0] = true;
            chain.doFilter(req, res);
          });
    } catch (HttpMessageNotReadableException | IllegalArgumentException e) {
      // Only the form's own decoding is answered here; a later failure is not ours to hide.
      if (parsed[0] || response.isCommitted()) {
        throw e;
      }
      response.resetBuffer();
      EdgeProblems.write(
          response,
          HttpServletResponse.SC_BAD_REQUEST,
          "The form-encoded body is not valid: a %-escape is malformed");
    }
  }
}
