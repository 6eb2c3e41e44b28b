package no.samspill.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The console over plain HTTP, as a browser without JavaScript uses it: cookie, forms, CSRF. */
final class ConsoleSession {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  private static final Pattern SESSION = Pattern.compile("SAMSPILL_CONSOLE=([^;]+)");

  private ConsoleSession() {}

  /** Signs in through the demo form, with its CSRF token; returns the new session cookie. */
  static String demoSignIn(int port) throws Exception {
    HttpResponse<String> signIn = get(port, "/console/sign-in", null);
    HttpResponse<String> signedIn =
        post(port, "/console/demo-sign-in", cookie(signIn), form(csrf(signIn.body())));
    assertThat(signedIn.statusCode()).isEqualTo(302);
    String session = cookie(signedIn);
    assertThat(session).isNotEqualTo(cookie(signIn));
    assertThat(get(port, "/console", session).body()).contains("Logget inn som Kari Nordmann");
    return session;
  }

  static HttpResponse<String> get(int port, String path, String session)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(port, path)).header("Accept-Language", "nb");
    if (session != null) {
      request.header("Cookie", "SAMSPILL_CONSOLE=" + session);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<String> post(int port, String path, String session, String body)
      throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(uri(port, path))
            .header("Accept-Language", "nb")
            .header("Cookie", "SAMSPILL_CONSOLE=" + session)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static String form(String csrf, String... pairs) {
    StringBuilder body = new StringBuilder(csrf == null ? "" : "_csrf=" + encode(csrf));
    for (int i = 0; i + 1 < pairs.length; i += 2) {
      body.append(body.isEmpty() ? "" : "&")
          .append(pairs[i])
          .append('=')
          .append(encode(pairs[i + 1]));
    }
    return body.toString();
  }

  static String csrf(String page) {
    Matcher token = CSRF.matcher(page);
    assertThat(token.find()).as("a CSRF token in the form").isTrue();
    return token.group(1);
  }

  static String cookie(HttpResponse<String> response) {
    Matcher session = SESSION.matcher(String.join(";", response.headers().allValues("set-cookie")));
    assertThat(session.find()).as("a console session cookie").isTrue();
    return session.group(1);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static URI uri(int port, String path) {
    return URI.create("http://localhost:" + port + path);
  }
}
