package no.samspill.core.testing;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FrameworkTextTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Det gikk ikke: Invalid request content.",
        "Det gikk ikke: Unknown leader",
        "java.lang.IllegalStateException: boom",
        "Failed to read request",
        "400 Bad Request",
        "at no.samspill.core.Foo.bar(Foo.java:12)",
        "Saken null er registrert",
        "{0,plural,one{# sak}other{# saker}}"
      })
  void recognisesFrameworkText(String text) {
    assertThatThrownBy(() -> FrameworkText.assertAbsent(text)).isInstanceOf(AssertionError.class);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Ferdig. 1 refleksjon og profilen din er slettet.",
        "That question is already answered or closed – this answer was not saved.",
        "Saken «Tiltak {1} i plan {0}» er registrert."
      })
  void letsSamspillsOwnTextsThrough(String text) {
    assertThatCode(() -> FrameworkText.assertAbsent(text)).doesNotThrowAnyException();
  }
}
