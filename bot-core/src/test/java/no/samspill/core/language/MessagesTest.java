package no.samspill.core.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MessagesTest {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)(?:}|,plural,)");

  @ParameterizedTest
  @ValueSource(strings = {"nn", "en"})
  void everyBokmalKeyIsTranslatedAndEveryTranslationHasABokmalKey(String code) throws IOException {
    Properties nb = load("messages.properties");
    Properties other = load("messages_" + code + ".properties");

    assertThat(other.stringPropertyNames())
        .as("keys of messages_%s", code)
        .containsExactlyInAnyOrderElementsOf(nb.stringPropertyNames());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"messages.properties", "messages_nn.properties", "messages_en.properties"})
  void noTextIsBlank(String file) throws IOException {
    Properties texts = load(file);

    assertThat(texts.stringPropertyNames()).isNotEmpty();
    for (String key : texts.stringPropertyNames()) {
      assertThat(texts.getProperty(key)).as("%s in %s", key, file).isNotBlank();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"nn", "en"})
  void placeholdersMatchTheBokmalText(String code) throws IOException {
    Properties nb = load("messages.properties");
    Properties other = load("messages_" + code + ".properties");

    for (String key : nb.stringPropertyNames()) {
      assertThat(placeholders(other.getProperty(key, "")))
          .as("placeholders of %s in messages_%s", key, code)
          .isEqualTo(placeholders(nb.getProperty(key)));
    }
  }

  @Test
  void eachLanguageGetsItsOwnTextWithPlaceholdersFilledIn() {
    assertThat(Messages.get(Language.NB, "invalid.scale", 1, 5))
        .isEqualTo("Svar med et tall fra 1 til 5.");
    assertThat(Messages.get(Language.NN, "invalid.scale", 1, 5))
        .isEqualTo("Svar med eit tal frå 1 til 5.");
    assertThat(Messages.get(Language.EN, "invalid.scale", 1, 5))
        .isEqualTo("Answer with a number from 1 to 5.");
  }

  @Test
  void aValueThatLooksLikeAPlaceholderIsInsertedAsItIs() {
    assertThat(Messages.get(Language.NB, "newcase.created.meeting", "Plan {1} og {0}", "Bystyret"))
        .startsWith("Saken «Plan {1} og {0}» er registrert til Bystyret.");
  }

  @Test
  void keepsApostrophesInEnglishTexts() {
    assertThat(Messages.get(Language.EN, "unknown", "hi")).startsWith("I didn't understand \"hi\"");
  }

  @Test
  void theSystemLocaleNeverDecidesTheLanguage() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.ENGLISH);
      assertThat(Messages.get(Language.NB, "closed"))
          .startsWith("Det spørsmålet er allerede besvart eller lukket");
      Locale.setDefault(Locale.forLanguageTag("nn-NO"));
      assertThat(Messages.get(Language.NB, "closed"))
          .startsWith("Det spørsmålet er allerede besvart eller lukket");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void theBundlesSeenAtRunTimeHaveTheSameKeysInEveryLanguage() {
    Set<String> nb = Messages.keys(Language.NB);

    assertThat(Messages.keys(Language.NN)).isEqualTo(nb);
    assertThat(Messages.keys(Language.EN)).isEqualTo(nb);
    assertThat(Messages.has(Language.NN, "help.coordinator")).isTrue();
    assertThat(Messages.has(Language.EN, "no.such.key")).isFalse();
  }

  @ParameterizedTest
  @CsvSource({
    "NB, 0 refleksjoner, 1 refleksjon, 2 refleksjoner",
    "NN, 0 refleksjonar, 1 refleksjon, 2 refleksjonar",
    "EN, 0 reflections, 1 reflection, 2 reflections"
  })
  void countsAgreeWithTheirNumberInEveryLanguage(
      Language language, String zero, String one, String two) {
    assertThat(Messages.get(language, "delete.done", 0)).contains(zero);
    assertThat(Messages.get(language, "delete.done", 1)).contains(one).doesNotContain(two);
    assertThat(Messages.get(language, "delete.done", 2)).contains(two);
  }

  @ParameterizedTest
  @CsvSource({
    "NB, '(0 ledere):', '(1 leder):', '(2 ledere):'",
    "NN, '(0 leiarar):', '(1 leiar):', '(2 leiarar):'",
    "EN, '(0 leaders):', '(1 leader):', '(2 leaders):'"
  })
  void theDigestsPeopleCountsAgreeToo(Language language, String zero, String one, String two) {
    assertThat(Messages.get(language, "digest.conflict", 0)).endsWith(zero);
    assertThat(Messages.get(language, "digest.conflict", 1)).endsWith(one);
    assertThat(Messages.get(language, "digest.conflict", 2)).endsWith(two);
  }

  @ParameterizedTest
  @CsvSource({
    "NB, 1 planlagt påminnelse til møtet trekkes tilbake., 3 planlagte påminnelser til møtene"
        + " trekkes tilbake.",
    "NN, 1 planlagd påminning til møtet blir trekt tilbake., 3 planlagde påminningar til møta"
        + " blir trekte tilbake.",
    "EN, 1 planned nudge for the meeting is withdrawn., 3 planned nudges for the meetings are"
        + " withdrawn."
  })
  void theNudgesADeletedBodyWithdrawsAgreeWithBothTheirNumbers(
      Language language, String one, String three) {
    assertThat(Messages.get(language, "console.deletes.body.nudges", 1, 1)).isEqualTo(one);
    assertThat(Messages.get(language, "console.deletes.body.nudges", 3, 2)).isEqualTo(three);
  }

  @Test
  void aPluralFormMayHoldPlainPlaceholdersAndKeepsApostrophes() {
    assertThat(
            Messages.plurals(
                "{0,plural,one{# case by {1}}other{# cases, it's {1}}}", "k", new Object[] {3}))
        .isEqualTo("3 cases, it's {1}");
    assertThat(Messages.get(Language.EN, "digest.participation", 1, 1, 1))
        .isEqualTo("Participation: 1 reminder sent, 1 reflection shared by 1 leader");
  }

  @Test
  void aMalformedPluralNamesItsMessage() {
    assertThatThrownBy(
            () -> Messages.plurals("{0,plural,one{# sak}}", "broken.key", new Object[] {1}))
        .hasMessageContaining("broken.key");
  }

  @ParameterizedTest
  @ValueSource(strings = {"NB", "NN", "EN"})
  void everyTextFormatsWithNumbersForItsPlaceholders(Language language) {
    Object[] numbers = {1, 2, 3, 4, 5, 6};
    for (String key : Messages.keys(language)) {
      assertThat(Messages.get(language, key, numbers))
          .as("%s in %s", key, language)
          .doesNotContain(",plural,")
          .doesNotContainPattern("\\{\\d+}");
    }
  }

  private static Set<String> placeholders(String text) {
    Set<String> found = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      // A count is the same placeholder whether one language inflects it or not.
      found.add("{" + m.group(1) + "}");
    }
    return found;
  }

  private static Properties load(String file) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = Messages.class.getResourceAsStream(file)) {
      assertThat(in).as(file).isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
