package no.samspill.adapter.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import no.samspill.core.digest.ArchivedDigest;
import no.samspill.core.digest.DigestPosts;
import no.samspill.core.digest.DigestText;
import no.samspill.core.directory.TenantId;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * One document per tenant and week; the first insert or an expired lease wins the claim, and the
 * finished document keeps the posted digest for the archive.
 */
final class MongoDigestPosts implements DigestPosts {

  static final String COLLECTION = "digest_posts";

  record DigestPost(
      String id,
      String status,
      String claimedBy,
      Instant leaseUntil,
      String outcome,
      Instant postedAt,
      String tenantId,
      String week,
      String title,
      List<DigestText.Section> sections,
      byte[] chartPng,
      String chartAltText) {}

  private final MongoTemplate mongo;

  MongoDigestPosts(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  @Override
  public boolean claim(String key, Instant now, Duration lease, String instance) {
    DigestPost fresh =
        new DigestPost(
            key,
            Claims.CLAIMED,
            instance,
            now.plus(lease),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null);
    return Claims.claim(mongo, COLLECTION, fresh, key, now, lease, instance);
  }

  @Override
  public boolean finish(String key, String instance, String outcome, ArchivedDigest posted) {
    Query held = Claims.heldBy(key, instance);
    Update update =
        Update.update("status", "POSTED")
            .set("outcome", outcome)
            .set("postedAt", posted.postedAt())
            .set("tenantId", posted.tenant().value())
            .set("week", posted.week())
            .set("title", posted.title())
            .set("sections", posted.sections())
            .set("chartPng", posted.chartPng())
            .set("chartAltText", posted.chartAltText());
    return mongo.updateFirst(held, update, COLLECTION).getModifiedCount() == 1;
  }

  @Override
  public List<ArchivedDigest> archive(TenantId tenant, int limit) {
    if (limit <= 0) {
      return List.of();
    }
    Query query = posted(tenant).with(Sort.by(Sort.Direction.DESC, "postedAt")).limit(limit);
    return mongo.find(query, DigestPost.class, COLLECTION).stream()
        .map(MongoDigestPosts::archived)
        .toList();
  }

  @Override
  public Optional<ArchivedDigest> archived(TenantId tenant, String week) {
    Query query = posted(tenant).addCriteria(where("week").is(week));
    return Optional.ofNullable(mongo.findOne(query, DigestPost.class, COLLECTION))
        .map(MongoDigestPosts::archived);
  }

  @Override
  public long purgePostedBefore(TenantId tenant, Instant cutoff) {
    Query old = Query.query(where("tenantId").is(tenant.value()).and("postedAt").lt(cutoff));
    return mongo.remove(old, COLLECTION).getDeletedCount();
  }

  @Override
  public void rewriteArchive(TenantId tenant, UnaryOperator<List<DigestText.Section>> edit) {
    for (DigestPost post : mongo.find(posted(tenant), DigestPost.class, COLLECTION)) {
      List<DigestText.Section> edited =
          edit.apply(post.sections() == null ? List.of() : post.sections());
      if (!edited.equals(post.sections())) {
        mongo.updateFirst(
            Query.query(where("_id").is(post.id())), Update.update("sections", edited), COLLECTION);
      }
    }
  }

  /** Only finished documents that carry a digest: older ones recorded the outcome alone. */
  private static Query posted(TenantId tenant) {
    return Query.query(
        where("tenantId").is(tenant.value()).and("status").is("POSTED").and("title").ne(null));
  }

  private static ArchivedDigest archived(DigestPost p) {
    return new ArchivedDigest(
        new TenantId(p.tenantId()),
        p.week(),
        p.title(),
        p.sections() == null ? List.of() : p.sections(),
        p.chartPng(),
        p.chartAltText(),
        p.postedAt());
  }
}
