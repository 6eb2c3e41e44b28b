package no.samspill.core.catalogue;

import java.util.List;
import java.util.Optional;
import no.samspill.core.language.LocalizedText;

/** One question of a flow. Kind-specific fields are null or empty where they do not apply. */
public record Prompt(
    String id,
    PromptKind kind,
    LocalizedText text,
    LocalizedText hint,
    Measure measure,
    Theme theme,
    List<PromptOption> options,
    LocalizedText low,
    LocalizedText high,
    boolean required,
    int maxLength) {

  public static final int SCALE_MIN = 1;
  public static final int SCALE_MAX = 5;
  public static final int DEFAULT_MAX_LENGTH = 1000;
  public static final int MAX_LENGTH_LIMIT = 2000;

  public Prompt {
    options = options == null ? List.of() : List.copyOf(options);
  }

  public Optional<PromptOption> option(String optionId) {
    return options.stream().filter(o -> o.id().equals(optionId)).findFirst();
  }
}
