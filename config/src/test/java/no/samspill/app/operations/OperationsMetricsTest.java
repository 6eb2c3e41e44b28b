package no.samspill.app.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import no.samspill.core.StorageUnavailableException;
import no.samspill.core.conversation.HandleMessage;
import no.samspill.core.conversation.IncomingMessage;
import no.samspill.core.delivery.PlatformCalls;
import no.samspill.core.directory.ChatIdentity;
import no.samspill.core.directory.ChatUser;
import no.samspill.core.imports.ImportProblem;
import no.samspill.core.imports.ImportReport;
import org.junit.jupiter.api.Test;

class OperationsMetricsTest {

  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final OperationsMetrics metrics = new OperationsMetrics(registry);

  @Test
  void importsAreCountedBySourceKindWithTheirProblems() {
    ImportProblem bad = new ImportProblem("k1", "k1", "ends before it starts");
    metrics.ran(new ImportReport("ics:body-1", 2, 0, 0, 0, List.of(bad, bad), null));
    metrics.ran(new ImportReport("ics:body-2", 0, 0, 0, 0, List.of(bad), null));
    metrics.ran(ImportReport.failed("einnsyn:body-3", "HTTP 500"));

    assertThat(count("samspill.imports", "source", "ics", "outcome", "ok")).isEqualTo(2);
    assertThat(count("samspill.imports", "source", "einnsyn", "outcome", "failed")).isEqualTo(1);
    assertThat(count("samspill.imports.problems", "source", "ics")).isEqualTo(3);
    assertThat(count("samspill.imports.problems", "source", "einnsyn")).isZero();
  }

  @Test
  void aCallWithoutAnAnswerIsCountedWithStatusNone() {
    metrics.answered("teams", "POST", PlatformCalls.NO_ANSWER, Duration.ofSeconds(20));

    assertThat(
            registry
                .get("samspill.platform.calls")
                .tags("platform", "teams", "method", "POST", "status", "none")
                .timer()
                .count())
        .isOne();
  }

  @Test
  void aTurnThatThrowsIsCountedAsAnErrorAndStillThrows() {
    HandleMessage failing =
        message -> {
          throw new StorageUnavailableException(new IllegalStateException("down"));
        };
    IncomingMessage hello =
        IncomingMessage.text(ChatUser.of(new ChatIdentity("slack", "T1", "U1")), "hei");

    assertThatThrownBy(() -> metrics.countingTurns(failing).handle(hello))
        .isInstanceOf(StorageUnavailableException.class);
    assertThat(
            registry
                .get("samspill.chat.turns")
                .tags("platform", "slack", "outcome", "error")
                .timer()
                .count())
        .isOne();
  }

  private double count(String name, String... tags) {
    var counter = registry.find(name).tags(tags).counter();
    return counter == null ? 0 : counter.count();
  }
}
