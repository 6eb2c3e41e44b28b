package no.samspill.core.conversation;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The commands a leader can type, in bokmål, nynorsk and English. */
public enum ChatCommand {
  HELP(false, "hjelp", "help", "?"),
  NEW_CASE(false, "ny sak", "new case"),
  REFLECT(false, "refleksjon", "reflect", "reflection"),
  MINE(false, "mine", "my", "mine refleksjonar", "mine refleksjoner", "my reflections"),
  LANGUAGE(false, "språk", "sprak", "language"),
  EXPORT(false, "eksport", "eksporter", "export"),
  DELETE(false, "slett", "delete"),
  CONTINUE(false, "fortsett", "fortset", "continue", "resume"),
  CANCEL(false, "avbryt", "cancel", "stopp", "stop"),
  SKIP(false, "hopp over", "skip"),
  LATER(false, "senere", "seinare", "seinere", "later"),
  UPCOMING(false, "kommende", "komande", "upcoming"),
  LEADERS(true, "ledere", "leiarar", "leaders"),
  DIGEST_HERE(true, "sammendrag her", "samandrag her", "digest here"),
  DIGEST_PREVIEW(true, "sammendrag", "samandrag", "digest"),
  PAIRING_ON(false, "samtale på", "talk on"),
  PAIRING_OFF(false, "samtale av", "talk off");

  private final boolean coordinatorOnly;
  private final List<String> words;

  ChatCommand(boolean coordinatorOnly, String... words) {
    this.coordinatorOnly = coordinatorOnly;
    this.words = List.of(words);
  }

  public boolean coordinatorOnly() {
    return coordinatorOnly;
  }

  /** A typed command and what follows it, e.g. "språk nn". */
  public record Parsed(ChatCommand command, String argument) {}

  public static Optional<Parsed> parse(String text) {
    String normalised = normalise(text);
    if (normalised.isEmpty()) {
      return Optional.empty();
    }
    for (ChatCommand command : values()) {
      if (command.words.contains(normalised)) {
        return Optional.of(new Parsed(command, ""));
      }
    }
    return withArgument(normalised);
  }

  /**
   * "språk nn" and "mine 3": the longest command word, then its argument. "mine" takes one word
   * only, so an answer that starts with "mine tanker er …" stays an answer.
   */
  private static Optional<Parsed> withArgument(String normalised) {
    Parsed best = null;
    int longest = 0;
    for (ChatCommand command : List.of(LANGUAGE, MINE)) {
      for (String word : command.words) {
        if (normalised.startsWith(word + " ") && word.length() > longest) {
          String argument = normalised.substring(word.length() + 1);
          if (command == LANGUAGE || !argument.contains(" ")) {
            best = new Parsed(command, argument);
            longest = word.length();
          }
        }
      }
    }
    return Optional.ofNullable(best);
  }

  private static String normalise(String text) {
    if (text == null) {
      return "";
    }
    String s = text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    if (s.startsWith("/")) {
      s = s.substring(1);
    }
    return s.length() > 1 ? s.replaceAll("[.!]+$", "") : s;
  }
}
