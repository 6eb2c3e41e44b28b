package no.samspill.core.testing;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What must never reach a user: text from a framework, an exception or an SDK, and placeholders
 * left unfilled. Every reply a test harness receives is checked against it.
 */
public final class FrameworkText {

  private static final List<Pattern> PHRASES =
      List.of(
          Pattern.compile("Exception|Throwable|java\\.|jakarta\\.|springframework|tools\\.jackson"),
          Pattern.compile("\\bat [a-z]+\\.[a-z]+\\.[\\w.$]+\\("),
          Pattern.compile("Invalid request content|Failed to read request|Bad Request"),
          Pattern.compile("Internal Server Error|Not Found|Method Not Allowed|Conflict\\b"),
          Pattern.compile("Unknown (leader|case|meeting)|must not be (null|blank)"),
          Pattern.compile("HTTP [45]\\d\\d|\\bnull\\b"),
          Pattern.compile(",plural,"));

  private FrameworkText() {}

  /** Fails with the phrase found if the text holds any framework or exception text. */
  public static void assertAbsent(String text) {
    if (text == null) {
      return;
    }
    for (Pattern phrase : PHRASES) {
      var found = phrase.matcher(text);
      if (found.find()) {
        throw new AssertionError(
            "A user would read framework text '" + found.group() + "' in: " + text);
      }
    }
  }
}
