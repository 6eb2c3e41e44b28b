package no.samspill.adapter.admin;

import java.time.Instant;
import java.util.List;
import no.samspill.core.casework.AgendaItem;
import no.samspill.core.casework.BodyKind;
import no.samspill.core.casework.CaseStatus;
import no.samspill.core.casework.Following;
import no.samspill.core.casework.Meeting;
import no.samspill.core.casework.MeetingId;
import no.samspill.core.casework.PoliticalBody;
import no.samspill.core.casework.PoliticalCase;
import no.samspill.core.directory.Leader;
import no.samspill.core.language.Language;
import no.samspill.core.schedule.Nudge;

/** What the admin API answers with: plain strings for ids, ISO-8601 for times. */
final class Views {

  private Views() {}

  record BodyView(String id, String name, BodyKind kind) {
    static BodyView of(PoliticalBody body) {
      return new BodyView(body.id().value(), body.name(), body.kind());
    }
  }

  record AgendaItemView(String number, String title, String caseId) {
    static AgendaItemView of(AgendaItem item) {
      return new AgendaItemView(
          item.number(), item.title(), item.caseId() == null ? null : item.caseId().value());
    }
  }

  record MeetingView(
      String id,
      String bodyId,
      String title,
      Instant start,
      Instant end,
      List<AgendaItemView> agenda,
      String externalId,
      boolean cancelled) {
    static MeetingView of(Meeting m) {
      return new MeetingView(
          m.id().value(),
          m.bodyId().value(),
          m.title(),
          m.start(),
          m.end(),
          m.agenda().stream().map(AgendaItemView::of).toList(),
          m.externalId(),
          m.cancelled());
    }
  }

  record CaseView(
      String id,
      String title,
      String caseNumber,
      String ownerId,
      List<String> meetingIds,
      CaseStatus status,
      Instant createdAt) {
    static CaseView of(PoliticalCase c) {
      return new CaseView(
          c.id().value(),
          c.title(),
          c.caseNumber(),
          c.ownerId() == null ? null : c.ownerId().value(),
          c.meetingIds().stream().map(MeetingId::value).toList(),
          c.status(),
          c.createdAt());
    }
  }

  record LeaderView(
      String id,
      String name,
      String role,
      String email,
      Language language,
      String timeZone,
      boolean coordinator) {
    static LeaderView of(Leader l) {
      return new LeaderView(
          l.id().value(),
          l.name(),
          l.role(),
          l.email(),
          l.language(),
          l.timeZone().getId(),
          l.coordinator());
    }
  }

  record FollowsView(String leaderId, List<String> bodyIds, boolean meetingEndedNudges) {
    static FollowsView of(Following f) {
      return new FollowsView(
          f.leaderId().value(),
          f.bodies().stream().map(b -> b.value()).sorted().toList(),
          f.meetingEndedNudges());
    }
  }

  record NudgeView(
      String id,
      String leaderId,
      String kind,
      String phase,
      String caseId,
      String meetingId,
      Instant dueAt,
      String status,
      int attempts,
      String reason,
      Instant sentAt) {
    static NudgeView of(Nudge n) {
      return new NudgeView(
          n.id(),
          n.leaderId().value(),
          n.kind().name(),
          n.phase() == null ? null : n.phase().name(),
          n.caseId() == null ? null : n.caseId().value(),
          n.meetingId() == null ? null : n.meetingId().value(),
          n.dueAt(),
          n.status().name(),
          n.attempts(),
          n.reason(),
          n.sentAt());
    }
  }
}
