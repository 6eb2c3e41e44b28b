package no.samspill.adapter.einnsyn;

import java.time.Duration;
import no.samspill.core.imports.ImportFromSources;
import no.samspill.core.imports.ImportPolling;
import no.samspill.core.imports.ImportSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

/** Polls every eInnsyn source, configured and stored, once per interval across all instances. */
final class EinnsynPoller implements DisposableBean {

  private final ImportPolling polling;

  EinnsynPoller(ImportFromSources imports, Duration interval) {
    this.polling =
        new ImportPolling(
            "einnsyn-import", interval, () -> imports.pollRound(ImportSource.Kind.EINNSYN));
  }

  @EventListener(ApplicationReadyEvent.class)
  void start() {
    polling.start();
  }

  @Override
  public void destroy() {
    polling.close();
  }
}
