package no.samspill.adapter.teams;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import no.samspill.core.directory.ChatIdentity;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Where the adapter keeps what it needs to reach people and channels later: the personal chat of
 * each Teams user, the channels of teams the bot was added to, and who can no longer be reached.
 */
interface TeamsConversations {

  /** A leader's personal chat with the bot, keyed by {@link ChatIdentity#key()}. */
  @Document("teams_personal_chats")
  record PersonalChat(
      @Id String identityKey,
      String serviceUrl,
      String conversationId,
      String tenantId,
      String userId,
      String botId,
      String locale,
      Instant updatedAt,
      Instant unreachableSince,
      String unreachableReason) {

    boolean reachable() {
      return unreachableSince == null;
    }

    /** The same way to reach the person, whenever each was read. */
    boolean sameAddress(PersonalChat other) {
      return Objects.equals(serviceUrl, other.serviceUrl)
          && Objects.equals(conversationId, other.conversationId)
          && Objects.equals(tenantId, other.tenantId)
          && Objects.equals(userId, other.userId)
          && Objects.equals(botId, other.botId)
          && Objects.equals(locale, other.locale);
    }
  }

  /** A channel of a team the bot is in. */
  @Document("teams_channels")
  record TeamChannel(
      @Id String conversationId,
      String tenantId,
      String teamId,
      String teamName,
      String name,
      String serviceUrl,
      String botId,
      Instant updatedAt) {}

  /**
   * The question card last sent in a conversation, so that an answer typed instead of clicked can
   * freeze it in place: {@code cardId} is the activity's id, {@code askedId} the question's.
   */
  @Document("teams_open_cards")
  record OpenCard(
      @Id String conversationId, String cardId, String askedId, String question, Instant sentAt) {}

  /** Saves or refreshes the chat; a fresh message from the person makes them reachable again. */
  void savePersonal(PersonalChat chat);

  /**
   * Saves the chat of a message unless this instance saved the same address, reachable, less than
   * {@link #REFRESH} ago (and has not marked it unreachable or forgotten it since); answers whether
   * it wrote. Another instance's change is not seen: a chat it marked unreachable becomes reachable
   * again with the first message here after that interval.
   */
  boolean refreshPersonal(PersonalChat chat);

  /** How long an unchanged personal chat goes without being written again. */
  Duration REFRESH = Duration.ofMinutes(10);

  Optional<PersonalChat> findPersonal(ChatIdentity identity);

  void markUnreachable(ChatIdentity identity, String reason, Instant when);

  /** The personal chats of these identities, by {@link ChatIdentity#key()}, in one round trip. */
  Map<String, PersonalChat> findPersonal(Collection<ChatIdentity> identities);

  /**
   * As {@link #markUnreachable}, but only while the chat is still {@code conversationId}: a chat
   * saved anew since it was read (the app reinstalled) stays reachable.
   */
  void markGone(ChatIdentity identity, String conversationId, String reason, Instant when);

  /** Removes the person's personal chat reference (their data is erased). */
  void forgetPersonal(ChatIdentity identity);

  void saveChannel(TeamChannel channel);

  Optional<TeamChannel> findChannel(String conversationId);

  /**
   * Replaces the conversation's open card (only the last question sent can still be answered) and
   * returns the one it replaced, in one round trip.
   */
  Optional<OpenCard> replaceOpenCard(OpenCard card);

  /** Removes and returns the conversation's open card if it asked {@code askedId}. */
  Optional<OpenCard> closeOpenCard(String conversationId, String askedId);

  Optional<OpenCard> findOpenCard(String conversationId);
}
