package no.samspill.adapter.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.bson.BsonDocument;
import org.junit.jupiter.api.Test;

/** The rule IndexCoverageIntegrationTest applies, on queries it must refuse and accept. */
class IndexCoverageTest {

  private static QueryShapes.Query query(String filter, String sort) {
    return new QueryShapes.Query(
        "c", "find", BsonDocument.parse(filter), BsonDocument.parse(sort), false);
  }

  private static QueryShapes.Index index(String keys) {
    return new QueryShapes.Index("c", BsonDocument.parse(keys), false);
  }

  private static boolean served(QueryShapes.Query query, QueryShapes.Index... indexes) {
    return IndexCoverage.gap(query, Set.of(indexes)).isEmpty();
  }

  @Test
  void equalityFieldsMustLeadTheIndexAndTheSortFollowThem() {
    QueryShapes.Query query = query("{tenantId: '?', status: '?'}", "{dueAt: -1}");

    assertThat(served(query, index("{tenantId: 1, status: 1, dueAt: 1}"))).isTrue();
    assertThat(served(query, index("{tenantId: 1, dueAt: -1}"))).isTrue();
    assertThat(served(query, index("{dueAt: 1, tenantId: 1}"))).as("sort first").isFalse();
    assertThat(served(query, index("{tenantId: 1, status: 1}"))).as("no sort").isFalse();
    assertThat(served(query, index("{leaderId: 1, dueAt: 1}"))).as("other field").isFalse();
    assertThat(served(query)).as("no index").isFalse();
  }

  @Test
  void aSortOnTwoFieldsNeedsTheirOrderAndOneDirection() {
    QueryShapes.Query query = query("{status: '?'}", "{dueAt: 1, leaderId: 1}");

    assertThat(served(query, index("{status: 1, dueAt: -1, leaderId: -1}"))).isTrue();
    assertThat(served(query, index("{status: 1, dueAt: 1, leaderId: -1}"))).isFalse();
    assertThat(served(query, index("{status: 1, leaderId: 1, dueAt: 1}"))).isFalse();
  }

  @Test
  void aRangeIsNoEqualityButMayLeadTheIndexWhenThereIsNone() {
    assertThat(served(query("{at: {$gte: '?'}}", "{}"), index("{at: 1}"))).isTrue();
    assertThat(served(query("{at: {$gte: '?'}, subject: '?'}", "{}"), index("{at: 1}")))
        .as("an equality field the index does not start with")
        .isFalse();
    assertThat(served(query("{start: {$gte: '?'}}", "{}"), index("{tenantId: 1, start: 1}")))
        .isFalse();
  }

  @Test
  void everyBranchOfAnOrNeedsAnIndexUnlessTheIdNarrowsThemAll() {
    QueryShapes.Query claim =
        query(
            "{$or: [{status: '?', dueAt: {$lte: '?'}}, {status: '?', leaseUntil: {$lt: '?'}}]}",
            "{dueAt: 1}");
    QueryShapes.Query eitherField = query("{$or: [{a: '?'}, {b: '?'}]}", "{}");

    assertThat(served(claim, index("{status: 1, dueAt: 1}"))).isTrue();
    assertThat(served(eitherField, index("{a: 1}"))).isFalse();
    assertThat(served(eitherField, index("{a: 1}"), index("{b: 1}"))).isTrue();
    assertThat(served(query("{$and: [{_id: {$in: '?'}}, {$or: [{a: '?'}, {b: '?'}]}]}", "{}")))
        .isTrue();
  }

  @Test
  void anUpsertMustFilterOnTheIdOrExactlyAUniqueIndexsFields() {
    QueryShapes.Query upsert =
        new QueryShapes.Query(
            "c", "update", BsonDocument.parse("{tenantId: '?', leaderId: '?'}"), null, true);
    BsonDocument keys = BsonDocument.parse("{tenantId: 1, leaderId: 1}");

    assertThat(IndexCoverage.uniquenessGap(upsert, Set.of(index("{tenantId: 1, leaderId: 1}"))))
        .isPresent();
    assertThat(IndexCoverage.uniquenessGap(upsert, Set.of(new QueryShapes.Index("c", keys, true))))
        .isEmpty();
    assertThat(
            IndexCoverage.uniquenessGap(
                new QueryShapes.Query("c", "update", BsonDocument.parse("{_id: '?'}"), null, true),
                Set.of()))
        .isEmpty();
  }
}
