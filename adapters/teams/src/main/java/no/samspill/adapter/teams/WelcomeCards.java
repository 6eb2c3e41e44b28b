package no.samspill.adapter.teams;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import no.samspill.core.language.Language;

/** What a leader sees when they install Samspill: the three lenses and what stays private. */
final class WelcomeCards {

  private WelcomeCards() {}

  static ObjectNode personal(Language l) {
    ArrayNode body = AdaptiveCards.body();
    body.add(AdaptiveCards.text(CardTexts.get(l, "welcome.title"), "heading"));
    body.add(AdaptiveCards.text(CardTexts.get(l, "welcome.intro")));
    body.add(AdaptiveCards.text(CardTexts.get(l, "welcome.lenses")));
    body.add(AdaptiveCards.text("• " + CardTexts.get(l, "welcome.trust")));
    body.add(AdaptiveCards.text("• " + CardTexts.get(l, "welcome.conflict")));
    body.add(AdaptiveCards.text("• " + CardTexts.get(l, "welcome.knowledge")));
    body.add(AdaptiveCards.text(CardTexts.get(l, "welcome.privacy")));
    body.add(AdaptiveCards.text(CardTexts.get(l, "welcome.start"), "subtle"));
    return AdaptiveCards.card(body);
  }

  static ObjectNode team(Language l) {
    ArrayNode body = AdaptiveCards.body();
    body.add(AdaptiveCards.text(CardTexts.get(l, "team.welcome")));
    return AdaptiveCards.card(body);
  }
}
