package no.samspill.core.catalogue;

import java.util.List;

/** The catalogue file cannot be used; the message names the file and each faulty prompt. */
public class InvalidCatalogueException extends RuntimeException {

  private final List<String> problems;

  public InvalidCatalogueException(String source, List<String> problems) {
    super("Prompt catalogue " + source + " is invalid:\n  - " + String.join("\n  - ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
