package no.samspill.core.conversation;

import static no.samspill.core.testing.ChatHarness.labels;
import static no.samspill.core.testing.LeaderBuilder.aLeader;
import static no.samspill.core.testing.ReflectionBuilder.aReflection;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import no.samspill.core.catalogue.Flow;
import no.samspill.core.catalogue.PromptKind;
import no.samspill.core.conversation.Turn.Outcome;
import no.samspill.core.directory.Leader;
import no.samspill.core.language.Language;
import no.samspill.core.language.Messages;
import no.samspill.core.reflection.Phase;
import no.samspill.core.reflection.Reflection;
import no.samspill.core.reflection.ReflectionStatus;
import no.samspill.core.reflection.ShareChoice;
import no.samspill.core.schedule.Nudge;
import no.samspill.core.schedule.NudgeKind;
import no.samspill.core.schedule.NudgeStatus;
import no.samspill.core.testing.ChatHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** "mine": open one reflection, read every answer, change its share choice or delete it. */
class MyReflectionsTest {

  private final ChatHarness chat = new ChatHarness();

  /** Goes through the shipped POST flow by typing, as a leader in any language can. */
  static Reflection reflectsAfterAMeeting(
      ChatHarness chat, Leader leader, String lesson, int share) {
    chat.starts(new StartReflection.Command(leader.id(), Phase.POST, null, null));
    chat.says("Vi ventet enighet, men saken ble utsatt.");
    chat.says("4");
    chat.says("2");
    chat.says(lesson);
    chat.says(String.valueOf(share));
    return chat.reflections().get(0);
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void opensAReflectionWithEveryQuestionAndAnswerInTheLeadersLanguage(Language language) {
    Leader me = chat.register(aLeader().speaking(language));
    Reflection done = reflectsAfterAMeeting(chat, me, "Snakk med gruppelederne først.", 3);

    chat.says("mine");
    assertThat(chat.lastSummary().title()).isEqualTo(Messages.get(language, "mine.title"));
    assertThat(labels(chat.lastQuestion().options())).singleElement().asString().startsWith("1 · ");
    chat.sends(chat.lastQuestion().options().get(0).action());

    Flow flow = chat.catalogue().flowFor(Phase.POST);
    List<String> expected = new ArrayList<>();
    expected.add(Messages.get(language, "mine.open.phase") + ": " + flow.title().in(language));
    expected.add(
        Messages.get(language, "mine.open.case") + ": " + Messages.get(language, "mine.nocase"));
    expected.add(
        Messages.get(language, "mine.open.share") + ": " + Messages.get(language, "share.named"));
    flow.prompts().stream()
        .filter(p -> p.kind() != PromptKind.SHARE_CHOICE)
        .forEach(p -> expected.add(p.text().in(language)));
    String shown = String.join("\n", lines(chat.lastSummary()));
    assertThat(shown).contains(expected).contains("Snakk med gruppelederne først.");
    assertThat(labels(chat.lastQuestion().options()))
        .containsExactly(
            Messages.get(language, "share.private"),
            Messages.get(language, "share.anonymous"),
            Messages.get(language, "mine.delete"));
    assertThat(chat.lastTurn().outcome()).isEqualTo(Outcome.NEEDS_INPUT);
    assertThat(chat.onlyReflection()).isEqualTo(done);
  }

  @Test
  void typedNumberOpensTheNthNewestEvenBeyondTheList() {
    Leader me = chat.register(aLeader());
    for (int day = 1; day <= 12; day++) {
      chat.hasReflection(
          aReflection()
              .by(me)
              .startedAt(ChatHarness.START.minus(day, java.time.temporal.ChronoUnit.DAYS)));
    }

    chat.says("mine");
    assertThat(chat.lastTexts()).containsExactly(Messages.get(Language.NB, "mine.more", 10, 11));
    assertThat(chat.lastQuestion().options()).hasSize(MyReflections.MINE_LIMIT);

    chat.says("mine 12");
    assertThat(lines(chat.lastSummary()))
        .contains(Messages.get(Language.NB, "mine.open.date") + ": 18.02.2026, 10:00");
  }

  @Test
  void anUnfinishedReflectionCanOnlyBeDeleted() {
    Leader me = chat.register(aLeader());
    chat.hasReflection(aReflection().by(me).withStatus(ReflectionStatus.PAUSED));

    chat.says("mine 1");

    assertThat(chat.lastQuestion().text()).startsWith("Denne refleksjonen er ikke fullført");
    assertThat(labels(chat.lastQuestion().options())).containsExactly("Slett refleksjonen");
  }

  @Test
  void deletingAsksFirstAndNoKeepsIt() {
    Leader me = chat.register(aLeader());
    chat.hasReflection(aReflection().by(me).lesson("Les saken to ganger."));

    chat.says("mine 1");
    chat.clicks("Slett refleksjonen");
    assertThat(chat.lastQuestion().text()).startsWith("Vil du slette refleksjonen fra ");
    assertThat(chat.reflections()).hasSize(1);

    chat.clicks("Nei, behold");

    assertThat(chat.lastTexts()).containsExactly("Ingenting er slettet.");
    assertThat(chat.reflections()).hasSize(1);
    assertThat(chat.store().audit().all()).isEmpty();
  }

  @Test
  void deletingAPausedReflectionCancelsItsRemindMeLater() {
    Leader me = chat.register(aLeader());
    chat.starts(new StartReflection.Command(me.id(), Phase.AD_HOC, null, null));
    chat.says("Et første svar.");
    chat.clicks("Minn meg på det senere");
    assertThat(remindLater(me)).hasSize(1);

    chat.says("mine 1");
    chat.clicks("Slett refleksjonen");
    chat.clicks("Ja, slett den");

    assertThat(chat.lastTexts()).containsExactly("Refleksjonen er slettet.");
    assertThat(chat.reflections()).isEmpty();
    assertThat(remindLater(me)).isEmpty();
  }

  @Test
  void mineWordsInAnAnswerStayAnAnswer() {
    Leader me = chat.register(aLeader());
    chat.starts(new StartReflection.Command(me.id(), Phase.AD_HOC, null, null));

    chat.says("mine tanker om saken");

    assertThat(chat.onlyReflection().answers()).hasSize(1);
    assertThat(chat.onlyReflection().answers().get(0).text()).isEqualTo("mine tanker om saken");
  }

  @Test
  void switchingLanguageAsksTheOpenedReflectionsQuestionAgainInTheNewLanguage() {
    Leader me = chat.register(aLeader());
    chat.hasReflection(aReflection().by(me).sharing(ShareChoice.ANONYMOUS));
    chat.says("mine 1");
    String askedId = chat.lastQuestion().askedId();

    chat.says("språk en");

    assertThat(chat.lastQuestion().askedId()).isEqualTo(askedId);
    assertThat(chat.lastQuestion().text())
        .isEqualTo(Messages.get(Language.EN, "mine.open.actions"));
    assertThat(labels(chat.lastQuestion().options()))
        .containsExactly("Private – only me", "With my name", "Delete this reflection");
  }

  private List<Nudge> remindLater(Leader me) {
    return chat.store().nudges().all(me.id()).stream()
        .filter(n -> n.kind() == NudgeKind.REMIND_LATER && n.status() == NudgeStatus.PLANNED)
        .toList();
  }

  static List<String> lines(SummaryReply summary) {
    return summary.lines().stream().map(l -> l.label() + ": " + l.value()).toList();
  }

  static ShareChoice shareOf(ChatHarness chat) {
    return chat.onlyReflection().share();
  }
}
