package no.samspill.testing.mongo;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * The Testcontainers run ({@code ./mvnw verify -Pmongodb-testcontainers}): before the first test,
 * starts one real MongoDB in Docker and points MONGODB_URI (as a system property, which Spring and
 * the tests read before the environment) at it. Without a Docker engine every test is skipped with
 * that reason. Registered through JUnit's extension auto-detection, which only that profile turns
 * on.
 */
public final class RealMongoDb implements ExecutionCondition {

  /** The image the run uses; see STACK.md. */
  public static final String IMAGE = "mongo:8.0";

  private static String uri;
  private static String unavailable;

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    String reason = start();
    return reason == null
        ? ConditionEvaluationResult.enabled("MongoDB " + IMAGE + " at " + uri)
        : ConditionEvaluationResult.disabled(reason);
  }

  private static synchronized String start() {
    if (uri != null || unavailable != null) {
      return unavailable;
    }
    if (!DockerClientFactory.instance().isDockerAvailable()) {
      unavailable =
          "-Pmongodb-testcontainers needs a Docker engine for a real MongoDB; none answers here";
      return unavailable;
    }
    MongoDBContainer mongo = new MongoDBContainer(IMAGE);
    mongo.start();
    // Stopped with the test JVM by Testcontainers' own reaper.
    uri = mongo.getConnectionString() + "/";
    System.setProperty("MONGODB_URI", uri);
    return null;
  }
}
