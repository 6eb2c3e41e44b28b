package no.samspill.adapter.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import no.samspill.core.casework.BodyId;
import no.samspill.core.casework.CaseId;
import no.samspill.core.casework.Cases;
import no.samspill.core.casework.Meeting;
import no.samspill.core.casework.MeetingId;
import no.samspill.core.casework.Meetings;
import no.samspill.core.casework.PoliticalBodies;
import no.samspill.core.casework.PoliticalBody;
import no.samspill.core.casework.PoliticalCase;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.directory.TenantId;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/** Bodies, meetings and cases; every lookup is scoped to the tenant as well as the id. */
final class MongoCasework implements PoliticalBodies, Meetings, Cases {

  static final String BODIES = "bodies";
  static final String MEETINGS = "meetings";
  static final String CASES = "cases";

  private final MongoTemplate mongo;

  MongoCasework(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  private static Query inTenant(TenantId tenant, String id) {
    return Query.query(where("_id").is(id).and("tenantId").is(tenant.value()));
  }

  @Override
  public Optional<PoliticalBody> findById(TenantId tenant, BodyId id) {
    return Optional.ofNullable(
        mongo.findOne(inTenant(tenant, id.value()), PoliticalBody.class, BODIES));
  }

  @Override
  public List<PoliticalBody> findByTenant(TenantId tenant) {
    Query query = Query.query(where("tenantId").is(tenant.value())).with(Sort.by("name"));
    return mongo.find(query, PoliticalBody.class, BODIES);
  }

  @Override
  public void save(PoliticalBody body) {
    mongo.save(body, BODIES);
  }

  @Override
  public void delete(TenantId tenant, BodyId id) {
    mongo.remove(inTenant(tenant, id.value()), BODIES);
  }

  @Override
  public Optional<Meeting> findById(TenantId tenant, MeetingId id) {
    return Optional.ofNullable(
        mongo.findOne(inTenant(tenant, id.value()), Meeting.class, MEETINGS));
  }

  @Override
  public List<Meeting> findUpcoming(TenantId tenant, Instant from, int limit) {
    Query query =
        Query.query(
                where("tenantId")
                    .is(tenant.value())
                    .and("start")
                    .gte(from)
                    .and("cancelled")
                    .ne(true))
            .with(Sort.by("start"))
            .limit(limit);
    return mongo.find(query, Meeting.class, MEETINGS);
  }

  @Override
  public Optional<Meeting> findByExternalId(TenantId tenant, String externalId) {
    Query query =
        Query.query(where("tenantId").is(tenant.value()).and("externalId").is(externalId));
    return Optional.ofNullable(mongo.findOne(query, Meeting.class, MEETINGS));
  }

  @Override
  public List<Meeting> findImported(TenantId tenant, String externalIdPrefix) {
    Query query =
        Query.query(
                where("tenantId")
                    .is(tenant.value())
                    .and("externalId")
                    .regex("^" + Pattern.quote(externalIdPrefix)))
            .with(Sort.by("start"));
    return mongo.find(query, Meeting.class, MEETINGS);
  }

  @Override
  public List<Meeting> findByBody(TenantId tenant, BodyId body, Instant from, int limit) {
    Query query =
        Query.query(
                where("tenantId")
                    .is(tenant.value())
                    .and("bodyId")
                    .is(body.value())
                    .and("start")
                    .gte(from))
            .with(Sort.by("start"))
            .limit(limit);
    return mongo.find(query, Meeting.class, MEETINGS);
  }

  @Override
  public void save(Meeting meeting) {
    mongo.save(meeting, MEETINGS);
  }

  @Override
  public void delete(TenantId tenant, MeetingId id) {
    mongo.remove(inTenant(tenant, id.value()), MEETINGS);
  }

  @Override
  public Optional<PoliticalCase> findById(TenantId tenant, CaseId id) {
    return Optional.ofNullable(
        mongo.findOne(inTenant(tenant, id.value()), PoliticalCase.class, CASES));
  }

  @Override
  public List<PoliticalCase> findByOwner(TenantId tenant, LeaderId owner) {
    Query query =
        Query.query(where("tenantId").is(tenant.value()).and("ownerId").is(owner.value()))
            .with(Sort.by(Sort.Direction.DESC, "createdAt"));
    return mongo.find(query, PoliticalCase.class, CASES);
  }

  @Override
  public List<PoliticalCase> findByTenant(TenantId tenant, int limit) {
    Query query =
        Query.query(where("tenantId").is(tenant.value()))
            .with(Sort.by(Sort.Direction.DESC, "createdAt"))
            .limit(limit);
    return mongo.find(query, PoliticalCase.class, CASES);
  }

  @Override
  public List<PoliticalCase> findByMeeting(TenantId tenant, MeetingId meeting) {
    Query query =
        Query.query(where("tenantId").is(tenant.value()).and("meetingIds").is(meeting.value()));
    return mongo.find(query, PoliticalCase.class, CASES);
  }

  @Override
  public void save(PoliticalCase politicalCase) {
    mongo.save(politicalCase, CASES);
  }
}
