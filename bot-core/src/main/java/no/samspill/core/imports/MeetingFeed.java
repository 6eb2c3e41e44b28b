package no.samspill.core.imports;

import java.util.List;

/**
 * What a source yielded: the meetings it could read and the items it could not. {@code complete}
 * means the source listed every meeting in the window, so one missing from it was removed.
 */
public record MeetingFeed(
    List<ImportedMeeting> meetings, List<ImportProblem> problems, boolean complete) {

  public MeetingFeed {
    meetings = meetings == null ? List.of() : List.copyOf(meetings);
    problems = problems == null ? List.of() : List.copyOf(problems);
  }
}
