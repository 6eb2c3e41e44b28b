package no.samspill.core.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import no.samspill.core.language.Language;
import no.samspill.core.language.LocalizedText;
import no.samspill.core.reflection.Phase;
import no.samspill.core.testing.Catalogues;
import org.junit.jupiter.api.Test;

class CatalogueLoaderTest {

  private static final String SOURCE = "kommunens-sporsmal.yml";
  private static final String T = "{nb: Tekst, nn: Tekst, en: Text}";
  private static final String FREE_TEXT = "{id: %s, kind: FREE_TEXT, text: " + T + "}";
  private static final String SHARE = "{id: %s, kind: SHARE_CHOICE, text: " + T + "}";

  @Test
  void loadsTheShippedCatalogueWithOneShortFlowPerPhaseInThreeLanguages() {
    PromptCatalogue catalogue = Catalogues.shipped();

    assertThat(catalogue.version()).isEqualTo(1);
    assertThat(catalogue.flows()).hasSize(Phase.values().length);
    assertThat(catalogue.flowFor(Phase.FOLLOW_UP).prompts().get(0).options())
        .extracting(o -> o.id())
        .as("quoted in the YAML, or they would read as booleans")
        .containsExactly("yes", "partly", "no");
    for (Phase phase : Phase.values()) {
      Flow flow = catalogue.flowFor(phase);
      assertThat(flow).as("flow for %s", phase).isNotNull();
      assertThat(flow.prompts()).as("prompts of %s", phase).hasSizeBetween(1, 5);
      // Before the case the leader plans; what they learn is shared after it, so PRE never asks.
      assertThat(flow.prompts().get(flow.size() - 1).kind() == PromptKind.SHARE_CHOICE)
          .as("%s ends with the share choice", phase)
          .isEqualTo(phase != Phase.PRE);
      assertComplete(flow.id() + " title", flow.title());
      assertComplete(flow.id() + " intro", flow.intro());
      for (Prompt prompt : flow.prompts()) {
        assertComplete(prompt.id(), prompt.text());
        if (prompt.hint() != null) {
          assertComplete(prompt.id() + " hint", prompt.hint());
        }
        prompt.options().forEach(o -> assertComplete(prompt.id() + "/" + o.id(), o.label()));
        if (prompt.kind() == PromptKind.SCALE) {
          assertComplete(prompt.id() + " low", prompt.low());
          assertComplete(prompt.id() + " high", prompt.high());
        }
      }
    }
    assertThat(catalogue.flow("post").orElseThrow().prompts())
        .extracting(Prompt::kind)
        .containsExactly(
            PromptKind.FREE_TEXT,
            PromptKind.SCALE,
            PromptKind.SINGLE_CHOICE,
            PromptKind.FREE_TEXT,
            PromptKind.SHARE_CHOICE);
  }

  @Test
  void loadsASmallValidCatalogue() {
    PromptCatalogue catalogue = load(catalogue(List.of(scale("pre.room"), share("pre.share"))));

    Prompt room = catalogue.flowFor(Phase.PRE).prompts().get(0);
    assertThat(room.kind()).isEqualTo(PromptKind.SCALE);
    assertThat(room.low().in(Language.EN)).isEqualTo("Low");
    assertThat(catalogue.source()).isEqualTo(SOURCE);
  }

  @Test
  void refusesADuplicatePromptId() {
    assertRefused(
        catalogue(List.of(free("pre.same"), free("pre.same"))),
        "prompt 'pre.same': duplicate prompt id");
  }

  @Test
  void refusesAPromptIdUsedInTwoFlows() {
    String yaml =
        yaml(
            flow("pre", "PRE", List.of(free("shared.id"))),
            flow("mid", "MID", List.of(free("shared.id"))),
            flow("post", "POST", List.of(free("post.a"))),
            flow("adhoc", "AD_HOC", List.of(free("adhoc.a"))));

    assertRefused(yaml, "prompt 'shared.id': duplicate prompt id");
  }

  @Test
  void refusesATextWithoutNynorsk() {
    String prompt = "{id: pre.room, kind: FREE_TEXT, text: {nb: Tekst, en: Text}}";

    assertRefused(catalogue(List.of(prompt)), "prompt 'pre.room': 'text' has no nn translation");
  }

  @Test
  void refusesABlankEnglishOptionLabel() {
    String prompt =
        "{id: pre.trust, kind: SINGLE_CHOICE, text: "
            + T
            + ", options: [{id: a, label: {nb: A, nn: A, en: ' '}}, {id: b, label: "
            + T
            + "}]}";

    assertRefused(
        catalogue(List.of(prompt)), "prompt 'pre.trust': 'option label' has no en translation");
  }

  @Test
  void refusesAnUnknownKind() {
    String prompt = "{id: pre.rank, kind: RANKING, text: " + T + "}";

    assertRefused(catalogue(List.of(prompt)), "prompt 'pre.rank': unknown kind 'RANKING'");
  }

  @Test
  void refusesAnUnknownField() {
    String prompt = "{id: pre.room, kind: FREE_TEXT, colour: red, text: " + T + "}";

    assertRefused(catalogue(List.of(prompt)), "prompt 'pre.room': unknown field 'colour'");
  }

  @Test
  void refusesASingleChoiceWithOneOption() {
    String prompt =
        "{id: pre.trust, kind: SINGLE_CHOICE, text: "
            + T
            + ", options: [{id: a, label: "
            + T
            + "}]}";

    assertRefused(catalogue(List.of(prompt)), "prompt 'pre.trust': SINGLE_CHOICE needs 2–8");
  }

  @Test
  void refusesAScaleWithoutLowAndHighLabels() {
    String prompt = "{id: pre.room, kind: SCALE, text: " + T + "}";

    assertRefused(
        catalogue(List.of(prompt)),
        "prompt 'pre.room': 'low' is missing",
        "prompt 'pre.room': 'high' is missing");
  }

  @Test
  void refusesAShareChoiceThatIsNotTheLastPrompt() {
    assertRefused(
        catalogue(List.of(share("pre.share"), free("pre.after"))),
        "prompt 'pre.share': SHARE_CHOICE must be the last prompt");
  }

  @Test
  void refusesAFlowWithMoreThanFivePrompts() {
    List<String> prompts = new ArrayList<>();
    for (int i = 1; i <= 6; i++) {
      prompts.add(free("pre.q" + i));
    }

    assertRefused(catalogue(prompts), "flow 'pre': has 6 prompts, at most 5");
  }

  @Test
  void refusesACatalogueWithoutAFlowForEveryPhase() {
    String yaml =
        yaml(
            flow("pre", "PRE", List.of(free("pre.a"))),
            flow("post", "POST", List.of(free("post.a"))),
            flow("adhoc", "AD_HOC", List.of(free("adhoc.a"))));

    assertRefused(yaml, "no flow for phase MID");
  }

  @Test
  void namesEveryFaultyPromptAtOnce() {
    String unknownKind = "{id: pre.rank, kind: RANKING, text: " + T + "}";
    String noNynorsk = "{id: pre.text, kind: FREE_TEXT, text: {nb: Tekst, en: Text}}";

    InvalidCatalogueException e = refusal(catalogue(List.of(unknownKind, noNynorsk)));

    assertThat(e.problems())
        .containsExactlyInAnyOrder(
            "prompt 'pre.rank': unknown kind 'RANKING'",
            "prompt 'pre.text': 'text' has no nn translation");
  }

  @Test
  void refusesAFileThatIsNotYaml() {
    assertRefused("version: 1\nflows: [ {id: pre, phase: PRE", "not readable as YAML");
  }

  @Test
  void refusesYamlThatIsNotAMapping() {
    assertRefused("- just\n- a list\n", "the file must be a YAML mapping");
  }

  @Test
  void refusesFieldsThatDoNotBelongToThePromptsKind() {
    assertRefused(
        catalogue(
            List.of(
                "{id: pre.x, kind: FREE_TEXT, text: " + T + ", low: " + T + "}",
                "{id: pre.y, kind: SCALE, text: "
                    + T
                    + ", low: "
                    + T
                    + ", high: "
                    + T
                    + ", required: true}",
                share("pre.share"))),
        "prompt 'pre.x': 'low' and 'high' are only for SCALE",
        "prompt 'pre.y': 'required' and 'maxLength' are only for FREE_TEXT");
  }

  @Test
  void aCatalogueWithoutAFollowUpFlowIsStillValid() {
    PromptCatalogue catalogue = load(catalogue(List.of(free("pre.a"), share("pre.share"))));

    assertThat(catalogue.has(Phase.FOLLOW_UP)).isFalse();
  }

  @Test
  void refusesAnUnknownTopLevelField() {
    assertRefused(
        catalogue(List.of(free("pre.a"), share("pre.share"))) + "flowz: []\n",
        "the file: unknown field 'flowz'");
  }

  private static void assertRefused(String yaml, String... expected) {
    InvalidCatalogueException e = refusal(yaml);
    assertThat(e.getMessage()).startsWith("Prompt catalogue " + SOURCE + " is invalid");
    for (String problem : expected) {
      assertThat(e.getMessage()).contains(problem);
    }
  }

  private static InvalidCatalogueException refusal(String yaml) {
    InvalidCatalogueException e =
        catchThrowableOfType(InvalidCatalogueException.class, () -> load(yaml));
    assertThat(e).as("loading should have been refused").isNotNull();
    return e;
  }

  private static PromptCatalogue load(String yaml) {
    return CatalogueLoader.load(
        new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), SOURCE);
  }

  private static void assertComplete(String what, LocalizedText text) {
    assertThat(text).as(what).isNotNull();
    for (Language language : Language.values()) {
      assertThat(text.texts().get(language)).as("%s in %s", what, language).isNotBlank();
    }
  }

  /** A valid catalogue whose PRE flow has the given prompts. */
  private static String catalogue(List<String> prePrompts) {
    return yaml(
        flow("pre", "PRE", prePrompts),
        flow("mid", "MID", List.of(free("mid.a"), share("mid.share"))),
        flow("post", "POST", List.of(free("post.a"), share("post.share"))),
        flow("adhoc", "AD_HOC", List.of(free("adhoc.a"), share("adhoc.share"))));
  }

  private static String yaml(String... flows) {
    return "version: 1\nflows:\n" + String.join("", flows);
  }

  private static String flow(String id, String phase, List<String> prompts) {
    StringBuilder out = new StringBuilder();
    out.append("  - id: ").append(id).append('\n');
    out.append("    phase: ").append(phase).append('\n');
    out.append("    title: ").append(T).append('\n');
    out.append("    intro: ").append(T).append('\n');
    out.append("    prompts:\n");
    prompts.forEach(p -> out.append("      - ").append(p).append('\n'));
    return out.toString();
  }

  private static String free(String id) {
    return FREE_TEXT.formatted(id);
  }

  private static String share(String id) {
    return SHARE.formatted(id);
  }

  private static String scale(String id) {
    return "{id: "
        + id
        + ", kind: SCALE, text: "
        + T
        + ", low: {nb: Lav, nn: Låg, en: Low}, high: {nb: Høy, nn: Høg, en: High}}";
  }
}
