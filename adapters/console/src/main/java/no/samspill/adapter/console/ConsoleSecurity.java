package no.samspill.adapter.console;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import no.samspill.core.directory.IdentifySignedInLeader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.savedrequest.NullRequestCache;

/**
 * The console's own security, for /console/** only: the admin API, Slack, Teams and the web chat
 * keep their own checks and never see this chain.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class ConsoleSecurity {

  static final String SIGN_IN = "/console/sign-in";

  private static final Logger log = LoggerFactory.getLogger(ConsoleSecurity.class);

  @Bean
  SecurityFilterChain consoleFilterChain(
      HttpSecurity http, ConsoleProperties properties, IdentifySignedInLeader identify)
      throws Exception {
    AccessDeniedHandlerImpl forbidden = new AccessDeniedHandlerImpl();
    forbidden.setErrorPage("/console/forbidden");
    http.securityMatcher("/console/**")
        .authorizeHttpRequests(
            requests ->
                requests
                    .dispatcherTypeMatchers(DispatcherType.FORWARD, DispatcherType.ERROR)
                    .permitAll()
                    .requestMatchers(
                        "/console/assets/**",
                        SIGN_IN,
                        "/console/demo-sign-in",
                        "/console/forbidden")
                    .permitAll()
                    .requestMatchers("/console/not-coordinator")
                    .authenticated()
                    .anyRequest()
                    .hasAuthority(ConsoleAccount.COORDINATOR))
        // Sign-in always lands on /console, so a page asked for before it is not kept: a visitor
        // who is not signed in gets no stored session for it.
        .requestCache(cache -> cache.requestCache(new NullRequestCache()))
        // Nor for the sign-in form's token: it is in a cookie until there is a session.
        .csrf(csrf -> csrf.csrfTokenRepository(new SignInCsrfTokens()))
        .exceptionHandling(
            exceptions ->
                exceptions
                    .authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint(SIGN_IN))
                    .accessDeniedHandler(
                        (request, response, denied) -> {
                          if (denied instanceof CsrfException csrf) {
                            csrfRefused(request, response, forbidden, csrf);
                          } else {
                            // Only someone signed in gets here; the anonymous go to sign-in.
                            response.sendRedirect(
                                request.getContextPath() + "/console/not-coordinator");
                          }
                        }))
        .logout(
            logout ->
                logout.logoutUrl("/console/sign-out").logoutSuccessUrl(SIGN_IN + "?signedout"));
    if (properties.oidc().configured()) {
      http.oauth2Login(
          login ->
              login
                  .loginPage(SIGN_IN)
                  .clientRegistrationRepository(new ProviderRegistration(properties.oidc()))
                  .authorizationEndpoint(a -> a.baseUri("/console/oauth2/authorization"))
                  .redirectionEndpoint(r -> r.baseUri("/console/login/oauth2/code/*"))
                  .userInfoEndpoint(u -> u.oidcUserService(new SignedInLeaders(identify)))
                  .defaultSuccessUrl("/console", true)
                  .failureHandler(ConsoleSecurity::signInFailed));
    }
    return http.build();
  }

  // The provider's error code says why (a lost sign-in, a refused token); never the token itself.
  private static void signInFailed(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException failed)
      throws IOException {
    String code =
        failed instanceof OAuth2AuthenticationException oauth
            ? oauth.getError().getErrorCode()
            : failed.getClass().getSimpleName();
    log.warn("A console sign-in failed: {}", code);
    response.sendRedirect(request.getContextPath() + SIGN_IN + "?failed");
  }

  // A form posted after the session ran out has no token to match: back to sign-in, not a 403.
  private static void csrfRefused(
      HttpServletRequest request,
      HttpServletResponse response,
      AccessDeniedHandlerImpl forbidden,
      CsrfException denied)
      throws IOException, jakarta.servlet.ServletException {
    if (request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid()) {
      response.sendRedirect(request.getContextPath() + SIGN_IN + "?expired");
      return;
    }
    forbidden.handle(request, response, denied);
  }
}
