package no.samspill.core.language;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.params.provider.ValueSource;

class MessagesTest {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

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

  private static Set<String> placeholders(String text) {
    Set<String> found = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      found.add(m.group());
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
