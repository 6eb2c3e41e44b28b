package no.samspill.app;

import no.samspill.core.catalogue.InvalidCatalogueException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns an invalid catalogue into a short start-up message instead of a stack trace. */
class CatalogueFailureAnalyzer extends AbstractFailureAnalyzer<InvalidCatalogueException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, InvalidCatalogueException cause) {
    return new FailureAnalysis(
        cause.getMessage(),
        "Fix the prompt catalogue, or point samspill.prompts-location (SAMSPILL_PROMPTS_LOCATION)"
            + " at a valid file.",
        cause);
  }
}
