package no.samspill.adapter.console;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import no.samspill.core.casework.CaseDraft;
import no.samspill.core.casework.CaseStatus;
import no.samspill.core.casework.MeetingId;
import no.samspill.core.casework.PoliticalCase;
import no.samspill.core.directory.LeaderId;

/** The case form as posted; meetings that are not ticked are absent, an empty owner is none. */
record CaseForm(
    String title, String caseNumber, String ownerId, List<String> meetingIds, String status) {

  CaseForm {
    meetingIds = meetingIds == null ? List.of() : List.copyOf(meetingIds);
  }

  static CaseForm of(PoliticalCase politicalCase) {
    return new CaseForm(
        politicalCase.title(),
        politicalCase.caseNumber(),
        politicalCase.ownerId() == null ? "" : politicalCase.ownerId().value(),
        politicalCase.meetingIds().stream().map(MeetingId::value).toList(),
        politicalCase.status().name());
  }

  static CaseForm empty() {
    return new CaseForm("", "", "", List.of(), CaseStatus.IN_PREPARATION.name());
  }

  /** The status chosen; empty if the form names none the case can have. */
  Optional<CaseStatus> chosenStatus() {
    return Arrays.stream(CaseStatus.values()).filter(s -> s.name().equals(status)).findFirst();
  }

  CaseDraft draft(CaseStatus chosen) {
    return new CaseDraft(
        title,
        caseNumber,
        ownerId == null || ownerId.isBlank() ? null : new LeaderId(ownerId.strip()),
        meetingIds.stream().filter(id -> !id.isBlank()).map(MeetingId::new).toList(),
        chosen);
  }

  boolean has(MeetingId meeting) {
    return meetingIds.contains(meeting.value());
  }
}
