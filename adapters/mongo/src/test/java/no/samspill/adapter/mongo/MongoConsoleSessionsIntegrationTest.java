package no.samspill.adapter.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

@SpringBootTest(
    classes = MongoAdapterTestApplication.class,
    properties = {
      "samspill.mongodb.uri=${MONGODB_URI:}",
      "samspill.mongodb.embedded-file=memory",
      "samspill.mongodb.database=sessions-test-${random.uuid}",
      "spring.mongodb.database=${samspill.mongodb.database}"
    })
class MongoConsoleSessionsIntegrationTest {

  private static final Duration IDLE = Duration.ofMinutes(30);

  @Autowired MongoTemplate mongo;

  private final List<String> created = new ArrayList<>();
  private Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

  /** The repository as it is now: the test moves the time forward by hand. */
  private MongoConsoleSessions sessions() {
    return new MongoConsoleSessions(mongo, Clock.fixed(now, ZoneOffset.UTC), IDLE);
  }

  private void advance(Duration by) {
    now = now.plus(by);
  }

  private StoredConsoleSession newSession() {
    StoredConsoleSession session = sessions().createSession();
    created.add(session.getId());
    return session;
  }

  @AfterEach
  void removeTheSessionsOfThisTest() {
    created.forEach(sessions()::deleteById);
  }

  @Test
  void aSavedSessionIsFoundWithItsAttributesUnderAKeyThatIsNotItsId() {
    StoredConsoleSession session = newSession();
    session.setAttribute("signedIn", "kari");
    sessions().save(session);

    StoredConsoleSession found = sessions().findById(session.getId());
    assertThat(found).isNotNull();
    assertThat((String) found.getAttribute("signedIn")).isEqualTo("kari");
    assertThat(found.getMaxInactiveInterval()).isEqualTo(IDLE);
    Document stored =
        mongo.findById(
            MongoConsoleSessions.key(session.getId()),
            Document.class,
            MongoConsoleSessions.COLLECTION);
    assertThat(stored).isNotNull();
    assertThat(stored.toJson()).doesNotContain(session.getId());
    assertThat(mongo.findById(session.getId(), Document.class, MongoConsoleSessions.COLLECTION))
        .isNull();
  }

  @Test
  void aNewIdAtSignInLeavesNothingUnderTheOldOne() {
    StoredConsoleSession before = newSession();
    before.setAttribute("signingIn", "state");
    sessions().save(before);
    String planted = before.getId();

    StoredConsoleSession session = sessions().findById(planted);
    String fresh = session.changeSessionId();
    created.add(fresh);
    session.setAttribute("signedIn", "kari");
    sessions().save(session);

    assertThat(sessions().findById(planted)).isNull();
    assertThat(stored(planted)).isZero();
    assertThat((String) sessions().findById(fresh).getAttribute("signedIn")).isEqualTo("kari");
  }

  @Test
  void aSessionEndedOnAnotherInstanceStaysEnded() {
    StoredConsoleSession session = newSession();
    sessions().save(session);
    StoredConsoleSession onA = sessions().findById(session.getId());
    StoredConsoleSession alsoOnA = sessions().findById(session.getId());

    sessions().deleteById(session.getId());
    onA.setAttribute("csrf", "token");
    sessions().save(onA);
    sessions().save(alsoOnA);
    StoredConsoleSession signingInOnA = sessions().findById(session.getId());

    assertThat(sessions().findById(session.getId())).isNull();
    assertThat(signingInOnA).isNull();
    assertThat(stored(session.getId())).isZero();
  }

  @Test
  void aRequestThatOnlyUsesTheSessionKeepsWhatAnotherInstanceStoredMeanwhile() {
    StoredConsoleSession session = newSession();
    sessions().save(session);
    StoredConsoleSession onA = sessions().findById(session.getId());
    StoredConsoleSession onB = sessions().findById(session.getId());

    onB.setAttribute("csrf", "from-b");
    sessions().save(onB);
    advance(Duration.ofMinutes(1));
    sessions().save(onA);

    assertThat((String) sessions().findById(session.getId()).getAttribute("csrf"))
        .isEqualTo("from-b");
  }

  @Test
  void anIdleSessionEndsAfterItsTimeoutAndIsRemovedWhenAskedFor() {
    StoredConsoleSession session = newSession();
    sessions().save(session);

    advance(IDLE.minusMinutes(1));
    sessions().save(sessions().findById(session.getId()));
    advance(IDLE.minusMinutes(1));
    assertThat(sessions().findById(session.getId())).as("used a minute ago: kept").isNotNull();

    advance(IDLE);
    assertThat(sessions().findById(session.getId())).isNull();
    assertThat(stored(session.getId())).isZero();
  }

  @Test
  void theCleanUpRemovesExpiredSessionsAndKeepsTheOthers() {
    StoredConsoleSession idle = newSession();
    sessions().save(idle);
    advance(Duration.ofMinutes(20));
    StoredConsoleSession used = newSession();
    sessions().save(used);

    advance(Duration.ofMinutes(11));
    assertThat(sessions().removeExpired()).isPositive();

    assertThat(stored(idle.getId())).isZero();
    assertThat(stored(used.getId())).isOne();
    assertThat(sessions().findById(used.getId())).isNotNull();
  }

  private long stored(String sessionId) {
    return mongo.count(
        Query.query(Criteria.where("_id").is(MongoConsoleSessions.key(sessionId))),
        MongoConsoleSessions.COLLECTION);
  }
}
