package no.samspill.adapter.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.web.util.WebUtils;

/**
 * The console's CSRF tokens: in the session once there is one, and before that (the sign-in page,
 * seen by anyone) in a cookie, so that a page seen without signing in stores nothing. Once a
 * session exists only its own token counts; a token from the cookie is worth nothing in it.
 */
final class SignInCsrfTokens implements CsrfTokenRepository {

  // __Host-: the browser takes it only if Secure, from this host, for path /; no sibling domain
  // can set it.
  static final String COOKIE = "__Host-SAMSPILL_CONSOLE_CSRF";

  private final HttpSessionCsrfTokenRepository inSession = new HttpSessionCsrfTokenRepository();
  private final CookieCsrfTokenRepository inCookie = new CookieCsrfTokenRepository();

  SignInCsrfTokens() {
    inCookie.setCookieName(COOKIE);
    inCookie.setCookiePath("/");
    inCookie.setCookieCustomizer(cookie -> cookie.secure(true).httpOnly(true).sameSite("Lax"));
  }

  @Override
  public CsrfToken generateToken(HttpServletRequest request) {
    return inSession.generateToken(request);
  }

  @Override
  public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
    if (token == null) {
      // Signing in or out: neither token is worth anything afterwards.
      inSession.saveToken(null, request, response);
      if (WebUtils.getCookie(request, COOKIE) != null) {
        inCookie.saveToken(null, request, response);
      }
    } else if (request.getSession(false) != null) {
      inSession.saveToken(token, request, response);
    } else {
      inCookie.saveToken(token, request, response);
    }
  }

  @Override
  public CsrfToken loadToken(HttpServletRequest request) {
    return request.getSession(false) != null
        ? inSession.loadToken(request)
        : inCookie.loadToken(request);
  }
}
