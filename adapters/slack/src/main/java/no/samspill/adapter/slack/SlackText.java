package no.samspill.adapter.slack;

import no.samspill.core.language.Language;

/** The adapter's own words (buttons, modal, App Home) in bokmål, nynorsk and English. */
enum SlackText {
  ANSWER("Svar", "Svar", "Answer"),
  SEND("Send", "Send", "Send"),
  CLOSE("Avbryt", "Avbryt", "Cancel"),
  YOUR_ANSWER("Ditt svar", "Svaret ditt", "Your answer"),
  ANSWERED("Svart", "Svara", "Answered"),
  IN_DM(
      "Jeg svarer deg i en direktemelding fra Samspill.",
      "Eg svarar deg i ei direktemelding frå Samspill.",
      "I have answered you in a direct message from Samspill."),
  HOME_TITLE("Samspill", "Samspill", "Samspill"),
  HOME_INTRO(
      "Refleksjon før, under og etter politiske saker. Skriv «hjelp» til meg under Meldinger.",
      "Refleksjon før, under og etter politiske saker. Skriv «hjelp» til meg under Meldingar.",
      "Reflection before, during and after political cases. Write «help» to me under Messages."),
  HOME_CASES("Dine saker", "Sakene dine", "Your cases"),
  HOME_MEETINGS("Kommende møter", "Komande møte", "Upcoming meetings"),
  HOME_REFLECTIONS("Siste refleksjoner", "Siste refleksjonar", "Recent reflections"),
  HOME_LANGUAGE("Språk", "Språk", "Language"),
  HOME_NONE("Ingen ennå.", "Ingen enno.", "None yet.");

  private final String nb;
  private final String nn;
  private final String en;

  SlackText(String nb, String nn, String en) {
    this.nb = nb;
    this.nn = nn;
    this.en = en;
  }

  String in(Language language) {
    return switch (language) {
      case NN -> nn;
      case EN -> en;
      case NB -> nb;
    };
  }
}
