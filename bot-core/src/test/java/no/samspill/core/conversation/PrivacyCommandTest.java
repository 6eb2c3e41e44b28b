package no.samspill.core.conversation;

import static no.samspill.core.testing.CaseBuilder.aCase;
import static no.samspill.core.testing.ChatHarness.START;
import static no.samspill.core.testing.ChatHarness.labels;
import static no.samspill.core.testing.LeaderBuilder.aLeader;
import static no.samspill.core.testing.ReflectionBuilder.aReflection;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import no.samspill.core.casework.BodyId;
import no.samspill.core.casework.Following;
import no.samspill.core.casework.PoliticalCase;
import no.samspill.core.directory.Leader;
import no.samspill.core.privacy.AuditEntry;
import no.samspill.core.reflection.Phase;
import no.samspill.core.reflection.Reflection;
import no.samspill.core.schedule.Nudge;
import no.samspill.core.schedule.NudgeStatus;
import no.samspill.core.testing.ChatHarness;
import no.samspill.core.testing.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A leader takes out or erases their own data from the chat. */
class PrivacyCommandTest {

  private final ChatHarness chat = new ChatHarness();
  private Leader me;
  private Leader colleague;
  private PoliticalCase myCase;
  private PoliticalCase theirCase;
  private Reflection theirs;

  @BeforeEach
  void leaderWithACaseAndAFinishedReflection() {
    colleague = chat.register(aLeader().named("Per Hansen"));
    theirCase = chat.hasCase(aCase().titled("Hans sak").ownedBy(colleague));
    theirs = chat.hasReflection(aReflection().by(colleague).answering("adhoc.lesson", "Hemmelig"));
    me = chat.register(aLeader().named("Kari Nordmann"));
    myCase = chat.hasCase(aCase().titled("Ny skolestruktur").ownedBy(me));
    chat.says("refleksjon");
    chat.clicks("Uten sak – fri refleksjon");
    chat.says("Møtet ble utsatt.");
    chat.clicks("3");
    chat.says("Forbered gruppelederne.");
    chat.clicks("Privat – bare meg");
  }

  @Test
  void exportReturnsAllMyDataAndIsAudited() {
    Reflection mine = chat.onlyReflection();

    chat.says("eksport");

    ExportReply export = chat.lastExport();
    assertThat(export.fileName()).isEqualTo("samspill-" + me.id().value() + ".json");
    assertThat(export.text())
        .isEqualTo(
            "Her er alle dataene Samspill har om deg, som JSON. Uttaket er notert i"
                + " revisjonsloggen.");
    assertThat(export.json())
        .contains("leader " + me.id() + " Kari Nordmann")
        .contains("last active " + chat.clock().instant())
        .contains("case " + myCase.id() + " Ny skolestruktur")
        .contains("reflection " + mine.id() + " COMPLETED")
        .contains("adhoc.situation = Møtet ble utsatt.")
        .contains("question adhoc.situation Hva skjedde i samspillet med politikerne?")
        .contains("audit EXPORT")
        .doesNotContain("Hemmelig")
        .doesNotContain(theirs.id().value())
        .doesNotContain("Hans sak");
    assertThat(chat.store().audit().all())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.action()).isEqualTo(AuditEntry.EXPORT);
              assertThat(e.actor()).isEqualTo(me.id());
              assertThat(e.subject()).isEqualTo(me.id());
              assertThat(e.tenantId()).isEqualTo(TestTenants.LILLEVIK);
              assertThat(e.at()).isEqualTo(START);
            });
  }

  @Test
  void deleteAsksForConfirmationAndNoKeepsEverything() {
    Reflection mine = chat.onlyReflection();

    chat.says("slett");

    QuestionReply confirm = chat.lastQuestion();
    assertThat(confirm.heading()).isEqualTo("Slett dataene mine");
    assertThat(confirm.text()).startsWith("Vil du slette alle refleksjonene dine og profilen din");
    assertThat(labels(confirm.options())).containsExactly("Ja, slett alt", "Nei, behold");
    assertThat(confirm.controls()).isEmpty();

    chat.says("nei");

    assertThat(chat.lastTexts()).containsExactly("Ingenting er slettet.");
    assertThat(chat.onlyReflection()).isEqualTo(mine);
    assertThat(chat.leader().id()).isEqualTo(me.id());
    assertThat(chat.store().cases().findById(me.tenantId(), myCase.id())).contains(myCase);
    assertThat(chat.conversation().dialog()).isNull();
    assertThat(chat.store().audit().all()).isEmpty();
  }

  @Test
  void yesDeletesMyReflectionsProfileAndConversationAndUnassignsMyCases() {
    chat.says("refleksjon");
    chat.clicks("Uten sak – fri refleksjon");
    chat.says("Halvferdig.");
    chat.says("slett");

    chat.clicks("Ja, slett alt");

    assertThat(chat.lastTexts())
        .singleElement()
        .asString()
        .startsWith("Ferdig. 2 refleksjoner og profilen din er slettet.");
    assertThat(chat.store().reflections().all()).containsExactly(theirs);
    assertThat(chat.store().leaders().findById(me.id())).isEmpty();
    assertThat(chat.store().leaders().findByIdentity(me.identities().get(0))).isEmpty();
    assertThat(chat.store().conversations().find(me.id())).isEmpty();
    assertThat(chat.store().cases().findById(me.tenantId(), myCase.id()))
        .hasValueSatisfying(
            c -> {
              assertThat(c.ownerId()).isNull();
              assertThat(c.title()).isEqualTo("Ny skolestruktur");
            });
    assertThat(chat.store().cases().findById(me.tenantId(), theirCase.id())).contains(theirCase);
    assertThat(chat.store().leaders().findById(colleague.id())).isPresent();
    assertThat(chat.store().audit().all())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.action()).isEqualTo(AuditEntry.DELETE);
              assertThat(e.subject()).isEqualTo(me.id());
            });
  }

  @Test
  void deletingMyDataLeavesNoNudgeFollowOptInOrPlatformReferenceOfMineAndKeepsOthers() {
    Nudge mine = laterFor(me);
    Nudge sent = Nudge.followUp(me.tenantId(), me.id(), "2026-W09", now());
    chat.store().nudges().plan(sent);
    chat.store().nudges().finish(claimed(sent), NudgeStatus.SENT, null, now());
    Nudge theirsLater = laterFor(colleague);
    BodyId body = chat.hasBody("Formannskapet").id();
    for (Leader l : List.of(me, colleague)) {
      chat.store().follows().save(new Following(l.tenantId(), l.id(), Set.of(body), true));
      chat.store().pairingOptIns().set(l.tenantId(), l.id(), true);
    }
    chat.says("slett");

    chat.clicks("Ja, slett alt");

    assertThat(chat.store().nudges().all(me.id())).isEmpty();
    assertThat(chat.store().nudges().byId(mine.id())).isEmpty();
    assertThat(chat.store().nudges().byId(sent.id())).isEmpty();
    assertThat(chat.store().follows().find(me.tenantId(), me.id())).isEmpty();
    assertThat(chat.store().pairingOptIns().optedIn(me.tenantId())).containsExactly(colleague.id());
    assertThat(chat.store().forgottenIdentities()).containsExactlyElementsOf(me.identities());
    assertThat(chat.store().conversations().find(me.id())).isEmpty();
    assertThat(chat.store().nudges().all(colleague.id()))
        .singleElement()
        .satisfies(n -> assertThat(n.id()).isEqualTo(theirsLater.id()))
        .satisfies(n -> assertThat(n.status()).isEqualTo(NudgeStatus.PLANNED));
    assertThat(chat.store().follows().find(colleague.tenantId(), colleague.id())).isPresent();
  }

  private Nudge claimed(Nudge planned) {
    return chat.store().nudges().claimDue(planned.dueAt(), Duration.ofMinutes(5), "c", 10).stream()
        .filter(n -> n.id().equals(planned.id()))
        .findFirst()
        .orElseThrow();
  }

  private Instant now() {
    return chat.clock().instant();
  }

  private Nudge laterFor(Leader leader) {
    Nudge later =
        Nudge.later(
            leader.tenantId(),
            leader.id(),
            "r-" + leader.id().value(),
            Phase.AD_HOC,
            null,
            chat.clock().instant().plusSeconds(3600));
    chat.store().nudges().plan(later);
    return later;
  }

  @Test
  void writingAgainAfterDeletionStartsAfresh() {
    chat.says("slett");
    chat.clicks("Ja, slett alt");

    chat.says("mine");

    assertThat(chat.lastTexts())
        .containsExactly("Du har ingen refleksjoner ennå. Skriv «refleksjon» for å starte.");
    assertThat(chat.leader().id()).isNotEqualTo(me.id());
    assertThat(chat.leader().tenantId()).isEqualTo(me.tenantId());
    assertThat(chat.leader().coordinator()).isFalse();
  }
}
