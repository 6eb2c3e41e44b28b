package no.samspill.adapter.console;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import no.samspill.core.conversation.InviteLeaders;
import no.samspill.core.delivery.ChannelRouter;
import no.samspill.core.delivery.Reach;
import no.samspill.core.directory.Leader;
import no.samspill.core.directory.LeaderActivity;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.language.Language;
import org.springframework.stereotype.Component;

/**
 * What the Ledere pages show of leaders besides their profile: where Samspill reaches them and when
 * they were last active (each one read for the whole list, never one per leader), and the
 * invitation to send them.
 */
@Component
class LeaderFacts {

  /**
   * A leader in the list: the platform Samspill reaches them on, or why it cannot ({@code problem},
   * empty when it can), and the day they were last active ({@code lastActiveOn} as an ISO date for
   * {@code <time>}, null when never).
   */
  record LeaderRow(
      Leader leader, String reachable, String problem, String lastActive, String lastActiveOn) {}

  private final LeaderActivity activity;
  private final ChannelRouter router;
  private final InviteLeaders invite;
  private final Clock clock;

  LeaderFacts(LeaderActivity activity, ChannelRouter router, InviteLeaders invite, Clock clock) {
    this.activity = activity;
    this.router = router;
    this.invite = invite;
    this.clock = clock;
  }

  /** The rows of the coordinator's leaders, in their language and time zone. */
  List<LeaderRow> rows(Leader me, ConsoleText t, List<Leader> leaders) {
    Map<LeaderId, Instant> active = activity.lastActive(me.tenantId());
    Map<LeaderId, Reach> reach = router.reach(leaders);
    Instant now = clock.instant();
    return leaders.stream()
        .map(
            leader -> {
              Instant last = active.get(leader.id());
              Reach theirs = reach.getOrDefault(leader.id(), Reach.on(null));
              return new LeaderRow(
                  leader,
                  theirs.reachable() ? t.platform(theirs.platform()) : "",
                  t.unreachable(theirs),
                  t.lastActive(last, now, me.timeZone()),
                  last == null ? null : last.atZone(me.timeZone()).toLocalDate().toString());
            })
        .toList();
  }

  /** The invitation for new leaders, in {@code language}, signed by the coordinator. */
  String invitation(Leader me, Language language) {
    return invite.text(me.tenantId(), language, me.name());
  }
}
