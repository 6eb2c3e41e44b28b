package no.samspill.adapter.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.security.web.firewall.FirewalledRequest;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * Spring Security's strict firewall for the console's paths only. It sees every request before a
 * chain is chosen, and outside /console it would turn some odd URLs (an encoded "%") into its own
 * 400 instead of the admin API's and the web chat's problem responses.
 */
final class ConsoleFirewall implements HttpFirewall {

  private final StrictHttpFirewall strict = new StrictHttpFirewall();

  @Override
  public FirewalledRequest getFirewalledRequest(HttpServletRequest request) {
    if (console(request)) {
      return strict.getFirewalledRequest(request);
    }
    return new FirewalledRequest(request) {
      @Override
      public void reset() {}
    };
  }

  @Override
  public HttpServletResponse getFirewalledResponse(HttpServletResponse response) {
    return response;
  }

  // The raw URI as sent and the container's normalised path: either naming the console counts.
  private static boolean console(HttpServletRequest request) {
    String uri = request.getRequestURI() == null ? "" : request.getRequestURI();
    String path = request.getServletPath() == null ? "" : request.getServletPath();
    return uri.toLowerCase(Locale.ROOT).contains("console") || path.startsWith("/console");
  }
}
