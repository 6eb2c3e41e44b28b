package no.samspill.core.catalogue;

import no.samspill.core.language.LocalizedText;

/** One button of a single-choice prompt. */
public record PromptOption(String id, LocalizedText label) {}
