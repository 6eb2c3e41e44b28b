package no.samspill.app;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.nav.security.mock.oauth2.MockOAuth2Server;

/**
 * Signs someone in to the console through the real OpenID Connect flow over plain HTTP. The session
 * cookie is carried by hand: it is Secure, which a cookie manager never sends over http.
 */
final class ConsoleHttpSignIn {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final Pattern SESSION = Pattern.compile("SAMSPILL_CONSOLE=([^;]+)");

  private ConsoleHttpSignIn() {}

  /** The session cookie's value once the provider has sent the person back to the console. */
  static String signIn(int port, MockOAuth2Server provider, String email)
      throws IOException, InterruptedException {
    ConsoleFixture.nextSignIn(provider, email, true);
    URI next = URI.create("http://localhost:" + port + "/console/oauth2/authorization/samspill");
    String session = null;
    for (int hop = 0; hop < 6; hop++) {
      HttpRequest.Builder request = HttpRequest.newBuilder(next);
      boolean console = next.getPort() == port;
      if (console && session != null) {
        request.header("Cookie", "SAMSPILL_CONSOLE=" + session);
      }
      HttpResponse<String> response =
          HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      Matcher cookie =
          SESSION.matcher(String.join(";", response.headers().allValues("set-cookie")));
      if (console && cookie.find()) {
        session = cookie.group(1);
      }
      if (response.statusCode() != 302) {
        break;
      }
      next = next.resolve(response.headers().firstValue("location").orElseThrow());
      if (next.getPath().equals("/console") || next.getPath().equals("/console/")) {
        return session;
      }
    }
    throw new AssertionError(
        "The sign-in of " + email + " did not come back to the console: " + next);
  }

  static HttpResponse<String> get(int port, String path, String session)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Accept-Language", "nb");
    if (session != null) {
      request.header("Cookie", "SAMSPILL_CONSOLE=" + session);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
