package no.samspill.adapter.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.ClassNameFilter.excludeClassNamePatterns;
import static org.junit.platform.engine.discovery.ClassNameFilter.includeClassNamePatterns;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * The data model a real server wants: runs this module's storage scenarios (every other integration
 * test here) with {@link QueryShapes} recording, then checks that a declared index serves every
 * query they made ({@link IndexCoverage}) and that every upsert's filter is unique.
 */
class IndexCoverageIntegrationTest {

  private static Set<QueryShapes.Query> queries;
  private static Set<QueryShapes.Index> indexes;

  @BeforeAll
  static void runTheStorageScenarios() {
    LauncherDiscoveryRequest request =
        LauncherDiscoveryRequestBuilder.request()
            .selectors(selectPackage(IndexCoverageIntegrationTest.class.getPackageName()))
            .filters(
                includeClassNamePatterns(".*IntegrationTest"),
                excludeClassNamePatterns(
                    Pattern.quote(IndexCoverageIntegrationTest.class.getName())))
            .build();
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    LauncherFactory.create().execute(request, listener);
    TestExecutionSummary summary = listener.getSummary();
    StringWriter failures = new StringWriter();
    summary.printFailuresTo(new PrintWriter(failures), 5);
    assertThat(summary.getTotalFailureCount()).as(failures.toString()).isZero();
    assertThat(summary.getTestsSucceededCount()).isPositive();
    queries = QueryShapes.queries();
    indexes = QueryShapes.indexes();
  }

  @Test
  void theScenariosQueryEveryCollectionTheCodeDeclaresIndexesOn() {
    Set<String> queried =
        queries.stream().map(QueryShapes.Query::collection).collect(Collectors.toSet());
    Set<String> indexed =
        indexes.stream().map(QueryShapes.Index::collection).collect(Collectors.toSet());
    assertThat(indexed).contains(MongoReflections.COLLECTION, MongoNudges.COLLECTION);
    assertThat(queried).containsAll(indexed);
  }

  @Test
  void aDeclaredIndexServesEveryQuery() {
    assertThat(gaps(queries, query -> IndexCoverage.gap(query, indexes)))
        .as("queries no declared index serves, of %d shapes", queries.size())
        .isEmpty();
  }

  @Test
  void everyUpsertFiltersOnAUniqueIndex() {
    assertThat(gaps(queries, query -> IndexCoverage.uniquenessGap(query, indexes))).isEmpty();
  }

  private static Set<String> gaps(
      Set<QueryShapes.Query> queries,
      java.util.function.Function<QueryShapes.Query, Optional<String>> check) {
    return queries.stream()
        .map(check)
        .flatMap(Optional::stream)
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
