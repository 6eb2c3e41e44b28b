package no.samspill.core.imports;

/**
 * Why one item of a source could not be imported. {@code key} is the item's source id when it is
 * known, so the meeting it names is kept as it was rather than cancelled.
 */
public record ImportProblem(String item, String key, String reason) {

  public static ImportProblem of(String item, String reason) {
    return new ImportProblem(item, null, reason);
  }
}
