package no.samspill.core.conversation;

import no.samspill.core.directory.Leader;
import no.samspill.core.language.Messages;

/** The help text, with the coordinator's extra commands for coordinators. */
final class HelpText {

  private HelpText() {}

  static String of(Leader leader) {
    String text = Messages.get(leader.language(), "help");
    return leader.coordinator()
        ? text + "\n" + Messages.get(leader.language(), "help.coordinator")
        : text;
  }
}
