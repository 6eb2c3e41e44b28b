package no.samspill.adapter.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoSocketReadTimeoutException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.ServerAddress;
import java.net.SocketTimeoutException;
import java.util.List;
import no.samspill.core.ConcurrentChangeException;
import no.samspill.core.StorageUnavailableException;
import no.samspill.core.directory.LeaderId;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.UncategorizedMongoDbException;

class StorageOutagesTest {

  /** A port of the core, implemented in this package as the real adapters are. */
  static final class FailingPort implements no.samspill.core.schedule.PublicHolidays {
    RuntimeException failure;

    @Override
    public boolean isHoliday(java.time.LocalDate date) {
      throw failure;
    }
  }

  private final FailingPort port = new FailingPort();
  private final no.samspill.core.schedule.PublicHolidays wrapped =
      (no.samspill.core.schedule.PublicHolidays)
          new StorageOutages().postProcessAfterInitialization(port, "port");

  @Test
  void aDatabaseThatIsGoneOrHungReachesTheCoreAsStorageUnavailable() {
    List<RuntimeException> outages =
        List.of(
            new DataAccessResourceFailureException("Timed out after 3000 ms"),
            new MongoTimeoutException("Timed out while waiting for a server"),
            new UncategorizedMongoDbException(
                "read",
                new MongoSocketReadTimeoutException(
                    "Timeout while receiving message",
                    new ServerAddress(),
                    new SocketTimeoutException())));
    for (RuntimeException outage : outages) {
      port.failure = outage;

      assertThatThrownBy(() -> wrapped.isHoliday(null))
          .isInstanceOf(StorageUnavailableException.class)
          .hasCause(outage);
    }
  }

  @Test
  void everyOtherFailurePassesUnchanged() {
    for (RuntimeException other :
        List.of(
            new ConcurrentChangeException("Reflection"),
            new DuplicateKeyException("dup"),
            new IllegalArgumentException("bad"))) {
      port.failure = other;

      assertThatThrownBy(() -> wrapped.isHoliday(null)).isSameAs(other);
    }
  }

  @Test
  void onlyThisAdaptersPortsAreWrapped() {
    LeaderId notAPort = LeaderId.random();

    assertThat(new StorageOutages().postProcessAfterInitialization(notAPort, "id"))
        .isSameAs(notAPort);
    assertThat(wrapped).isNotSameAs(port);
  }
}
