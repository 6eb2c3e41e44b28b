package no.samspill.core.nudging;

import static no.samspill.core.testing.LeaderBuilder.aLeader;

import java.time.Instant;
import java.util.List;
import no.samspill.core.delivery.ChannelRouter;
import no.samspill.core.delivery.ChatChannel;
import no.samspill.core.directory.Leader;
import no.samspill.core.reflection.Phase;
import no.samspill.core.schedule.Nudge;
import no.samspill.core.schedule.NudgeKind;
import no.samspill.core.schedule.Nudges;
import no.samspill.core.testing.ChatHarness;
import no.samspill.core.testing.InMemoryPorts;
import no.samspill.core.testing.InMemorySchedulePolicies;
import no.samspill.core.testing.TestTenants;

/**
 * Dispatch tests' common ground: leaders with a reminder due, and a dispatcher over one channel.
 */
final class ReminderDispatch {

  private ReminderDispatch() {}

  /** A new leader of the test tenant with a reminder due at {@code due}. */
  static Leader dueReminder(ChatHarness chat, Instant due) {
    Leader leader = chat.register(aLeader());
    chat.store()
        .nudges()
        .plan(
            Nudge.planned(
                TestTenants.LILLEVIK,
                leader.id(),
                NudgeKind.REMINDER,
                Phase.POST,
                null,
                null,
                due));
    return leader;
  }

  /** A dispatcher on the harness's store and clock that sends through {@code channel} alone. */
  static SendDueNudges dispatcher(
      ChatHarness chat, ChatChannel channel, SendDueNudges.Settings settings) {
    return dispatcher(chat, channel, settings, chat.store().nudges());
  }

  /** The same, through {@code nudges} (a wrapper of the harness's store). */
  static SendDueNudges dispatcher(
      ChatHarness chat, ChatChannel channel, SendDueNudges.Settings settings, Nudges nudges) {
    InMemoryPorts store = chat.store();
    return new SendDueNudges(
        nudges,
        store.leaders(),
        store.nudgeReasons(),
        command -> {
          throw new AssertionError("reminders start no flow");
        },
        new ChannelRouter(List.of(channel)),
        new InMemorySchedulePolicies(),
        date -> false,
        settings,
        chat.clock(),
        new MeetingEndedMessage(store.meetings(), store.bodies()),
        DispatchMetrics.NONE);
  }
}
