package no.samspill.adapter.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import no.samspill.core.directory.ChatIdentity;
import no.samspill.core.directory.Leader;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.directory.Leaders;
import no.samspill.core.directory.TenantId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

final class MongoLeaders implements Leaders {

  static final String COLLECTION = "leaders";
  static final String IDENTITIES = "chat_identities";

  /** The unique link from a chat identity to its leader; the key is the document id. */
  record IdentityLink(String id, LeaderId leaderId) {}

  private final MongoTemplate mongo;
  private final ServerTraits server;

  MongoLeaders(MongoTemplate mongo, ServerTraits server) {
    this.mongo = mongo;
    this.server = server;
  }

  @Override
  public Optional<Leader> findById(LeaderId id) {
    return Optional.ofNullable(mongo.findById(id.value(), Leader.class, COLLECTION));
  }

  @Override
  public Map<LeaderId, Leader> findAllById(Collection<LeaderId> ids) {
    if (server.scansIdLists()) {
      // One id at a time is served from the _id index; the list would read every leader stored.
      return ReadsById.each(ids.stream().distinct().toList(), this::findById).stream()
          .collect(Collectors.toMap(Leader::id, leader -> leader));
    }
    Query query = Query.query(where("_id").in(ids.stream().map(LeaderId::value).toList()));
    return mongo.find(query, Leader.class, COLLECTION).stream()
        .collect(Collectors.toMap(Leader::id, leader -> leader));
  }

  @Override
  public Optional<LeaderId> findByIdentity(ChatIdentity identity) {
    return Optional.ofNullable(mongo.findById(identity.key(), IdentityLink.class, IDENTITIES))
        .map(IdentityLink::leaderId);
  }

  @Override
  public Optional<Leader> findByEmail(TenantId tenant, String email) {
    Query query = Query.query(where("tenantId").is(tenant.value()).and("email").is(email));
    return Optional.ofNullable(mongo.findOne(query, Leader.class, COLLECTION));
  }

  @Override
  public List<Leader> findByTenant(TenantId tenant) {
    Query query = Query.query(where("tenantId").is(tenant.value())).with(Sort.by("name"));
    return mongo.find(query, Leader.class, COLLECTION);
  }

  @Override
  public void save(Leader leader) {
    mongo.save(leader, COLLECTION);
  }

  @Override
  public LeaderId linkIdentity(ChatIdentity identity, LeaderId candidate) {
    try {
      mongo.insert(new IdentityLink(identity.key(), candidate), IDENTITIES);
      return candidate;
    } catch (DuplicateKeyException e) {
      return findByIdentity(identity).orElseThrow();
    }
  }

  @Override
  public void delete(LeaderId id) {
    mongo.remove(Query.query(where("leaderId").is(id.value())), IDENTITIES);
    mongo.remove(Query.query(where("_id").is(id.value())), COLLECTION);
  }
}
