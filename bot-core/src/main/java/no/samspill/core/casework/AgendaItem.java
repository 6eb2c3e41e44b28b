package no.samspill.core.casework;

/** One item on a meeting's agenda (saksliste), optionally linked to a case. */
public record AgendaItem(String number, String title, CaseId caseId) {}
