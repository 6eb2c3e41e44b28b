package no.samspill.core.testing;

import java.util.ArrayList;
import java.util.List;
import no.samspill.core.casework.Meeting;
import no.samspill.core.casework.MeetingId;
import no.samspill.core.casework.PoliticalCase;
import no.samspill.core.casework.Replanning;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.directory.TenantId;

/** Re-plans nothing; remembers which meetings and leaders it was asked to re-plan, in order. */
public class RecordingReplanning implements Replanning {

  private final List<MeetingId> meetings = new ArrayList<>();
  private final List<LeaderId> leaders = new ArrayList<>();

  @Override
  public int caseSaved(PoliticalCase before, PoliticalCase after) {
    return 0;
  }

  @Override
  public int meetingSaved(Meeting meeting) {
    meetings.add(meeting.id());
    return 0;
  }

  @Override
  public int meetingDeleted(TenantId tenant, MeetingId meeting) {
    meetings.add(meeting);
    return 0;
  }

  @Override
  public int leaderChanged(TenantId tenant, LeaderId leader) {
    leaders.add(leader);
    return 0;
  }

  public List<MeetingId> meetings() {
    return meetings;
  }

  public List<LeaderId> leaders() {
    return leaders;
  }
}
