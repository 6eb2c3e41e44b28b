package no.samspill.adapter.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import no.samspill.core.directory.Leader;
import no.samspill.core.directory.Leaders;
import no.samspill.core.directory.SampleTenant;
import no.samspill.core.language.Language;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;

/** Signing in (with the provider, or as the sample coordinator in the demo) and its refusals. */
@Controller
@RequestMapping("/console")
class SignInController {

  private static final String LANGUAGE = "Accept-Language";

  private final ConsoleProperties properties;
  private final ObjectProvider<SampleTenant> sample;
  private final Leaders leaders;
  private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

  SignInController(
      ConsoleProperties properties, ObjectProvider<SampleTenant> sample, Leaders leaders) {
    this.properties = properties;
    this.sample = sample;
    this.leaders = leaders;
  }

  @GetMapping("/sign-in")
  String signIn(
      @RequestHeader(value = LANGUAGE, required = false) String language,
      CsrfToken csrf,
      Model model) {
    // The token now, while its cookie can still be set: the page may be sent before its form.
    csrf.getToken();
    model.addAttribute("t", text(language));
    model.addAttribute("configured", properties.oidc().configured());
    model.addAttribute("demo", sampleCoordinator().isPresent());
    model.addAttribute("provider", "/console/oauth2/authorization/" + ProviderRegistration.ID);
    return "console/sign-in";
  }

  /** The local demo only: signs in as the sample municipality's coordinator. */
  @PostMapping("/demo-sign-in")
  String demoSignIn(HttpServletRequest request, HttpServletResponse response) {
    Leader coordinator =
        sampleCoordinator().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    ConsoleAccount account = SignedInLeaders.account(coordinator);
    PreAuthenticatedAuthenticationToken authentication =
        new PreAuthenticatedAuthenticationToken(
            account, null, List.of(new SimpleGrantedAuthority(ConsoleAccount.COORDINATOR)));
    // A new session id on every sign-in, so an id planted before it is worth nothing.
    request.getSession(true);
    request.changeSessionId();
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(authentication);
    SecurityContextHolder.setContext(context);
    contexts.saveContext(context, request, response);
    return "redirect:/console";
  }

  @GetMapping("/not-coordinator")
  String notCoordinator(
      @RequestHeader(value = LANGUAGE, required = false) String language,
      Authentication authentication,
      HttpServletResponse response,
      Model model) {
    response.setStatus(HttpStatus.FORBIDDEN.value());
    model.addAttribute("signOut", true);
    // A leader who is no coordinator is told in their own language, like in the chat.
    ConsoleAccount account = ConsoleAccount.of(authentication);
    ConsoleText text =
        Optional.ofNullable(account.leader())
            .flatMap(leaders::findById)
            .map(l -> new ConsoleText(l.language()))
            .orElseGet(() -> text(language));
    return message(model, text, "notcoordinator");
  }

  @RequestMapping("/forbidden")
  String forbidden(
      @RequestHeader(value = LANGUAGE, required = false) String language,
      HttpServletResponse response,
      Model model) {
    response.setStatus(HttpStatus.FORBIDDEN.value());
    return message(model, text(language), "forbidden");
  }

  static String message(Model model, ConsoleText text, String key) {
    model.addAttribute("t", text);
    model.addAttribute("title", "console." + key + ".title");
    model.addAttribute("body", "console." + key + ".body");
    return "console/message";
  }

  private Optional<Leader> sampleCoordinator() {
    SampleTenant tenant = sample.getIfAvailable();
    if (!properties.demoSignIn() || tenant == null) {
      return Optional.empty();
    }
    return leaders.findByTenant(tenant.id()).stream().filter(Leader::coordinator).findFirst();
  }

  private static ConsoleText text(String acceptLanguage) {
    return new ConsoleText(Language.fromAcceptLanguage(acceptLanguage));
  }
}
