package no.samspill.core.conversation;

import static no.samspill.core.testing.LeaderBuilder.aLeader;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import no.samspill.core.casework.MeetingId;
import no.samspill.core.directory.ChatIdentity;
import no.samspill.core.directory.ChatUser;
import no.samspill.core.directory.ChatWorkspace;
import no.samspill.core.directory.CoordinatorPolicy;
import no.samspill.core.directory.Leader;
import no.samspill.core.language.Language;
import no.samspill.core.reflection.Phase;
import no.samspill.core.testing.Catalogues;
import no.samspill.core.testing.ChatHarness;
import no.samspill.core.testing.TestTenants;
import org.junit.jupiter.api.Test;

/** What people type instead of clicking, and the checks on what a channel or nudge asks for. */
class TypedAnswersTest {

  private final ChatHarness chat = new ChatHarness();

  @Test
  void typingJaConfirmsTheDeletionAndAnythingUnclearAsksAgain() {
    Leader me = chat.register(aLeader().named("Kari"));
    chat.says("slett");

    chat.says("kanskje");
    assertThat(chat.lastTexts())
        .contains(
            "Det svaret kjente jeg ikke igjen. Trykk på en av knappene, eller skriv nummeret på valget.");
    assertThat(chat.store().leaders().findById(me.id())).isPresent();

    chat.says("Ja");
    assertThat(chat.lastText()).startsWith("Ferdig.");
    assertThat(chat.store().leaders().findById(me.id())).isEmpty();
  }

  @Test
  void typingNeiKeepsEverything() {
    Leader me = chat.register(aLeader().named("Kari"));
    chat.says("slett");

    chat.says("nei");

    assertThat(chat.lastText()).isEqualTo("Ingenting er slettet.");
    assertThat(chat.store().leaders().findById(me.id())).isPresent();
  }

  @Test
  void aLanguageCanBeNamedAsWellAsCoded() {
    chat.register(aLeader().named("Kari"));

    chat.says("språk nynorsk");
    assertThat(chat.lastText()).isEqualTo("Greitt, no skriv eg på nynorsk.");
    chat.says("språk");
    chat.says("English");
    assertThat(chat.lastText()).isEqualTo("OK, I'll write in English from now on.");
    assertThat(chat.leader().language()).isEqualTo(Language.EN);
  }

  @Test
  void aClickWithAnUnknownControlValueIsRefused() {
    chat.register(aLeader().named("Kari"));
    chat.says("refleksjon");
    String asked = chat.onScreen().askedId();

    chat.sends(new Action(asked, "drop-table"));

    assertThat(chat.lastTexts().get(0))
        .startsWith("Det spørsmålet er allerede besvart eller lukket");
    assertThat(chat.onlyReflection().answers()).isEmpty();
  }

  @Test
  void startingAFlowForAMeetingOfAnotherTenantIsRefused() {
    Leader me = chat.register(aLeader().named("Kari"));

    assertThatThrownBy(
            () ->
                chat.starts(
                    new StartReflection.Command(me.id(), Phase.POST, null, MeetingId.random())))
        .isInstanceOf(UnknownReferenceException.class)
        .hasMessage("Unknown meeting");
    assertThat(chat.reflections()).isEmpty();
  }

  @Test
  void aConfiguredCoordinatorLinkedByEmailBecomesCoordinator() {
    ChatHarness configured =
        new ChatHarness(Catalogues.shipped(), new CoordinatorPolicy(Set.of("kari@lillevik.no")));
    configured.register(aLeader().named("Per"));
    Leader kari =
        configured.register(
            aLeader().named("Kari").withEmail("kari@lillevik.no").withoutIdentity());

    configured
        .store()
        .tenants()
        .linkWorkspace(new ChatWorkspace("teams", "aad-tenant"), TestTenants.LILLEVIK);
    configured.as(
        new ChatUser(
            new ChatIdentity("teams", "aad-tenant", "aad-kari"),
            "Kari",
            "Kari@Lillevik.no",
            "nb-NO",
            null,
            null));
    configured.says("hjelp");

    assertThat(configured.store().leaders().findById(kari.id()).orElseThrow().coordinator())
        .isTrue();
  }
}
