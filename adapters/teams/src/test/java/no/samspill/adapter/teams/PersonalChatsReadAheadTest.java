package no.samspill.adapter.teams;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.samspill.core.directory.ChatIdentity;
import org.junit.jupiter.api.Test;

class PersonalChatsReadAheadTest {

  private static final ChatIdentity KARI = new ChatIdentity("teams", "t1", "kari");
  private static final ChatIdentity OLA = new ChatIdentity("teams", "t1", "ola");
  private static final ChatIdentity NEW = new ChatIdentity("teams", "t1", "never-installed");

  private final Stored stored = new Stored();
  private final Ticking clock = new Ticking();
  private final PersonalChatsReadAhead readAhead = new PersonalChatsReadAhead(stored, clock);

  @Test
  void aBatchsChatsAreReadInOneRoundTripAndEachIsUsedOnce() {
    stored.save(KARI, "a:kari");
    stored.save(OLA, "a:ola");

    readAhead.expect(List.of(KARI, OLA, NEW));

    assertThat(readAhead.take(KARI)).map(c -> c.conversationId()).contains("a:kari");
    assertThat(readAhead.take(OLA)).map(c -> c.conversationId()).contains("a:ola");
    assertThat(stored.reads).containsExactly("batch of 3");
    // Never installed: not read ahead, so asked for at its turn (and still not there).
    assertThat(readAhead.take(NEW)).isEmpty();
    // Used once: the next nudge to Kari reads her chat again.
    stored.save(KARI, "a:kari-reinstalled");
    assertThat(readAhead.take(KARI)).map(c -> c.conversationId()).contains("a:kari-reinstalled");
    assertThat(stored.reads).containsExactly("batch of 3", "one " + NEW.key(), "one " + KARI.key());
  }

  @Test
  void aChatReadLongerAgoThanFreshIsReadAgainAtItsTurn() {
    stored.save(KARI, "a:kari");
    readAhead.expect(List.of(KARI));
    stored.save(KARI, "a:kari-reinstalled");

    clock.advance(PersonalChatsReadAhead.FRESH.plusSeconds(1));

    assertThat(readAhead.take(KARI)).map(c -> c.conversationId()).contains("a:kari-reinstalled");
  }

  @Test
  void whatABatchNeverUsedIsDroppedByALaterBatch() {
    stored.save(KARI, "a:kari");
    readAhead.expect(List.of(KARI));
    clock.advance(PersonalChatsReadAhead.FRESH.plusSeconds(1));
    readAhead.expect(List.of(OLA));
    stored.reads.clear();

    readAhead.take(KARI);

    assertThat(stored.reads).containsExactly("one " + KARI.key());
  }

  /** Stored chats that remember how they were read. */
  private static final class Stored implements TeamsConversations {
    final Map<String, PersonalChat> chats = new HashMap<>();
    final List<String> reads = new ArrayList<>();

    void save(ChatIdentity who, String conversation) {
      chats.put(
          who.key(),
          new PersonalChat(
              who.key(),
              "https://smba",
              conversation,
              "t1",
              "29:x",
              "28:b",
              "nb",
              null,
              null,
              null));
    }

    @Override
    public Optional<PersonalChat> findPersonal(ChatIdentity identity) {
      reads.add("one " + identity.key());
      return Optional.ofNullable(chats.get(identity.key()));
    }

    @Override
    public Map<String, PersonalChat> findPersonal(Collection<ChatIdentity> identities) {
      reads.add("batch of " + identities.size());
      Map<String, PersonalChat> found = new HashMap<>();
      identities.forEach(
          i -> Optional.ofNullable(chats.get(i.key())).ifPresent(c -> found.put(i.key(), c)));
      return found;
    }

    @Override
    public void savePersonal(PersonalChat chat) {}

    @Override
    public void markUnreachable(ChatIdentity identity, String reason, Instant when) {}

    @Override
    public void markGone(
        ChatIdentity identity, String conversationId, String reason, Instant when) {}

    @Override
    public void forgetPersonal(ChatIdentity identity) {}

    @Override
    public void saveChannel(TeamChannel channel) {}

    @Override
    public Optional<TeamChannel> findChannel(String conversationId) {
      return Optional.empty();
    }

    @Override
    public boolean refreshPersonal(PersonalChat chat) {
      return false;
    }

    @Override
    public Optional<OpenCard> replaceOpenCard(OpenCard card) {
      return Optional.empty();
    }

    @Override
    public Optional<OpenCard> closeOpenCard(String conversationId, String askedId) {
      return Optional.empty();
    }

    @Override
    public Optional<OpenCard> findOpenCard(String conversationId) {
      return Optional.empty();
    }
  }

  private static final class Ticking extends Clock {
    private Instant now = Instant.parse("2026-12-01T18:00:00Z");

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}
