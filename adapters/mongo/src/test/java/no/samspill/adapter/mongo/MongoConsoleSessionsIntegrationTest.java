package no.samspill.adapter.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import javax.management.BadAttributeValueExpException;
import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

@ExtendWith(OutputCaptureExtension.class)
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

  @Test
  void aSessionHoldingAClassNoConsoleSessionHoldsIsRefusedBeforeItIsCreatedAndRemoved(
      CapturedOutput log) {
    StoredConsoleSession session = newSession();
    session.setAttribute("signedIn", "kari@fjordvik.kommune.no");
    session.setAttribute("planted", new Planted());
    sessions().save(session);

    assertThat(sessions().findById(session.getId())).isNull();
    assertThat(Planted.read).as("its readObject never ran").isFalse();
    assertThat(stored(session.getId())).isZero();
    assertThat(log)
        .containsOnlyOnce("A console session could not be read (InvalidClassException)")
        .doesNotContain("kari@fjordvik.kommune.no");
  }

  @Test
  void aKnownGadgetTypeIsRefused() {
    StoredConsoleSession session = newSession();
    session.setAttribute("gadget", new BadAttributeValueExpException("planted"));
    sessions().save(session);

    assertThat(sessions().findById(session.getId())).isNull();
    assertThat(stored(session.getId())).isZero();
  }

  @Test
  void allowedClassesPastTheLimitsAreRefused() {
    List<Object> deep = new ArrayList<>();
    List<Object> inner = deep;
    for (int i = 0; i < SessionAttributeFilter.MAX_DEPTH + 5; i++) {
      List<Object> next = new ArrayList<>();
      inner.add(next);
      inner = next;
    }
    Object[] wide = new Object[(int) SessionAttributeFilter.MAX_ARRAY_LENGTH + 1];
    for (Object tooMuch : List.of(deep, wide)) {
      StoredConsoleSession session = newSession();
      session.setAttribute("tooMuch", tooMuch);
      sessions().save(session);

      assertThat(sessions().findById(session.getId())).isNull();
      assertThat(stored(session.getId())).isZero();
    }
  }

  @Test
  void aCorruptSessionIsNoSessionAndIsRemoved() {
    StoredConsoleSession session = newSession();
    sessions().save(session);
    mongo.updateFirst(
        Query.query(Criteria.where("_id").is(MongoConsoleSessions.key(session.getId()))),
        Update.update("attributes", new Binary(new byte[] {(byte) 0xac, (byte) 0xed, 0, 5, 1})),
        MongoConsoleSessions.COLLECTION);

    assertThat(sessions().findById(session.getId())).isNull();
    assertThat(stored(session.getId())).isZero();
  }

  /** Not a class a console session holds; its readObject would run if it were ever read. */
  static final class Planted extends HashMap<String, Object> {
    private static final long serialVersionUID = 1L;
    static volatile boolean read;

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
      in.defaultReadObject();
      read = true;
    }
  }

  private long stored(String sessionId) {
    return mongo.count(
        Query.query(Criteria.where("_id").is(MongoConsoleSessions.key(sessionId))),
        MongoConsoleSessions.COLLECTION);
  }
}
