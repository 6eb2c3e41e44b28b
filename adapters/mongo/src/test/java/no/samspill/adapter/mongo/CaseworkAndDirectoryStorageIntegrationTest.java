package no.samspill.adapter.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import no.samspill.core.casework.AgendaItem;
import no.samspill.core.casework.BodyId;
import no.samspill.core.casework.CaseId;
import no.samspill.core.casework.CaseStatus;
import no.samspill.core.casework.Cases;
import no.samspill.core.casework.Meeting;
import no.samspill.core.casework.MeetingId;
import no.samspill.core.casework.Meetings;
import no.samspill.core.casework.PoliticalBodies;
import no.samspill.core.casework.PoliticalBody;
import no.samspill.core.casework.PoliticalCase;
import no.samspill.core.digest.PairingOptIns;
import no.samspill.core.digest.PoliticianNames;
import no.samspill.core.digest.PoliticianRegister;
import no.samspill.core.directory.ChannelAddress;
import no.samspill.core.directory.ChatWorkspace;
import no.samspill.core.directory.DigestChannels;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.directory.Tenant;
import no.samspill.core.directory.TenantErasure;
import no.samspill.core.directory.TenantId;
import no.samspill.core.directory.Tenants;
import no.samspill.core.language.Language;
import no.samspill.core.privacy.AuditEntry;
import no.samspill.core.privacy.AuditLog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The bodies, meetings and cases, the tenant directory, the digest's channels, opt-ins and
 * politicians, the audit log and a tenant's erasure, on the embedded server or MONGODB_URI's.
 */
@SpringBootTest(
    classes = MongoAdapterTestApplication.class,
    properties = {
      "samspill.mongodb.uri=${MONGODB_URI:}",
      "samspill.mongodb.embedded-file=memory",
      "samspill.mongodb.database=casework-test-${random.uuid}",
      "spring.mongodb.database=${samspill.mongodb.database}"
    })
class CaseworkAndDirectoryStorageIntegrationTest {

  private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MILLIS);

  @Autowired PoliticalBodies bodies;
  @Autowired Meetings meetings;
  @Autowired Cases cases;
  @Autowired Tenants tenants;
  @Autowired DigestChannels channels;
  @Autowired PairingOptIns optIns;
  @Autowired PoliticianRegister politicians;
  @Autowired AuditLog audit;
  @Autowired TenantErasure erasure;

  private final TenantId tenant = TenantId.random();

  private Meeting meeting(BodyId body, String externalId, Instant start, boolean cancelled) {
    Meeting meeting =
        new Meeting(
            MeetingId.random(),
            tenant,
            body,
            "Møte",
            start,
            start.plus(Duration.ofHours(2)),
            List.<AgendaItem>of(),
            externalId,
            cancelled);
    meetings.save(meeting);
    return meeting;
  }

  @Test
  void findsATenantsBodiesMeetingsAndCasesByWhatTheyAreAskedFor() {
    PoliticalBody council = new PoliticalBody(BodyId.random(), tenant, "Kommunestyret", null);
    PoliticalBody board = new PoliticalBody(BodyId.random(), tenant, "Formannskapet", null);
    bodies.save(council);
    bodies.save(board);
    Meeting soon = meeting(council.id(), "ics:a|1", NOW.plus(Duration.ofDays(1)), false);
    Meeting later = meeting(board.id(), "ics:a|2", NOW.plus(Duration.ofDays(2)), false);
    meeting(council.id(), "ics:b|1", NOW.plus(Duration.ofDays(3)), true);
    meeting(council.id(), null, NOW.minus(Duration.ofDays(1)), false);
    LeaderId owner = LeaderId.random();
    PoliticalCase first =
        new PoliticalCase(
            CaseId.random(),
            tenant,
            "Skolestruktur",
            "2026/1",
            owner,
            List.of(soon.id()),
            CaseStatus.IN_PREPARATION,
            NOW);
    PoliticalCase second =
        new PoliticalCase(
            CaseId.random(),
            tenant,
            "Budsjett",
            "2026/2",
            owner,
            List.of(later.id()),
            CaseStatus.IN_PREPARATION,
            NOW.plusSeconds(1));
    cases.save(first);
    cases.save(second);

    assertThat(bodies.findById(tenant, council.id())).contains(council);
    assertThat(bodies.findById(TenantId.random(), council.id())).isEmpty();
    assertThat(bodies.findByTenant(tenant))
        .extracting(PoliticalBody::name)
        .containsExactly("Formannskapet", "Kommunestyret");
    assertThat(meetings.findById(tenant, soon.id())).contains(soon);
    assertThat(meetings.findUpcoming(tenant, NOW, 10))
        .extracting(Meeting::id)
        .containsExactly(soon.id(), later.id());
    assertThat(meetings.findByExternalId(tenant, "ics:a|2")).contains(later);
    assertThat(meetings.findImported(tenant, "ics:a|"))
        .extracting(Meeting::id)
        .containsExactly(soon.id(), later.id());
    assertThat(meetings.findByBody(tenant, council.id(), NOW, 10))
        .extracting(Meeting::externalId)
        .containsExactly("ics:a|1", "ics:b|1");
    assertThat(cases.findById(tenant, first.id())).contains(first);
    assertThat(cases.findByOwner(tenant, owner))
        .extracting(PoliticalCase::id)
        .containsExactly(second.id(), first.id());
    assertThat(cases.findByMeeting(tenant, later.id()))
        .extracting(PoliticalCase::id)
        .containsExactly(second.id());
    assertThat(cases.findByTenant(tenant, 10))
        .extracting(PoliticalCase::id)
        .containsExactly(second.id(), first.id());
    assertThat(cases.findByTenant(tenant, 1))
        .extracting(PoliticalCase::id)
        .containsExactly(second.id());
    assertThat(cases.findByTenant(TenantId.random(), 10)).isEmpty();
  }

  @Test
  void keepsTheDirectoryTheDigestsSettingsAndTheAuditLogUntilTheTenantIsErased() {
    tenants.save(new Tenant(tenant, "Øvre Eiker", Language.NN, null, NOW));
    ChatWorkspace workspace = new ChatWorkspace("slack", "T" + UUID.randomUUID());
    assertThat(tenants.linkWorkspace(workspace, tenant)).isEqualTo(tenant);
    ChannelAddress channel = new ChannelAddress("slack", workspace.workspaceId(), "C1", "ledere");
    channels.set(tenant, channel);
    LeaderId leader = LeaderId.random();
    optIns.set(tenant, leader, true);
    politicians.replace(tenant, new PoliticianNames(List.of("Kari Nordmann")));
    audit.record(
        new AuditEntry(
            UUID.randomUUID().toString(),
            tenant,
            leader,
            AuditEntry.EXPORT,
            leader,
            NOW,
            null,
            null,
            null,
            null,
            null));

    assertThat(tenants.findAll()).extracting(Tenant::id).contains(tenant);
    assertThat(tenants.findByWorkspace(workspace)).contains(tenant);
    assertThat(channels.find(tenant)).containsExactly(channel);
    assertThat(optIns.optedIn(tenant)).containsExactly(leader);
    assertThat(politicians.names(tenant)).containsExactly("Kari Nordmann");
    assertThat(audit.about(leader)).extracting(AuditEntry::action).containsExactly("EXPORT");
    optIns.set(tenant, leader, false);
    assertThat(optIns.optedIn(tenant)).isEmpty();

    erasure.erase(tenant);

    assertThat(tenants.findById(tenant)).isEmpty();
    assertThat(tenants.findByWorkspace(workspace)).isEmpty();
    assertThat(channels.find(tenant)).isEmpty();
    assertThat(politicians.names(tenant)).isEmpty();
    assertThat(audit.about(leader)).isEmpty();
  }
}
