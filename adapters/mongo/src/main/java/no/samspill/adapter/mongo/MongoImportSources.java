package no.samspill.adapter.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.List;
import java.util.Optional;
import no.samspill.core.casework.BodyId;
import no.samspill.core.directory.TenantId;
import no.samspill.core.imports.ImportSource;
import no.samspill.core.imports.ImportSources;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/** The sources coordinators stored, one document each, looked up by tenant and id together. */
final class MongoImportSources implements ImportSources {

  static final String COLLECTION = "import_sources";

  record SourceDocument(
      String id,
      String tenantId,
      String kind,
      String bodyId,
      String url,
      String unit,
      String utvalg) {

    static SourceDocument of(ImportSource s) {
      return new SourceDocument(
          s.id(),
          s.tenant().value(),
          s.kind().name(),
          s.body().value(),
          s.url(),
          s.unit(),
          s.utvalg());
    }

    ImportSource source() {
      return new ImportSource(
          id,
          new TenantId(tenantId),
          ImportSource.Kind.valueOf(kind),
          new BodyId(bodyId),
          url,
          unit,
          utvalg,
          false);
    }
  }

  private final MongoTemplate mongo;

  MongoImportSources(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  @Override
  public List<ImportSource> findByTenant(TenantId tenant) {
    Query query = Query.query(where("tenantId").is(tenant.value())).with(Sort.by("_id"));
    return mongo.find(query, SourceDocument.class, COLLECTION).stream()
        .map(SourceDocument::source)
        .toList();
  }

  @Override
  public List<ImportSource> findByKind(ImportSource.Kind kind) {
    return mongo
        .find(Query.query(where("kind").is(kind.name())), SourceDocument.class, COLLECTION)
        .stream()
        .map(SourceDocument::source)
        .toList();
  }

  @Override
  public Optional<ImportSource> findById(TenantId tenant, String id) {
    return Optional.ofNullable(mongo.findOne(byId(tenant, id), SourceDocument.class, COLLECTION))
        .map(SourceDocument::source);
  }

  @Override
  public void save(ImportSource source) {
    mongo.save(SourceDocument.of(source), COLLECTION);
  }

  @Override
  public boolean remove(TenantId tenant, String id) {
    return mongo.remove(byId(tenant, id), COLLECTION).getDeletedCount() == 1;
  }

  private static Query byId(TenantId tenant, String id) {
    return Query.query(where("_id").is(id).and("tenantId").is(tenant.value()));
  }
}
