package no.samspill.adapter.slack;

import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import no.samspill.core.conversation.Reply;
import no.samspill.core.delivery.ChannelPost;
import no.samspill.core.delivery.ChatChannel;
import no.samspill.core.delivery.Delivery;
import no.samspill.core.delivery.Dispatch;
import no.samspill.core.delivery.Reach;
import no.samspill.core.directory.ChannelAddress;
import no.samspill.core.directory.ChatIdentity;
import no.samspill.core.directory.Leader;
import no.samspill.core.directory.LeaderId;

/** Reaches leaders and channels in Slack unprompted: a DM, or a channel post with its image. */
final class SlackChatChannel implements ChatChannel {

  /** A nudge is rendered into at most this many messages (see BlockKit#combine). */
  private static final int MAX_PARTS = 3;

  /** Errors that say Slack does not know the person (any more), not that it failed. */
  private static final Set<String> USER_GONE = Set.of("user_not_found", "user_disabled");

  private final SlackSender sender;
  private final SlackTokens tokens;
  private final SlackDmChannels dms;

  SlackChatChannel(SlackSender sender, SlackTokens tokens, SlackDmChannels dms) {
    this.sender = sender;
    this.tokens = tokens;
    this.dms = dms;
  }

  @Override
  public String name() {
    return SlackUsers.CHANNEL;
  }

  /** A message outside the dispatcher (a demo or test send): the same paced path, awaited. */
  @Override
  public Delivery send(Leader leader, List<Reply> replies) {
    return deliver(leader, Dispatch.of("send-" + UUID.randomUUID(), replies)).join();
  }

  @Override
  public boolean opensOnTurn() {
    return true;
  }

  /**
   * Paced by the DM channel and the workspace, without a thread waiting. Each part carries the
   * nudge's key in its metadata, so after a crash between sending and recording, the next attempt
   * reads the DM back and posts only the parts that did not arrive.
   */
  @Override
  public CompletableFuture<Delivery> deliver(Leader leader, Dispatch dispatch) {
    Optional<ChatIdentity> identity =
        leader.identities().stream().filter(i -> i.channel().equals(name())).findFirst();
    if (identity.isEmpty()) {
      return CompletableFuture.completedFuture(Delivery.unreachable("no Slack identity"));
    }
    String team = identity.get().workspaceId();
    String user = identity.get().userId();
    Optional<String> token = tokens.botToken(team);
    if (token.isEmpty()) {
      return CompletableFuture.completedFuture(
          Delivery.unreachable("Samspill is not installed in this Slack workspace"));
    }
    CompletableFuture<String> dm =
        dms.findOrOpen(team, user, () -> sender.openDmAsync(token.get(), user));
    return dm.thenCompose(channel -> sendParts(token.get(), channel, leader, dispatch))
        .exceptionally(
            error -> {
              SlackCallFailed failed = SlackSender.failure(error);
              if ("channel_not_found".equals(failed.error())) {
                dms.forget(team, user);
              }
              if (USER_GONE.contains(failed.error())) {
                dms.markGone(team, user, failed.error());
              }
              return failed.permanent()
                  ? Delivery.unreachable(failed.error())
                  : Delivery.failed(failed.error());
            });
  }

  private CompletableFuture<Delivery> sendParts(
      String token, String channel, Leader leader, Dispatch dispatch) {
    List<SlackMessage> parts = new ArrayList<>();
    Set<Integer> arrived = new HashSet<>();
    CompletableFuture<Optional<String>> first =
        sender.postAtTurn(
            token,
            channel,
            () -> {
              Optional<List<Reply>> replies = dispatch.opener().open();
              if (replies.isEmpty()) {
                return SlackSender.AtTurn.stop();
              }
              parts.addAll(BlockKit.combine(BlockKit.render(replies.get(), leader.language())));
              if (dispatch.earlierAttempt() != null) {
                arrived.addAll(
                    sender.partsAlreadyPosted(
                        token, channel, dispatch.key(), dispatch.earlierAttempt()));
              }
              return arrived.contains(0)
                  ? SlackSender.AtTurn.skip()
                  : SlackSender.AtTurn.post(parts.get(0));
            },
            SlackSender.nudgeMetadata(dispatch.key(), 0));
    return first.thenCompose(
        ts -> {
          if (ts.isEmpty()) {
            return CompletableFuture.completedFuture(Delivery.withdrawn("not opened"));
          }
          CompletableFuture<String> rest = CompletableFuture.completedFuture(null);
          for (int i = 1; i < Math.min(parts.size(), MAX_PARTS + 1); i++) {
            int part = i;
            if (!arrived.contains(part)) {
              rest =
                  rest.thenCompose(
                      none ->
                          sender.postAsync(
                              token,
                              channel,
                              parts.get(part),
                              SlackSender.nudgeMetadata(dispatch.key(), part)));
            }
          }
          return rest.thenApply(none -> Delivery.delivered());
        });
  }

  /**
   * A workspace without Samspill installed (one look-up per workspace), and users Slack said it
   * does not know (one read for all).
   */
  @Override
  public Map<LeaderId, Reach.Problem> problems(Collection<Leader> leaders) {
    Map<LeaderId, ChatIdentity> identities = new HashMap<>();
    for (Leader leader : leaders) {
      leader.identities().stream()
          .filter(i -> i.channel().equals(name()))
          .findFirst()
          .ifPresent(identity -> identities.put(leader.id(), identity));
    }
    Map<String, Boolean> installed = new HashMap<>();
    Set<String> gone =
        dms.gone(
            identities.values().stream()
                .map(i -> new String[] {i.workspaceId(), i.userId()})
                .toList());
    Map<LeaderId, Reach.Problem> problems = new HashMap<>();
    identities.forEach(
        (leader, identity) -> {
          String team = identity.workspaceId();
          if (!installed.computeIfAbsent(team, t -> tokens.botToken(t).isPresent())) {
            problems.put(leader, Reach.Problem.NOT_INSTALLED);
          } else if (gone.contains(SlackDmChannels.key(team, identity.userId()))) {
            problems.put(leader, Reach.Problem.USER_GONE);
          }
        });
    return problems;
  }

  /** The remembered DM channel; Slack keeps the messages themselves. */
  @Override
  public void forget(ChatIdentity identity) {
    dms.forget(identity.workspaceId(), identity.userId());
  }

  @Override
  public Duration longestDelivery() {
    return sender.longestCall().multipliedBy(MAX_PARTS);
  }

  @Override
  public Delivery post(ChannelAddress address, ChannelPost post) {
    Optional<String> token = tokens.botToken(address.workspaceId());
    if (token.isEmpty()) {
      return Delivery.unreachable("Samspill is not installed in this Slack workspace");
    }
    String channel = address.conversationId();
    SlackMessage message =
        new SlackMessage(
            post.title(),
            List.of(
                header(h -> h.text(plainText(BlockKit.shorten(post.title(), 150)))),
                section(
                    s ->
                        s.text(
                            markdownText(BlockKit.shorten(BlockKit.escape(post.text()), 2900))))));
    return deliver(
        () -> {
          sender.post(token.get(), channel, message);
          if (post.hasImage()) {
            sender.upload(
                token.get(),
                channel,
                "samspill.png",
                post.imagePng(),
                post.title(),
                post.imageAltText());
          }
        });
  }

  private static Delivery deliver(Runnable sending) {
    try {
      sending.run();
      return Delivery.delivered();
    } catch (SlackCallFailed e) {
      return e.permanent() ? Delivery.unreachable(e.error()) : Delivery.failed(e.error());
    }
  }
}
