package no.samspill.core.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import no.samspill.core.casework.BodyId;
import no.samspill.core.casework.Meeting;
import no.samspill.core.casework.MeetingId;
import no.samspill.core.casework.PoliticalBody;
import no.samspill.core.directory.TenantId;

public final class MeetingBuilder {

  private MeetingId id = MeetingId.random();
  private TenantId tenant = TestTenants.LILLEVIK;
  private BodyId body = BodyId.random();
  private String title = "Møte";
  private Instant start = ChatHarness.START.plus(Duration.ofDays(7));
  private String externalId;

  private MeetingBuilder() {}

  public static MeetingBuilder aMeeting() {
    return new MeetingBuilder();
  }

  /** A meeting of the body, in the body's tenant. */
  public MeetingBuilder of(PoliticalBody politicalBody) {
    body = politicalBody.id();
    tenant = politicalBody.tenantId();
    return this;
  }

  public MeetingBuilder titled(String newTitle) {
    title = newTitle;
    return this;
  }

  public MeetingBuilder startingAt(Instant instant) {
    start = instant;
    return this;
  }

  /** Imported under this key, as a calendar or eInnsyn import stores it. */
  public MeetingBuilder importedAs(String key) {
    externalId = key;
    return this;
  }

  public Meeting build() {
    return new Meeting(
        id,
        tenant,
        body,
        title,
        start,
        start.plus(Duration.ofHours(3)),
        List.of(),
        externalId,
        false);
  }
}
