package no.samspill.adapter.slack;

import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import java.util.List;
import java.util.Optional;
import no.samspill.core.conversation.Reply;
import no.samspill.core.delivery.ChannelPost;
import no.samspill.core.delivery.ChatChannel;
import no.samspill.core.delivery.Delivery;
import no.samspill.core.directory.ChannelAddress;
import no.samspill.core.directory.ChatIdentity;
import no.samspill.core.directory.Leader;

/** Reaches leaders and channels in Slack unprompted: a DM, or a channel post with its image. */
final class SlackChatChannel implements ChatChannel {

  private final SlackSender sender;
  private final SlackTokens tokens;

  SlackChatChannel(SlackSender sender, SlackTokens tokens) {
    this.sender = sender;
    this.tokens = tokens;
  }

  @Override
  public String name() {
    return SlackUsers.CHANNEL;
  }

  @Override
  public Delivery send(Leader leader, List<Reply> replies) {
    Optional<ChatIdentity> identity =
        leader.identities().stream().filter(i -> i.channel().equals(name())).findFirst();
    if (identity.isEmpty()) {
      return Delivery.unreachable("no Slack identity");
    }
    Optional<String> token = tokens.botToken(identity.get().workspaceId());
    if (token.isEmpty()) {
      return Delivery.unreachable("Samspill is not installed in this Slack workspace");
    }
    return deliver(
        () ->
            ReplyTarget.dm(sender, token.get(), identity.get().userId())
                .post(BlockKit.render(replies, leader.language())));
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
