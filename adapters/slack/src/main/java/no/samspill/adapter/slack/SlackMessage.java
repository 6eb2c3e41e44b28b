package no.samspill.adapter.slack;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;

/**
 * One Slack message: fallback text for notifications, Block Kit blocks, and optionally a file to
 * upload with it (an export).
 */
record SlackMessage(String text, List<LayoutBlock> blocks, File file) {

  record File(String name, byte[] content) {}

  SlackMessage {
    blocks = List.copyOf(blocks);
  }

  SlackMessage(String text, List<LayoutBlock> blocks) {
    this(text, blocks, null);
  }
}
