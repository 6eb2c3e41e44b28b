package no.samspill.core.schedule;

import java.util.List;
import no.samspill.core.casework.PoliticalCase;

/**
 * Use case: the nudges about one case and where each stands, for the coordinator. A planned one is
 * listed only if the dispatcher would still send it (the same reasons as the chat's "kommende"), so
 * the list shows what will really go out; sent, failed, expired and cancelled ones keep their
 * reason.
 */
public class CaseNudges {

  /** A case has a handful of nudges per meeting; more than this is not a list anyone reads. */
  public static final int LIMIT = 200;

  private final Nudges nudges;
  private final NudgeReasons reasons;

  public CaseNudges(Nudges nudges, NudgeReasons reasons) {
    this.nudges = nudges;
    this.reasons = reasons;
  }

  /** Soonest first. */
  public List<Nudge> of(PoliticalCase politicalCase) {
    return nudges.findByCase(politicalCase.tenantId(), politicalCase.id(), LIMIT).stream()
        .filter(n -> n.status() != NudgeStatus.PLANNED || reasons.stillWanted(n))
        .toList();
  }
}
