package no.samspill.adapter.admin;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import no.samspill.adapter.admin.Views.MeetingView;
import no.samspill.core.casework.AddMeeting;
import no.samspill.core.casework.AgendaItem;
import no.samspill.core.casework.BodyId;
import no.samspill.core.casework.CancelMeeting;
import no.samspill.core.casework.CaseId;
import no.samspill.core.casework.ChangeMeeting;
import no.samspill.core.casework.DeleteMeeting;
import no.samspill.core.casework.Meeting;
import no.samspill.core.casework.MeetingDraft;
import no.samspill.core.casework.Meetings;
import no.samspill.core.directory.TenantId;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
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
      String bodyId, String title, Instant start, Instant end, List<AgendaItemRequest> agenda) {

    MeetingDraft draft() {
      List<AgendaItem> items = new ArrayList<>();
      for (AgendaItemRequest item : agenda == null ? List.<AgendaItemRequest>of() : agenda) {
        items.add(
            item == null
                ? null
                : new AgendaItem(
                    item.number(),
                    item.title(),
                    item.caseId() == null ? null : new CaseId(item.caseId())));
      }
      return new MeetingDraft(bodyId == null ? null : new BodyId(bodyId), title, start, end, items);
    }
  }

  private final TenantScope scope;
  private final Meetings meetings;
  private final AddMeeting addMeeting;
  private final ChangeMeeting changeMeeting;
  private final CancelMeeting cancelMeeting;
  private final DeleteMeeting deleteMeeting;
  private final Clock clock;

  MeetingsController(
      TenantScope scope,
      Meetings meetings,
      AddMeeting addMeeting,
      ChangeMeeting changeMeeting,
      CancelMeeting cancelMeeting,
      DeleteMeeting deleteMeeting,
      Clock clock) {
    this.scope = scope;
    this.meetings = meetings;
    this.addMeeting = addMeeting;
    this.changeMeeting = changeMeeting;
    this.cancelMeeting = cancelMeeting;
    this.deleteMeeting = deleteMeeting;
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
    return MeetingView.of(addMeeting.add(scope.tenant(tenantId), request.draft()));
  }

  @PutMapping("/{meetingId}")
  MeetingView update(
      @PathVariable String tenantId,
      @PathVariable String meetingId,
      @RequestBody MeetingRequest request) {
    TenantId tenant = scope.tenant(tenantId);
    Meeting old = scope.meeting(tenant, meetingId);
    return changeMeeting
        .change(tenant, old.id(), request.draft())
        .map(MeetingView::of)
        .orElseThrow(() -> unknown(meetingId));
  }

  @PostMapping("/{meetingId}/cancel")
  MeetingView cancel(@PathVariable String tenantId, @PathVariable String meetingId) {
    TenantId tenant = scope.tenant(tenantId);
    Meeting old = scope.meeting(tenant, meetingId);
    return cancelMeeting
        .cancel(tenant, old.id())
        .map(MeetingView::of)
        .orElseThrow(() -> unknown(meetingId));
  }

  /** 204; a meeting leaders reflected on, or one its source would bring back, is a 409. */
  @DeleteMapping("/{meetingId}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void delete(@PathVariable String tenantId, @PathVariable String meetingId) {
    TenantId tenant = scope.tenant(tenantId);
    Meeting old = scope.meeting(tenant, meetingId);
    deleteMeeting.delete(tenant, old.id()).orElseThrow(() -> unknown(meetingId));
  }

  private static NotFoundException unknown(String meetingId) {
    return new NotFoundException("Unknown meeting '" + meetingId + "'");
  }
}
