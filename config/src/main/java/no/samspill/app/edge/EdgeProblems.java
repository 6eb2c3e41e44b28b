package no.samspill.app.edge;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;

/** The problem+json the edge filters answer with, before any adapter's error handling exists. */
final class EdgeProblems {

  private EdgeProblems() {}

  /** {@code detail} is our own fixed text: nothing from the request is echoed. */
  static void write(HttpServletResponse response, int status, String detail) throws IOException {
    HttpStatus known = HttpStatus.resolve(status);
    response.setStatus(status);
    response.setContentType("application/problem+json");
    response
        .getWriter()
        .write(
            "{\"type\":\"about:blank\",\"title\":\""
                + (known == null ? "Error" : known.getReasonPhrase())
                + "\",\"status\":"
                + status
                + ",\"detail\":\""
                + detail
                + "\"}");
  }
}
