package no.samspill.adapter.mongo;

import java.util.List;
import java.util.Optional;
import no.samspill.core.directory.ChatWorkspace;
import no.samspill.core.directory.Tenant;
import no.samspill.core.directory.TenantId;
import no.samspill.core.directory.Tenants;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

final class MongoTenants implements Tenants {

  static final String COLLECTION = "tenants";
  static final String WORKSPACES = "workspaces";

  /** The unique link from a chat workspace to its tenant; the key is the document id. */
  record WorkspaceLink(String id, TenantId tenantId) {}

  private final MongoTemplate mongo;

  MongoTenants(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  @Override
  public Optional<Tenant> findById(TenantId id) {
    return Optional.ofNullable(mongo.findById(id.value(), Tenant.class, COLLECTION));
  }

  @Override
  public Optional<TenantId> findByWorkspace(ChatWorkspace workspace) {
    return Optional.ofNullable(mongo.findById(workspace.key(), WorkspaceLink.class, WORKSPACES))
        .map(WorkspaceLink::tenantId);
  }

  @Override
  public List<Tenant> findAll() {
    return mongo.find(new Query().with(Sort.by("name")), Tenant.class, COLLECTION);
  }

  @Override
  public List<ChatWorkspace> workspacesOf(TenantId tenant) {
    return mongo
        .find(
            Query.query(Criteria.where("tenantId").is(tenant.value())),
            WorkspaceLink.class,
            WORKSPACES)
        .stream()
        .map(link -> link.id().split("\\|", 2))
        .filter(key -> key.length == 2)
        .map(key -> new ChatWorkspace(key[0], key[1]))
        .toList();
  }

  @Override
  public void save(Tenant tenant) {
    mongo.save(tenant, COLLECTION);
  }

  @Override
  public TenantId linkWorkspace(ChatWorkspace workspace, TenantId candidate) {
    try {
      mongo.insert(new WorkspaceLink(workspace.key(), candidate), WORKSPACES);
      return candidate;
    } catch (DuplicateKeyException e) {
      return findByWorkspace(workspace).orElseThrow();
    }
  }
}
