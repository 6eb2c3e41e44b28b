package no.samspill.core.catalogue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.samspill.core.reflection.Phase;

/** The validated set of flows, one per phase, from one catalogue file. */
public final class PromptCatalogue {

  private final int version;
  private final String source;
  private final Map<Phase, Flow> flowsByPhase;
  private final Map<String, Flow> flowsById;

  PromptCatalogue(int version, String source, List<Flow> flows) {
    this.version = version;
    this.source = source;
    this.flowsByPhase = flows.stream().collect(Collectors.toMap(Flow::phase, Function.identity()));
    this.flowsById = flows.stream().collect(Collectors.toMap(Flow::id, Function.identity()));
  }

  public int version() {
    return version;
  }

  /** Where the catalogue was read from, for log lines and error messages. */
  public String source() {
    return source;
  }

  public Flow flowFor(Phase phase) {
    return flowsByPhase.get(phase);
  }

  public boolean has(Phase phase) {
    return flowsByPhase.containsKey(phase);
  }

  public Optional<Flow> flow(String id) {
    return Optional.ofNullable(flowsById.get(id));
  }

  public List<Flow> flows() {
    return List.copyOf(flowsByPhase.values());
  }
}
