package no.samspill.core.conversation;

import java.util.List;

/** A titled list of label–value lines, e.g. a finished reflection or "my reflections". */
public record SummaryReply(String title, List<Line> lines, String footer) implements Reply {

  public record Line(String label, String value) {}

  public SummaryReply {
    lines = List.copyOf(lines);
  }
}
