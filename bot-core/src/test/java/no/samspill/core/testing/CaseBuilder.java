package no.samspill.core.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import no.samspill.core.casework.CaseId;
import no.samspill.core.casework.CaseStatus;
import no.samspill.core.casework.Meeting;
import no.samspill.core.casework.MeetingId;
import no.samspill.core.casework.PoliticalCase;
import no.samspill.core.directory.Leader;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.directory.TenantId;

public final class CaseBuilder {

  private CaseId id = CaseId.random();
  private TenantId tenant = TestTenants.LILLEVIK;
  private String title = "Ny skolestruktur";
  private String number = "2026/17";
  private LeaderId owner;
  private final List<MeetingId> meetings = new ArrayList<>();
  private CaseStatus status = CaseStatus.IN_PREPARATION;
  private Instant createdAt = ChatHarness.START;

  private CaseBuilder() {}

  public static CaseBuilder aCase() {
    return new CaseBuilder();
  }

  /** The same case as one saved before, for building its next version. */
  public CaseBuilder withId(CaseId newId) {
    id = newId;
    return this;
  }

  public CaseBuilder titled(String newTitle) {
    title = newTitle;
    return this;
  }

  public CaseBuilder numbered(String newNumber) {
    number = newNumber;
    return this;
  }

  /** Owned by the leader, in the leader's tenant. */
  public CaseBuilder ownedBy(Leader leader) {
    owner = leader.id();
    tenant = leader.tenantId();
    return this;
  }

  public CaseBuilder in(TenantId newTenant) {
    tenant = newTenant;
    return this;
  }

  public CaseBuilder treatedIn(Meeting meeting) {
    meetings.add(meeting.id());
    return this;
  }

  public CaseBuilder withStatus(CaseStatus newStatus) {
    status = newStatus;
    return this;
  }

  public CaseBuilder createdAt(Instant instant) {
    createdAt = instant;
    return this;
  }

  public PoliticalCase build() {
    return new PoliticalCase(id, tenant, title, number, owner, meetings, status, createdAt);
  }
}
