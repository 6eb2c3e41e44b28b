package no.samspill.adapter.console;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.schedule.Nudge;

/** Oversikt's nudges in the coordinator's language and time zone. */
record OverviewRows(ConsoleText t, Map<LeaderId, String> names, ZoneId zone) {

  record NudgeRow(String when, String leader, String kind, String reason) {}

  NudgeRow row(Nudge nudge, Instant when) {
    String kind = t.m("console.kind." + nudge.kind().name());
    if (nudge.phase() != null) {
      kind = kind + " · " + t.m("phase." + nudge.phase().name().toLowerCase(Locale.ROOT));
    }
    return new NudgeRow(
        time(when),
        names.getOrDefault(nudge.leaderId(), t.m("console.leader.unknown")),
        kind,
        nudge.reason() == null ? null : t.nudgeReason(nudge.reason()));
  }

  String time(Instant when) {
    return t.time(when, zone);
  }
}
