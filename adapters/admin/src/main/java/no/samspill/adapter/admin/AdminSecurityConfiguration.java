package no.samspill.adapter.admin;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import no.samspill.core.directory.IdentifyCoordinator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoderInitializationException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

/**
 * The security of /api/v1 and nothing else: the operator's token opens every tenant, a
 * coordinator's access token from the configured OpenID provider opens their own tenant. Other
 * paths (chat platforms, web chat, Actuator, the console) are matched by no rule here.
 */
@Configuration(proxyBeanMethods = false)
class AdminSecurityConfiguration {

  private static final Logger log = LoggerFactory.getLogger(AdminSecurityConfiguration.class);
  private static final String BEARER = "Bearer ";

  @Bean
  SecurityFilterChain adminApiSecurity(
      HttpSecurity http,
      AdminToken token,
      AdminProperties properties,
      IdentifyCoordinator coordinators)
      throws Exception {
    boolean oidc = properties.oidc().enabled();
    AuthenticationEntryPoint unauthorized = unauthorized(oidc);
    AuthenticationManager manager = manager(token, oidc ? decoder(properties.oidc()) : null);
    return http.securityMatcher("/api/v1/**")
        .csrf(AbstractHttpConfigurer::disable)
        .headers(AbstractHttpConfigurer::disable)
        .requestCache(AbstractHttpConfigurer::disable)
        .formLogin(AbstractHttpConfigurer::disable)
        .httpBasic(AbstractHttpConfigurer::disable)
        .logout(AbstractHttpConfigurer::disable)
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .authorizeHttpRequests(a -> a.anyRequest().authenticated())
        .oauth2ResourceServer(
            o ->
                o.bearerTokenResolver(bearerToken())
                    .authenticationManagerResolver(request -> manager)
                    .authenticationEntryPoint(unauthorized))
        .exceptionHandling(e -> e.authenticationEntryPoint(unauthorized))
        .addFilterAfter(new TenantAccessFilter(coordinators), AuthorizationFilter.class)
        .build();
  }

  /** As before Spring Security came in: any case of "Bearer", surrounding spaces ignored. */
  private static BearerTokenResolver bearerToken() {
    return (HttpServletRequest request) -> {
      String header = request.getHeader(HttpHeaders.AUTHORIZATION);
      if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
        return null;
      }
      String presented = header.substring(BEARER.length()).strip();
      return presented.isEmpty() ? null : presented;
    };
  }

  private static AuthenticationManager manager(AdminToken token, JwtDecoder decoder) {
    JwtAuthenticationProvider jwt = decoder == null ? null : new JwtAuthenticationProvider(decoder);
    return authentication -> {
      String presented = ((BearerTokenAuthenticationToken) authentication).getToken();
      if (token.matches(presented)) {
        return new OperatorAuthentication();
      }
      if (jwt == null) {
        throw new InvalidBearerTokenException("Not the admin token");
      }
      try {
        return jwt.authenticate(authentication);
      } catch (AuthenticationServiceException | JwtDecoderInitializationException e) {
        // The message names the provider's URL or key problem, never the token.
        log.warn("Cannot check an access token with the OpenID provider: {}", causes(e));
        throw new IssuerUnavailable(e);
      }
    };
  }

  private static String causes(Throwable e) {
    StringBuilder text = new StringBuilder(String.valueOf(e.getMessage()));
    for (Throwable c = e.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
      text.append(" <- ").append(c.getClass().getSimpleName()).append(": ").append(c.getMessage());
    }
    return text.toString();
  }

  /** Discovered on first use, so the app starts while the provider is away; retried until found. */
  private static JwtDecoder decoder(AdminProperties.Oidc oidc) {
    if (oidc.audience() == null || oidc.audience().isBlank()) {
      throw new IllegalStateException(
          "SAMSPILL_CONSOLE_OIDC_ISSUER_URI is set but SAMSPILL_ADMIN_OIDC_AUDIENCE is not:"
              + " the admin API needs the audience its access tokens must carry");
    }
    String issuer = oidc.issuerUri().strip();
    String audience = oidc.audience().strip();
    return new SupplierJwtDecoder(
        () -> {
          NimbusJwtDecoder decoder = NimbusJwtDecoder.withIssuerLocation(issuer).build();
          decoder.setJwtValidator(
              new DelegatingOAuth2TokenValidator<>(
                  JwtValidators.createDefaultWithIssuer(issuer),
                  new JwtClaimValidator<List<String>>(
                      JwtClaimNames.AUD, aud -> aud != null && aud.contains(audience))));
          return decoder;
        });
  }

  private static AuthenticationEntryPoint unauthorized(boolean oidc) {
    String detail =
        oidc
            ? "The admin API needs Authorization: Bearer <SAMSPILL_ADMIN_TOKEN> or a coordinator's"
                + " access token from the configured OpenID provider"
            : "The admin API needs Authorization: Bearer <SAMSPILL_ADMIN_TOKEN>";
    return (request, response, e) -> {
      if (e instanceof IssuerUnavailable) {
        response.setHeader(HttpHeaders.RETRY_AFTER, "30");
        AdminProblems.write(
            request,
            response,
            HttpStatus.SERVICE_UNAVAILABLE,
            "The OpenID provider cannot be reached to check the token; try again shortly");
        return;
      }
      response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"samspill-admin\"");
      AdminProblems.write(request, response, HttpStatus.UNAUTHORIZED, detail);
    };
  }

  /** The provider's keys could not be fetched: the token may be good, so not a 401. */
  static final class IssuerUnavailable extends AuthenticationException {
    IssuerUnavailable(Throwable cause) {
      super("OpenID provider unavailable", cause);
    }
  }
}
