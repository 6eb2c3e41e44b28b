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
import no.nav.security.mock.oauth2.MockOAuth2Server;

/**
 * The console over plain HTTP as a browser would use it, without following redirects: the session
 * cookie by hand, forms with their CSRF token, and the real OpenID Connect sign-in.
 */
final class ConsoleHttp {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  private static final Pattern SESSION = Pattern.compile("SAMSPILL_CONSOLE=([^;]+)");
  static final String SESSION_COOKIE = "SAMSPILL_CONSOLE=";
  static final String CSRF_COOKIE = "__Host-SAMSPILL_CONSOLE_CSRF";
  private static final Pattern CSRF_COOKIE_VALUE = Pattern.compile(CSRF_COOKIE + "=([^;]+)");

  private final int port;

  ConsoleHttp(int port) {
    this.port = port;
  }

  /**
   * Signs in through the demo form, with its CSRF token (the sign-in page keeps it in a cookie, not
   * in a session); returns the new session cookie.
   */
  String demoSignIn() throws IOException, InterruptedException {
    HttpResponse<String> signIn = get("/console/sign-in", null);
    assertThat(signIn.headers().allValues("set-cookie"))
        .noneMatch(c -> c.startsWith(SESSION_COOKIE));
    HttpResponse<String> signedIn =
        postSigningIn("/console/demo-sign-in", csrfCookie(signIn), form(csrf(signIn.body())));
    assertThat(signedIn.statusCode()).isEqualTo(302);
    String session = cookie(signedIn);
    assertThat(get("/console", session).body()).contains("Logget inn som Kari Nordmann");
    return session;
  }

  /** A post before there is a session: with the sign-in page's CSRF cookie (or none). */
  HttpResponse<String> postSigningIn(String path, String csrfCookie, String body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(path))
            .header("Accept-Language", "nb")
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (csrfCookie != null) {
      request.header("Cookie", CSRF_COOKIE + "=" + csrfCookie);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** The value of the CSRF cookie the sign-in page sets. */
  static String csrfCookie(HttpResponse<?> response) {
    Matcher cookie =
        CSRF_COOKIE_VALUE.matcher(String.join(";", response.headers().allValues("set-cookie")));
    assertThat(cookie.find()).as("the sign-in page's CSRF cookie").isTrue();
    return cookie.group(1);
  }

  /** The authorisation-code flow: to the provider, which signs {@code email} in, and back. */
  String signIn(MockOAuth2Server provider, String email) throws Exception {
    ConsoleFixture.nextSignIn(provider, email, true);
    HttpResponse<String> start = get("/console/oauth2/authorization/samspill", null);
    assertThat(start.statusCode()).isEqualTo(302);
    HttpResponse<String> code =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(location(start))).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(code.statusCode()).as(code.body()).isEqualTo(302);
    HttpResponse<String> back =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(location(code)))
                .header("Cookie", "SAMSPILL_CONSOLE=" + cookie(start))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(location(back)).endsWith("/console");
    return cookie(back);
  }

  HttpResponse<String> get(String path, String session) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Accept-Language", "nb");
    if (session != null) {
      request.header("Cookie", "SAMSPILL_CONSOLE=" + session);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<byte[]> bytes(String path, String session) throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(uri(path)).header("Cookie", "SAMSPILL_CONSOLE=" + session).build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  HttpResponse<String> post(String path, String session, String body)
      throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(uri(path))
            .header("Accept-Language", "nb")
            .header("Cookie", "SAMSPILL_CONSOLE=" + session)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
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

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  static String csrf(String page) {
    Matcher token = CSRF.matcher(page);
    assertThat(token.find()).as("a CSRF token in the form").isTrue();
    return token.group(1);
  }

  static String cookie(HttpResponse<?> response) {
    Matcher session = SESSION.matcher(String.join(";", response.headers().allValues("set-cookie")));
    assertThat(session.find()).as("a console session cookie").isTrue();
    return session.group(1);
  }

  private static String location(HttpResponse<?> response) {
    return response.headers().firstValue("location").orElseThrow();
  }

  URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }
}
