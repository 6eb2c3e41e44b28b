package no.samspill.adapter.web;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import no.samspill.core.casework.CaseId;
import no.samspill.core.casework.Cases;
import no.samspill.core.casework.PoliticalCase;
import no.samspill.core.conversation.Action;
import no.samspill.core.conversation.HandleMessage;
import no.samspill.core.conversation.IncomingMessage;
import no.samspill.core.conversation.StartReflection;
import no.samspill.core.conversation.Turn;
import no.samspill.core.conversation.UnknownReferenceException;
import no.samspill.core.directory.ChatIdentity;
import no.samspill.core.directory.ChatUser;
import no.samspill.core.directory.Leader;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.directory.Leaders;
import no.samspill.core.directory.Tenant;
import no.samspill.core.directory.Tenants;
import no.samspill.core.language.Language;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The demo web chat's API: pick any leader, talk to the engine as them. Translates only; the
 * conversation logic is the engine's.
 */
@RestController
@RequestMapping("/api/web")
class WebChatController {

  static final String CHANNEL = "web";

  private final Tenants tenants;
  private final Leaders leaders;
  private final Cases cases;
  private final HandleMessage handleMessage;
  private final StartReflection startReflection;
  private final WebChatChannel channel;

  /** Web identities known to be linked: a link lasts as long as its leader, who is read first. */
  private final Set<ChatIdentity> linked = ConcurrentHashMap.newKeySet();

  WebChatController(
      Tenants tenants,
      Leaders leaders,
      Cases cases,
      HandleMessage handleMessage,
      StartReflection startReflection,
      WebChatChannel channel) {
    this.tenants = tenants;
    this.leaders = leaders;
    this.cases = cases;
    this.handleMessage = handleMessage;
    this.startReflection = startReflection;
    this.channel = channel;
  }

  record LeaderView(String id, String name, String role, String language, boolean coordinator) {}

  record TenantView(String id, String name, List<LeaderView> leaders) {}

  record CaseView(String id, String title, String caseNumber, String status) {}

  @GetMapping("/tenants")
  List<TenantView> tenants() {
    return tenants.findAll().stream().map(this::view).toList();
  }

  @GetMapping("/leaders/{leaderId}/cases")
  List<CaseView> cases(@PathVariable String leaderId) {
    Leader leader = leader(leaderId);
    return cases.findByOwner(leader.tenantId(), leader.id()).stream()
        .map(WebChatController::view)
        .toList();
  }

  /** Messages Samspill sent on its own (nudges), waiting for the page to show them. */
  @GetMapping("/leaders/{leaderId}/inbox")
  WebReplies.Replies inbox(@PathVariable String leaderId) {
    Leader leader = leader(leaderId);
    return WebReplies.unprompted(channel.take(leader.id()), leader.language());
  }

  @PostMapping("/chat")
  WebReplies.Replies chat(
      @Valid @RequestBody WebRequests.Chat request,
      @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String pageLanguage) {
    boolean hasText = request.text() != null && !request.text().isBlank();
    if (!hasText && request.action() == null) {
      throw new ResponseStatusException(
          org.springframework.http.HttpStatus.BAD_REQUEST, "Send a text or an action");
    }
    Optional<Leader> leader = leaders.findById(new LeaderId(request.leaderId()));
    if (leader.isEmpty()) {
      // A leader deleted a moment ago (or never known): said in the page's language, nothing
      // stored.
      return WebReplies.of(Turn.unknownLeader(Language.fromLocaleTag(pageLanguage)));
    }
    ChatUser user = userOf(leader.get());
    Action action =
        request.action() == null
            ? null
            : new Action(request.action().askedId(), request.action().value());
    return WebReplies.of(
        handleMessage.handle(leader.get(), new IncomingMessage(user, request.text(), action)));
  }

  @PostMapping("/demo/start")
  WebReplies.Replies start(
      @Valid @RequestBody WebRequests.Start request,
      @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String pageLanguage) {
    Optional<Leader> found = leaders.findById(new LeaderId(request.leaderId()));
    if (found.isEmpty()) {
      return WebReplies.of(Turn.unknownLeader(Language.fromLocaleTag(pageLanguage)));
    }
    Leader leader = found.get();
    userOf(leader);
    CaseId caseId = request.caseId() == null ? null : new CaseId(request.caseId());
    return WebReplies.of(
        startReflection.start(
            new StartReflection.Command(leader.id(), request.phase(), caseId, null)));
  }

  private Leader leader(String id) {
    return leaders
        .findById(new LeaderId(id))
        .orElseThrow(() -> new UnknownReferenceException("Unknown leader"));
  }

  /** The web identity of a leader picked in the demo, linked on first use. */
  private ChatUser userOf(Leader leader) {
    ChatIdentity identity =
        new ChatIdentity(CHANNEL, leader.tenantId().value(), leader.id().value());
    if (!linked.contains(identity)) {
      if (leaders.findByIdentity(identity).isEmpty()) {
        leaders.linkIdentity(identity, leader.id());
      }
      linked.add(identity);
    }
    return new ChatUser(identity, leader.name(), leader.email(), null, null, null);
  }

  private TenantView view(Tenant tenant) {
    return new TenantView(
        tenant.id().value(),
        tenant.name(),
        leaders.findByTenant(tenant.id()).stream()
            .map(
                l ->
                    new LeaderView(
                        l.id().value(), l.name(), l.role(), l.language().code(), l.coordinator()))
            .toList());
  }

  private static CaseView view(PoliticalCase c) {
    return new CaseView(c.id().value(), c.title(), c.caseNumber(), c.status().name());
  }
}
