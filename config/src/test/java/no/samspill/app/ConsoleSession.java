package no.samspill.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The console over plain HTTP, as a browser would use it: a session cookie, forms with their CSRF
 * token (urlencoded or multipart), redirects not followed so a test can see them.
 */
final class ConsoleSession {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  private static final Pattern SESSION = Pattern.compile("SAMSPILL_CONSOLE=([^;]+)");

  private final int port;
  private final String session;

  private ConsoleSession(int port, String session) {
    this.port = port;
    this.session = session;
  }

  /** A session by its cookie's value; null is a visitor without one. */
  static ConsoleSession of(int port, String cookie) {
    return new ConsoleSession(port, cookie);
  }

  /**
   * Signs in through the demo form, with its CSRF token from the sign-in page's cookie (that page
   * stores no session): the sample coordinator Kari.
   */
  static ConsoleSession demo(int port) throws IOException, InterruptedException {
    ConsoleSession session = of(port, new ConsoleHttp(port).demoSignIn());
    assertThat(session.get("/console").body()).contains("Logget inn som Kari Nordmann");
    return session;
  }

  /** The demo sign-in's session cookie, for tests that pass it along themselves. */
  static String demoSignIn(int port) throws IOException, InterruptedException {
    return demo(port).cookie();
  }

  static HttpResponse<String> get(int port, String path, String session)
      throws IOException, InterruptedException {
    return of(port, session).get(path);
  }

  static HttpResponse<String> post(int port, String path, String session, String body)
      throws IOException, InterruptedException {
    return of(port, session).post(path, body);
  }

  String cookie() {
    return session;
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Accept-Language", "nb");
    if (session != null) {
      request.header("Cookie", "SAMSPILL_CONSOLE=" + session);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> post(String path, String urlencoded)
      throws IOException, InterruptedException {
    return send(
        path, "application/x-www-form-urlencoded", HttpRequest.BodyPublishers.ofString(urlencoded));
  }

  /** A multipart form with the token (or none) and one file field named {@code file}. */
  HttpResponse<String> upload(String path, String csrf, String fileName, byte[] content)
      throws IOException, InterruptedException {
    String boundary = "samspill-test-boundary";
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    if (csrf != null) {
      body.writeBytes(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n"
                  + csrf
                  + "\r\n")
              .getBytes(StandardCharsets.UTF_8));
    }
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + fileName
                + "\"\r\nContent-Type: text/calendar\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return send(
        path,
        "multipart/form-data; boundary=" + boundary,
        HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
  }

  private HttpResponse<String> send(String path, String contentType, HttpRequest.BodyPublisher body)
      throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(uri(path))
            .header("Accept-Language", "nb")
            .header("Cookie", "SAMSPILL_CONSOLE=" + session)
            .header("Content-Type", contentType)
            .POST(body)
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** An urlencoded form body: the token (or none), then name and value pairs. */
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
    Matcher cookie = SESSION.matcher(String.join(";", response.headers().allValues("set-cookie")));
    assertThat(cookie.find()).as("a console session cookie").isTrue();
    return cookie.group(1);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }
}
