package no.samspill.core.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageTest {

  @Test
  void readsThePrimaryTagAndFallsBackToTheDefaultForAnythingElse() {
    assertThat(Language.fromLocaleTag("nn-NO")).isEqualTo(Language.NN);
    assertThat(Language.fromLocaleTag("en_GB")).isEqualTo(Language.EN);
    assertThat(Language.fromLocaleTag("-")).isEqualTo(Language.DEFAULT);
    assertThat(Language.fromLocaleTag("---")).isEqualTo(Language.DEFAULT);
    assertThat(Language.fromLocaleTag("de")).isEqualTo(Language.DEFAULT);
  }
}
