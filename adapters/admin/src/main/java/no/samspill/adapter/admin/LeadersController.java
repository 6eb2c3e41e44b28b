package no.samspill.adapter.admin;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import no.samspill.adapter.admin.Views.FollowsView;
import no.samspill.adapter.admin.Views.LeaderView;
import no.samspill.core.casework.BodyId;
import no.samspill.core.casework.ChangeFollows;
import no.samspill.core.casework.Follows;
import no.samspill.core.directory.Leader;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.directory.Leaders;
import no.samspill.core.directory.TenantId;
import no.samspill.core.language.Language;
import no.samspill.core.schedule.PlanNudges;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/tenants/{tenantId}/leaders")
class LeadersController {

  record LeaderRequest(
      String name,
      String role,
      String email,
      Language language,
      String timeZone,
      Boolean coordinator) {}

  record FollowsRequest(List<String> bodyIds, Boolean meetingEndedNudges) {}

  private final TenantScope scope;
  private final Leaders leaders;
  private final Follows follows;
  private final ChangeFollows changeFollows;
  private final PlanNudges planNudges;
  private final Clock clock;

  LeadersController(
      TenantScope scope,
      Leaders leaders,
      Follows follows,
      ChangeFollows changeFollows,
      PlanNudges planNudges,
      Clock clock) {
    this.scope = scope;
    this.leaders = leaders;
    this.follows = follows;
    this.changeFollows = changeFollows;
    this.planNudges = planNudges;
    this.clock = clock;
  }

  @GetMapping
  @ReadsPersonalData
  List<LeaderView> list(@PathVariable String tenantId) {
    return leaders.findByTenant(scope.tenant(tenantId)).stream().map(LeaderView::of).toList();
  }

  @GetMapping("/{leaderId}")
  @ReadsPersonalData
  LeaderView get(@PathVariable String tenantId, @PathVariable String leaderId) {
    return LeaderView.of(scope.leader(scope.tenant(tenantId), leaderId));
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  LeaderView create(
      @PathVariable String tenantId, @RequestBody LeaderRequest request, HttpServletRequest http) {
    TenantId tenant = scope.tenant(tenantId);
    Leader leader = build(tenant, LeaderId.random(), request, List.of(), clock.instant());
    leaders.save(leader);
    http.setAttribute(AdminAudit.SUBJECT, leader.id().value());
    return LeaderView.of(leader);
  }

  @PutMapping("/{leaderId}")
  LeaderView update(
      @PathVariable String tenantId,
      @PathVariable String leaderId,
      @RequestBody LeaderRequest request) {
    TenantId tenant = scope.tenant(tenantId);
    Leader old = scope.leader(tenant, leaderId);
    Leader leader = build(tenant, old.id(), request, old.identities(), old.createdAt());
    leaders.save(leader);
    planNudges.leaderChanged(tenant, leader.id());
    return LeaderView.of(leader);
  }

  @GetMapping("/{leaderId}/follows")
  @ReadsPersonalData
  FollowsView following(@PathVariable String tenantId, @PathVariable String leaderId) {
    TenantId tenant = scope.tenant(tenantId);
    return FollowsView.of(follows.of(tenant, scope.leader(tenant, leaderId).id()));
  }

  @PutMapping("/{leaderId}/follows")
  FollowsView follow(
      @PathVariable String tenantId,
      @PathVariable String leaderId,
      @RequestBody FollowsRequest request) {
    TenantId tenant = scope.tenant(tenantId);
    LeaderId leader = scope.leader(tenant, leaderId).id();
    List<BodyId> bodies =
        request.bodyIds() == null
            ? null
            : request.bodyIds().stream().map(id -> id == null ? null : new BodyId(id)).toList();
    return FollowsView.of(
        changeFollows.change(tenant, leader, bodies, request.meetingEndedNudges()));
  }

  private Leader build(
      TenantId tenant,
      LeaderId id,
      LeaderRequest request,
      List<no.samspill.core.directory.ChatIdentity> identities,
      java.time.Instant createdAt) {
    String name = TenantScope.required(request.name(), "name");
    String role = TenantScope.limited(request.role(), "role", TenantScope.NAME_LENGTH);
    String email = TenantScope.limited(request.email(), "email", TenantScope.EMAIL_LENGTH);
    ZoneId zone = TenantScope.zone(request.timeZone(), "timeZone");
    if (email != null && !email.isBlank() && !email.contains("@")) {
      throw new BadInputException("The field 'email' is not an e-mail address");
    }
    return new Leader(
        id,
        tenant,
        name,
        role,
        email,
        request.language(),
        zone,
        Boolean.TRUE.equals(request.coordinator()),
        identities,
        createdAt);
  }
}
