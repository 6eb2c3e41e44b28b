package no.samspill.adapter.admin;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import no.samspill.adapter.admin.Views.MeetingView;
import no.samspill.core.casework.AgendaItem;
import no.samspill.core.casework.BodyId;
import no.samspill.core.casework.Meeting;
import no.samspill.core.casework.MeetingId;
import no.samspill.core.casework.MeetingTimes;
import no.samspill.core.casework.Meetings;
import no.samspill.core.directory.TenantId;
import no.samspill.core.schedule.PlanNudges;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/tenants/{tenantId}/meetings")
class MeetingsController {

  record AgendaItemRequest(String number, String title, String caseId) {}

  record MeetingRequest(
      String bodyId, String title, Instant start, Instant end, List<AgendaItemRequest> agenda) {}

  private final TenantScope scope;
  private final Meetings meetings;
  private final PlanNudges planNudges;
  private final Clock clock;

  MeetingsController(TenantScope scope, Meetings meetings, PlanNudges planNudges, Clock clock) {
    this.scope = scope;
    this.meetings = meetings;
    this.planNudges = planNudges;
    this.clock = clock;
  }

  @GetMapping
  List<MeetingView> upcoming(
      @PathVariable String tenantId,
      @RequestParam(required = false) Instant from,
      @RequestParam(defaultValue = "100") int limit) {
    Instant since = from == null ? clock.instant() : from;
    return meetings
        .findUpcoming(scope.tenant(tenantId), since, Math.min(Math.max(limit, 1), 500))
        .stream()
        .map(MeetingView::of)
        .toList();
  }

  @GetMapping("/{meetingId}")
  MeetingView get(@PathVariable String tenantId, @PathVariable String meetingId) {
    return MeetingView.of(scope.meeting(scope.tenant(tenantId), meetingId));
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  MeetingView create(@PathVariable String tenantId, @RequestBody MeetingRequest request) {
    TenantId tenant = scope.tenant(tenantId);
    Meeting meeting = build(tenant, MeetingId.random(), request, null);
    meetings.save(meeting);
    planNudges.meetingSaved(meeting);
    return MeetingView.of(meeting);
  }

  @PutMapping("/{meetingId}")
  MeetingView update(
      @PathVariable String tenantId,
      @PathVariable String meetingId,
      @RequestBody MeetingRequest request) {
    TenantId tenant = scope.tenant(tenantId);
    Meeting old = scope.meeting(tenant, meetingId);
    Meeting meeting = build(tenant, old.id(), request, old.externalId());
    meetings.save(meeting);
    planNudges.meetingSaved(meeting);
    return MeetingView.of(meeting);
  }

  @PostMapping("/{meetingId}/cancel")
  MeetingView cancel(@PathVariable String tenantId, @PathVariable String meetingId) {
    TenantId tenant = scope.tenant(tenantId);
    Meeting cancelled = scope.meeting(tenant, meetingId).asCancelled();
    meetings.save(cancelled);
    planNudges.meetingSaved(cancelled);
    return MeetingView.of(cancelled);
  }

  private Meeting build(TenantId tenant, MeetingId id, MeetingRequest request, String externalId) {
    BodyId body = TenantScope.referenced("bodyId", () -> scope.body(tenant, request.bodyId())).id();
    String title = TenantScope.limited(request.title(), "title", TenantScope.NAME_LENGTH);
    MeetingTimes.problem(request.start(), request.end(), clock.instant())
        .ifPresent(
            problem -> {
              throw new BadInputException("The meeting cannot be saved: " + problem);
            });
    List<AgendaItem> agenda = new ArrayList<>();
    List<AgendaItemRequest> items = request.agenda() == null ? List.of() : request.agenda();
    for (int i = 0; i < items.size(); i++) {
      AgendaItemRequest item = items.get(i);
      String field = "agenda[" + i + "]";
      if (item == null) {
        throw new BadInputException("The field '" + field + "' is empty");
      }
      String number =
          TenantScope.limited(item.number(), field + ".number", TenantScope.NAME_LENGTH);
      String itemTitle =
          TenantScope.required(item.title(), field + ".title", TenantScope.TEXT_LENGTH);
      var caseId =
          item.caseId() == null
              ? null
              : TenantScope.referenced(
                      field + ".caseId", () -> scope.politicalCase(tenant, item.caseId()))
                  .id();
      agenda.add(new AgendaItem(number, itemTitle, caseId));
    }
    return new Meeting(
        id, tenant, body, title, request.start(), request.end(), agenda, externalId, false);
  }
}
