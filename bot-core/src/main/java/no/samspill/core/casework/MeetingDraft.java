package no.samspill.core.casework;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import no.samspill.core.directory.TenantId;

/** What a person gives when adding or changing a meeting by hand; ids are checked in the tenant. */
public record MeetingDraft(
    BodyId body, String title, Instant start, Instant end, List<AgendaItem> agenda) {

  /** For titles and agenda item numbers. */
  public static final int MAX_TITLE_LENGTH = 200;

  /** For an agenda item's title, written by a person. */
  public static final int MAX_ITEM_TITLE_LENGTH = 2_000;

  public MeetingDraft {
    // Null items stay, so the refusal can name the one that is empty.
    agenda = agenda == null ? List.of() : new ArrayList<>(agenda);
  }

  Meeting toMeeting(
      MeetingId id,
      TenantId tenant,
      String externalId,
      Instant now,
      PoliticalBodies bodies,
      Cases cases) {
    BodyId checkedBody =
        CaseworkRefused.existing(
                "bodyId",
                "body",
                body == null ? "" : body.value(),
                () -> body == null ? java.util.Optional.empty() : bodies.findById(tenant, body))
            .id();
    String checkedTitle =
        CaseworkRefused.limited(title, "title", MAX_TITLE_LENGTH, "casework.refused");
    MeetingTimes.problem(start, end, now)
        .ifPresent(
            problem -> {
              throw CaseworkRefused.meeting(problem);
            });
    List<AgendaItem> items = new ArrayList<>();
    for (int i = 0; i < agenda.size(); i++) {
      items.add(item(agenda.get(i), "agenda[" + i + "]", tenant, cases));
    }
    return new Meeting(id, tenant, checkedBody, checkedTitle, start, end, items, externalId, false);
  }

  private static AgendaItem item(AgendaItem item, String field, TenantId tenant, Cases cases) {
    if (item == null) {
      throw new CaseworkRefused(field, "The field '" + field + "' is empty", "casework.refused");
    }
    String number =
        CaseworkRefused.limited(
            item.number(), field + ".number", MAX_TITLE_LENGTH, "casework.refused");
    String title =
        CaseworkRefused.required(
            item.title(), field + ".title", MAX_ITEM_TITLE_LENGTH, "casework.refused");
    if (item.caseId() != null) {
      CaseworkRefused.existing(
          field + ".caseId",
          "case",
          item.caseId().value(),
          () -> cases.findById(tenant, item.caseId()));
    }
    return new AgendaItem(number, title, item.caseId());
  }
}
