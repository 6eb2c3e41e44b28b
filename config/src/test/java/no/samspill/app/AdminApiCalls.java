package no.samspill.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls to a running app's admin API as the operator, and the check on its problems. */
final class AdminApiCalls {

  static final String TOKEN = "admin-test-token-1234";
  static final String FJORDVIK = "/api/v1/tenants/sample-fjordvik";
  static final JsonMapper JSON = JsonMapper.builder().build();
  static final HttpClient HTTP = HttpClient.newHttpClient();

  private final String base;

  AdminApiCalls(ConfigurableApplicationContext app) {
    base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
  }

  /** The app started with {@link #TOKEN} as the operator's. */
  static String tokenProperty() {
    return "samspill.admin.token=" + TOKEN;
  }

  URI uri(String path) {
    return URI.create(base + path);
  }

  HttpResponse<String> send(String method, String path, String body) throws Exception {
    return send(method, path, body, "Bearer " + TOKEN);
  }

  HttpResponse<String> send(String method, String path, String body, String auth) throws Exception {
    return HTTP.send(
        request(method, path, body, auth).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** As the operator, whose browser or client asks for {@code acceptLanguage}. */
  HttpResponse<String> sendAccepting(String acceptLanguage, String method, String path, String body)
      throws Exception {
    HttpRequest.Builder request =
        request(method, path, body, "Bearer " + TOKEN).header("Accept-Language", acceptLanguage);
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest.Builder request(String method, String path, String body, String auth) {
    return HttpRequest.newBuilder(uri(path))
        .header("Authorization", auth)
        .header("Content-Type", "application/json")
        .method(
            method,
            body == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
  }

  static void assertProblem(HttpResponse<String> response, int status, String detail) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("content-type"))
        .hasValueSatisfying(type -> assertThat(type).contains("application/problem+json"));
    JsonNode problem = JSON.readTree(response.body());
    // A refused field is said in the caller's language, with the field's name beside it.
    String said =
        problem.get("detail").asString()
            + (problem.has("field") ? " '" + problem.get("field").asString() + "'" : "");
    assertThat(said).contains(detail);
  }
}
