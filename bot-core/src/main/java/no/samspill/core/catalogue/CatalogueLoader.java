package no.samspill.core.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import no.samspill.core.language.Language;
import no.samspill.core.language.LocalizedText;
import no.samspill.core.reflection.Phase;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/** Reads a catalogue YAML file and refuses it, naming every faulty prompt, unless it is valid. */
public final class CatalogueLoader {

  static final int MAX_PROMPTS_PER_FLOW = 5;
  private static final Set<String> FLOW_KEYS = Set.of("id", "phase", "title", "intro", "prompts");
  private static final Set<String> PROMPT_KEYS =
      Set.of(
          "id",
          "kind",
          "text",
          "hint",
          "measure",
          "theme",
          "options",
          "low",
          "high",
          "required",
          "maxLength");

  private final String source;
  private final List<String> problems = new ArrayList<>();

  private CatalogueLoader(String source) {
    this.source = source;
  }

  /**
   * @param source a human-readable name of the file, used in every error message
   */
  public static PromptCatalogue load(InputStream in, String source) {
    return new CatalogueLoader(source).read(in);
  }

  private PromptCatalogue read(InputStream in) {
    Object root;
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      root = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
    } catch (YAMLException | IOException e) {
      throw new InvalidCatalogueException(
          source, List.of("not readable as YAML: " + e.getMessage()));
    }
    if (!(root instanceof Map<?, ?> map)) {
      throw new InvalidCatalogueException(source, List.of("the file must be a YAML mapping"));
    }
    unknownKeys(map, Set.of("version", "flows"), "the file");
    int version = map.get("version") instanceof Integer v && v > 0 ? v : -1;
    if (version < 0) {
      problems.add("'version' must be a positive whole number");
    }
    List<Flow> flows = flows(map.get("flows"));
    if (!problems.isEmpty()) {
      throw new InvalidCatalogueException(source, problems);
    }
    return new PromptCatalogue(version, source, flows);
  }

  private List<Flow> flows(Object raw) {
    List<Flow> flows = new ArrayList<>();
    if (!(raw instanceof List<?> list) || list.isEmpty()) {
      problems.add("'flows' must be a non-empty list");
      return flows;
    }
    Set<String> flowIds = new HashSet<>();
    Set<String> promptIds = new HashSet<>();
    EnumSet<Phase> phases = EnumSet.noneOf(Phase.class);
    for (Object item : list) {
      if (!(item instanceof Map<?, ?> flowMap)) {
        problems.add("every flow must be a mapping");
        continue;
      }
      String id = string(flowMap.get("id"));
      String where = "flow '" + id + "'";
      if (id == null) {
        problems.add("a flow has no 'id'");
      } else if (!flowIds.add(id)) {
        problems.add(where + ": duplicate flow id");
      }
      unknownKeys(flowMap, FLOW_KEYS, where);
      Phase phase = enumValue(Phase.class, flowMap.get("phase"), where, "phase");
      if (phase != null && !phases.add(phase)) {
        problems.add(where + ": a second flow for phase " + phase);
      }
      LocalizedText title = text(flowMap.get("title"), where, "title", true);
      LocalizedText intro = text(flowMap.get("intro"), where, "intro", true);
      List<Prompt> prompts = prompts(flowMap.get("prompts"), where, promptIds);
      flows.add(new Flow(id, phase, title, intro, prompts));
    }
    for (Phase phase : EnumSet.complementOf(phases)) {
      if (phase.required()) {
        problems.add("no flow for phase " + phase);
      }
    }
    return flows;
  }

  private List<Prompt> prompts(Object raw, String flowWhere, Set<String> promptIds) {
    List<Prompt> prompts = new ArrayList<>();
    if (!(raw instanceof List<?> list) || list.isEmpty()) {
      problems.add(flowWhere + ": 'prompts' must be a non-empty list");
      return prompts;
    }
    if (list.size() > MAX_PROMPTS_PER_FLOW) {
      problems.add(
          flowWhere + ": has " + list.size() + " prompts, at most " + MAX_PROMPTS_PER_FLOW);
    }
    for (Object item : list) {
      if (!(item instanceof Map<?, ?> map)) {
        problems.add(flowWhere + ": every prompt must be a mapping");
        continue;
      }
      String id = string(map.get("id"));
      String where = "prompt '" + id + "'";
      if (id == null) {
        problems.add(flowWhere + ": a prompt has no 'id'");
      } else if (!promptIds.add(id)) {
        problems.add(where + ": duplicate prompt id");
      }
      unknownKeys(map, PROMPT_KEYS, where);
      prompts.add(prompt(id, map, where));
    }
    long shares = prompts.stream().filter(p -> p.kind() == PromptKind.SHARE_CHOICE).count();
    if (shares > 1) {
      problems.add(flowWhere + ": more than one SHARE_CHOICE prompt");
    }
    for (int i = 0; i < prompts.size() - 1; i++) {
      if (prompts.get(i).kind() == PromptKind.SHARE_CHOICE) {
        problems.add("prompt '" + prompts.get(i).id() + "': SHARE_CHOICE must be the last prompt");
      }
    }
    return prompts;
  }

  private Prompt prompt(String id, Map<?, ?> map, String where) {
    PromptKind kind = enumValue(PromptKind.class, map.get("kind"), where, "kind");
    LocalizedText text = text(map.get("text"), where, "text", true);
    LocalizedText hint = text(map.get("hint"), where, "hint", false);
    Measure measure = enumValue(Measure.class, map.get("measure"), where, "measure", false);
    Theme theme = enumValue(Theme.class, map.get("theme"), where, "theme", false);
    List<PromptOption> options = List.of();
    LocalizedText low = null;
    LocalizedText high = null;
    boolean required = false;
    int maxLength = Prompt.DEFAULT_MAX_LENGTH;
    if (kind == PromptKind.SINGLE_CHOICE) {
      options = options(map.get("options"), where);
    } else if (map.containsKey("options")) {
      problems.add(where + ": 'options' is only for SINGLE_CHOICE");
    }
    if (kind == PromptKind.SCALE) {
      low = text(map.get("low"), where, "low", true);
      high = text(map.get("high"), where, "high", true);
    } else if (map.containsKey("low") || map.containsKey("high")) {
      problems.add(where + ": 'low' and 'high' are only for SCALE");
    }
    if (kind != PromptKind.FREE_TEXT
        && (map.containsKey("required") || map.containsKey("maxLength"))) {
      problems.add(where + ": 'required' and 'maxLength' are only for FREE_TEXT");
    }
    if (kind == PromptKind.FREE_TEXT) {
      Object req = map.get("required");
      if (req != null && !(req instanceof Boolean)) {
        problems.add(where + ": 'required' must be true or false");
      }
      required = Boolean.TRUE.equals(req);
      Object max = map.get("maxLength");
      if (max != null) {
        if (max instanceof Integer m && m > 0 && m <= Prompt.MAX_LENGTH_LIMIT) {
          maxLength = m;
        } else {
          problems.add(where + ": 'maxLength' must be 1–" + Prompt.MAX_LENGTH_LIMIT);
        }
      }
    }
    return new Prompt(
        id, kind, text, hint, measure, theme, options, low, high, required, maxLength);
  }

  private List<PromptOption> options(Object raw, String where) {
    List<PromptOption> options = new ArrayList<>();
    if (!(raw instanceof List<?> list) || list.size() < 2 || list.size() > 8) {
      problems.add(where + ": SINGLE_CHOICE needs 2–8 'options'");
      return options;
    }
    Set<String> ids = new HashSet<>();
    for (Object item : list) {
      Map<?, ?> map = item instanceof Map<?, ?> m ? m : Map.of();
      String id = string(map.get("id"));
      if (id == null || !id.matches("[a-z0-9-]+")) {
        problems.add(where + ": option id '" + id + "' must be lowercase letters, digits, '-'");
      } else if (!ids.add(id)) {
        problems.add(where + ": duplicate option id '" + id + "'");
      }
      options.add(new PromptOption(id, text(map.get("label"), where, "option label", true)));
    }
    return options;
  }

  private LocalizedText text(Object raw, String where, String field, boolean mandatory) {
    if (raw == null) {
      if (mandatory) {
        problems.add(where + ": '" + field + "' is missing");
      }
      return null;
    }
    if (!(raw instanceof Map<?, ?> map)) {
      problems.add(where + ": '" + field + "' must have the keys nb, nn and en");
      return null;
    }
    Map<Language, String> texts = new EnumMap<>(Language.class);
    for (Language language : Language.values()) {
      String value = string(map.get(language.code()));
      if (value == null || value.isBlank()) {
        problems.add(where + ": '" + field + "' has no " + language.code() + " translation");
      } else {
        texts.put(language, value.strip());
      }
    }
    return new LocalizedText(texts);
  }

  private <E extends Enum<E>> E enumValue(Class<E> type, Object raw, String where, String field) {
    return enumValue(type, raw, where, field, true);
  }

  private <E extends Enum<E>> E enumValue(
      Class<E> type, Object raw, String where, String field, boolean mandatory) {
    String value = string(raw);
    if (value == null) {
      if (mandatory) {
        problems.add(where + ": '" + field + "' is missing");
      }
      return null;
    }
    try {
      return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      problems.add(where + ": unknown " + field + " '" + value + "'");
      return null;
    }
  }

  private void unknownKeys(Map<?, ?> map, Set<String> known, String where) {
    for (Object key : map.keySet()) {
      if (!known.contains(String.valueOf(key))) {
        problems.add(where + ": unknown field '" + key + "'");
      }
    }
  }

  private static String string(Object raw) {
    return raw == null ? null : String.valueOf(raw);
  }
}
