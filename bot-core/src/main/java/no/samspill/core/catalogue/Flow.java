package no.samspill.core.catalogue;

import java.util.List;
import no.samspill.core.language.LocalizedText;
import no.samspill.core.reflection.Phase;

/** The short series of prompts for one phase. */
public record Flow(
    String id, Phase phase, LocalizedText title, LocalizedText intro, List<Prompt> prompts) {

  public Flow {
    prompts = List.copyOf(prompts);
  }

  public int size() {
    return prompts.size();
  }
}
