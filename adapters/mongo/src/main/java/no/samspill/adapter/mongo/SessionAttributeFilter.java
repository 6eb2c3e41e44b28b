package no.samspill.adapter.mongo;

import java.io.ObjectInputFilter;
import java.util.Set;

/**
 * What a stored console session may be read back as: the classes its attributes were seen to hold
 * (Spring Security's context with the demo's or the provider's sign-in, the CSRF token, a sign-in
 * under way, an import's report waiting for the redirect, and the basic java.lang and java.util
 * types under them), within limits on nesting, references, array length and size. Anything else, a
 * gadget chain's classes among them, is refused before it is created. The list was found by
 * recording the classes of the console's sign-in, page, form, upload and sign-out flows; a class
 * missing here shows as a session that is dropped (its coordinator signs in again), which those
 * flows' tests would catch.
 */
final class SessionAttributeFilter implements ObjectInputFilter {

  static final long MAX_DEPTH = 20;
  static final long MAX_REFERENCES = 100_000;
  static final long MAX_ARRAY_LENGTH = 20_000;
  static final long MAX_BYTES = 4L * 1024 * 1024;

  private static final Set<String> ALLOWED =
      Set.of(
          // java.lang and java.util basics.
          "java.lang.Boolean",
          "java.lang.Integer",
          "java.lang.Long",
          "java.lang.Number",
          "java.lang.Object",
          "java.net.URL",
          "java.time.Ser",
          "java.time.Instant",
          "java.util.ArrayList",
          "java.util.CollSer",
          "java.util.Collections$EmptyList",
          "java.util.Collections$EmptyMap",
          "java.util.Collections$EmptySet",
          "java.util.Collections$SingletonList",
          "java.util.Collections$SingletonMap",
          "java.util.Collections$SingletonSet",
          "java.util.Collections$UnmodifiableCollection",
          "java.util.Collections$UnmodifiableList",
          "java.util.Collections$UnmodifiableMap",
          "java.util.Collections$UnmodifiableRandomAccessList",
          "java.util.Collections$UnmodifiableSet",
          "java.util.Date",
          "java.util.HashMap",
          "java.util.HashSet",
          "java.util.ImmutableCollections$ListN",
          "java.util.ImmutableCollections$List12",
          "java.util.LinkedHashMap",
          "java.util.LinkedHashSet",
          "java.util.Map$Entry",
          "java.util.concurrent.CopyOnWriteArrayList",
          // Spring Security: the signed-in context, its CSRF token, a sign-in under way.
          "org.springframework.security.authentication.AbstractAuthenticationToken",
          "org.springframework.security.core.authority.SimpleGrantedAuthority",
          "org.springframework.security.core.context.SecurityContextImpl",
          "org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken",
          "org.springframework.security.oauth2.core.AbstractOAuth2Token",
          "org.springframework.security.oauth2.core.AuthorizationGrantType",
          "org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest",
          "org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationResponseType",
          "org.springframework.security.oauth2.core.oidc.OidcIdToken",
          "org.springframework.security.oauth2.core.oidc.OidcUserInfo",
          "org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser",
          "org.springframework.security.oauth2.core.user.DefaultOAuth2User",
          "org.springframework.security.web.authentication.WebAuthenticationDetails",
          "org.springframework.security.web.authentication.preauth"
              + ".PreAuthenticatedAuthenticationToken",
          "org.springframework.security.web.csrf.DefaultCsrfToken",
          // Spring MVC's flash attributes, which carry an import's report across the redirect.
          "org.springframework.util.LinkedMultiValueMap",
          "org.springframework.util.MultiValueMapAdapter",
          "org.springframework.web.servlet.FlashMap",
          // Samspill's own: who is signed in, and the report.
          "no.samspill.adapter.console.ConsoleAccount",
          "no.samspill.adapter.console.CoordinatorOidcUser",
          "no.samspill.adapter.console.ImportView",
          "no.samspill.adapter.console.ImportView$Problem",
          "no.samspill.core.directory.LeaderId",
          "no.samspill.core.directory.TenantId");

  @Override
  public Status checkInput(FilterInfo info) {
    if (info.depth() > MAX_DEPTH
        || info.references() > MAX_REFERENCES
        || info.arrayLength() > MAX_ARRAY_LENGTH
        || info.streamBytes() > MAX_BYTES) {
      return Status.REJECTED;
    }
    Class<?> type = info.serialClass();
    if (type == null) {
      return Status.ALLOWED;
    }
    while (type.isArray()) {
      type = type.getComponentType();
    }
    return type.isPrimitive() || ALLOWED.contains(type.getName())
        ? Status.ALLOWED
        : Status.REJECTED;
  }
}
