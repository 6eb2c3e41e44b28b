package no.samspill.core.nudging;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import no.samspill.core.delivery.Delivery;
import no.samspill.core.delivery.Dispatch;
import no.samspill.core.directory.Leader;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.schedule.Nudge;
import no.samspill.core.schedule.NudgeStatus;
import no.samspill.core.schedule.Nudges;
import no.samspill.core.testing.ChatHarness;
import org.junit.jupiter.api.Test;

/**
 * A platform that sends at once gets a batch's nudges opened together: one renewal of their claims
 * and one record of their outcomes for the whole batch, not one of each per nudge; a paced one
 * still opens each on its turn. A nudge whose renewal the store refuses is not sent.
 */
class OpenTogetherTest {

  private static final Duration LEASE = Duration.ofMinutes(20);

  private final ChatHarness chat = new ChatHarness();
  private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
  private final List<Leader> leaders = new ArrayList<>();

  @Test
  void aBatchForAPlatformThatSendsAtOnceIsRenewedAndRecordedInOneCallEach() {
    dueReminders(10);
    SendDueNudgesTest.FakeChannel atOnce = new SendDueNudgesTest.FakeChannel();

    assertThat(dispatcher(atOnce, counted(chat.store().nudges())).sendDue()).isEqualTo(10);

    assertThat(atOnce.sent).hasSize(10);
    assertThat(count("holdAllForSending")).isEqualTo(1);
    assertThat(count("holdForSending")).isZero();
    assertThat(count("finishAll")).isEqualTo(1);
    assertThat(count("finish")).isZero();
    assertThat(statuses()).containsOnly(NudgeStatus.SENT);
  }

  @Test
  void aPacedPlatformStillOpensEachNudgeOnItsTurn() {
    dueReminders(4);
    List<LeaderId> reached = new ArrayList<>();
    DispatchOnlyChannel paced =
        new DispatchOnlyChannel() {
          @Override
          public CompletableFuture<Delivery> deliver(Leader leader, Dispatch dispatch) {
            dispatch.opener().open().ifPresent(message -> reached.add(leader.id()));
            return CompletableFuture.completedFuture(Delivery.delivered());
          }
        };

    assertThat(dispatcher(paced, counted(chat.store().nudges())).sendDue()).isEqualTo(4);

    assertThat(reached).hasSize(4);
    assertThat(count("holdForSending")).isEqualTo(4);
    assertThat(count("holdAllForSending")).isZero();
  }

  @Test
  @SuppressWarnings("unchecked")
  void aNudgeWhoseClaimWasTakenOverWhenTheBatchIsOpenedIsNeitherSentNorRecordedHere() {
    dueReminders(5);
    Nudges store = chat.store().nudges();
    Nudges losingOne =
        counted(
            store,
            (method, args) ->
                method.equals("holdAllForSending")
                    ? store.holdAllForSending(
                        ((List<Nudge>) args[0]).subList(1, ((List<?>) args[0]).size()),
                        (java.time.Instant) args[1],
                        (Duration) args[2])
                    : null);
    SendDueNudgesTest.FakeChannel atOnce = new SendDueNudgesTest.FakeChannel();

    assertThat(dispatcher(atOnce, losingOne).sendDue()).isEqualTo(4);

    assertThat(atOnce.sent).hasSize(4);
    // The one this instance lost is left as the store has it, for its new holder to finish.
    assertThat(statuses())
        .containsExactlyInAnyOrder(
            NudgeStatus.SENT,
            NudgeStatus.SENT,
            NudgeStatus.SENT,
            NudgeStatus.SENT,
            NudgeStatus.CLAIMED);
  }

  private void dueReminders(int n) {
    for (int i = 0; i < n; i++) {
      leaders.add(ReminderDispatch.dueReminder(chat, chat.clock().instant()));
    }
  }

  private List<NudgeStatus> statuses() {
    return leaders.stream()
        .flatMap(l -> chat.store().nudges().all(l.id()).stream())
        .map(Nudge::status)
        .toList();
  }

  private int count(String method) {
    return calls.getOrDefault(method, new AtomicInteger()).get();
  }

  private SendDueNudges dispatcher(no.samspill.core.delivery.ChatChannel channel, Nudges nudges) {
    return ReminderDispatch.dispatcher(
        chat, channel, new SendDueNudges.Settings("a", LEASE, Duration.ofMinutes(15)), nudges);
  }

  /** An answer the test gives instead of the store's; null lets the store answer. */
  private interface Instead {
    Object answer(String method, Object[] args);
  }

  private Nudges counted(Nudges store) {
    return counted(store, (method, args) -> null);
  }

  /** The store, counting the calls the dispatcher makes to it by method name. */
  private Nudges counted(Nudges store, Instead instead) {
    return (Nudges)
        Proxy.newProxyInstance(
            Nudges.class.getClassLoader(),
            new Class<?>[] {Nudges.class},
            (proxy, method, args) -> {
              calls
                  .computeIfAbsent(method.getName(), none -> new AtomicInteger())
                  .incrementAndGet();
              Object answer = instead.answer(method.getName(), args);
              if (answer != null) {
                return answer;
              }
              try {
                return method.invoke(store, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }
}
