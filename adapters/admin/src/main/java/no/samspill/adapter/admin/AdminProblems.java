package no.samspill.adapter.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import no.samspill.core.language.Language;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.json.JsonMapper;

/**
 * Problem details written before Spring MVC runs, shaped as the controllers' own are (Spring leaves
 * out the default type, about:blank).
 */
final class AdminProblems {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private AdminProblems() {}

  static void write(
      HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
      throws IOException {
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("title", status.getReasonPhrase());
    problem.put("status", status.value());
    problem.put("detail", detail);
    problem.put("instance", request.getRequestURI());
    response.setStatus(status.value());
    response.setContentType("application/problem+json");
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(JSON.writeValueAsString(problem));
  }

  static void write(
      HttpServletRequest request,
      HttpServletResponse response,
      HttpStatus status,
      String detail,
      Language language)
      throws IOException {
    response.setHeader("Content-Language", language.code());
    write(request, response, status, detail);
  }
}
