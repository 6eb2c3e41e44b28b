package no.samspill.adapter.scheduling;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a setting that cannot work into one start-up message naming it and what would work. */
class SettingFailureAnalyzer extends AbstractFailureAnalyzer<InvalidSettingException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, InvalidSettingException cause) {
    return new FailureAnalysis(
        cause.getMessage(),
        "Set " + cause.variable() + " to at least " + cause.smallestWorking() + ".",
        cause);
  }
}
