package no.samspill.adapter.teams;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import no.samspill.core.directory.ChatIdentity;

/**
 * Personal chats read for a whole batch of nudges in one round trip, each used once when its
 * nudge's turn comes: reading one per nudge was a quarter of the dispatcher's database calls. A
 * chat read longer ago than {@link #FRESH} is read again; one saved anew meanwhile on another
 * instance is caught by {@link TeamsConversations#markGone}, which leaves a newer chat alone.
 */
final class PersonalChatsReadAhead {

  /** Longer than a batch waits for its tenant's pace, short enough to follow a reinstall. */
  static final Duration FRESH = Duration.ofMinutes(1);

  private record Read(TeamsConversations.PersonalChat chat, Instant at) {}

  private final Map<String, Read> chats = new ConcurrentHashMap<>();
  private final TeamsConversations conversations;
  private final Clock clock;

  PersonalChatsReadAhead(TeamsConversations conversations, Clock clock) {
    this.conversations = conversations;
    this.clock = clock;
  }

  void expect(Collection<ChatIdentity> identities) {
    Instant now = clock.instant();
    // What a batch read and never used (its nudge expired or was withdrawn) goes here.
    chats.values().removeIf(read -> stale(read, now));
    conversations
        .findPersonal(identities)
        .forEach((key, chat) -> chats.put(key, new Read(chat, now)));
  }

  /** The chat read ahead for this identity, else (or when stale) read now. */
  Optional<TeamsConversations.PersonalChat> take(ChatIdentity identity) {
    Read read = chats.remove(identity.key());
    return read != null && !stale(read, clock.instant())
        ? Optional.of(read.chat())
        : conversations.findPersonal(identity);
  }

  private static boolean stale(Read read, Instant now) {
    return read.at().plus(FRESH).isBefore(now);
  }
}
