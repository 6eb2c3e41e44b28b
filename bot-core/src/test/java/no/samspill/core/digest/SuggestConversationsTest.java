package no.samspill.core.digest;

import static no.samspill.core.testing.CaseBuilder.aCase;
import static no.samspill.core.testing.LeaderBuilder.aLeader;
import static no.samspill.core.testing.MeetingBuilder.aMeeting;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import no.samspill.core.casework.Meeting;
import no.samspill.core.casework.PoliticalBody;
import no.samspill.core.directory.Leader;
import no.samspill.core.language.Language;
import no.samspill.core.testing.ChatHarness;
import no.samspill.core.testing.InMemoryPorts;
import no.samspill.core.testing.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SuggestConversationsTest {

  private final ChatHarness chat = new ChatHarness();
  private final InMemoryPorts store = chat.store();
  private SuggestConversations suggest;
  private PoliticalBody formannskapet;
  private Meeting nextWeek;
  private Leader kari;
  private Leader ola;
  private Instant now;

  @BeforeEach
  void setUp() {
    now = chat.clock().instant();
    suggest =
        new SuggestConversations(
            store.leaders(),
            store.cases(),
            store.meetings(),
            store.bodies(),
            store.pairingOptIns());
    formannskapet = chat.hasBody("Formannskapet");
    nextWeek =
        chat.hasMeeting(aMeeting().of(formannskapet).startingAt(now.plus(Duration.ofDays(8))));
    kari = chat.register(aLeader().named("Kari Nordmann"));
    ola = chat.register(aLeader().named("Ola Hauge"));
    chat.hasCase(aCase().titled("Skolebruksplan").ownedBy(kari).treatedIn(nextWeek));
    chat.hasCase(aCase().titled("Barnehagestruktur").ownedBy(ola).treatedIn(nextWeek));
  }

  @Test
  void pairsTwoLeadersWhoAgreedAndHaveCasesBeforeTheSameBody() {
    chat.as(kari).says("samtale på");
    assertThat(chat.lastText()).startsWith("Greit: du kan bli foreslått som samtalepartner");
    chat.as(ola).says("Talk on");

    assertThat(suggest.suggest(TestTenants.LILLEVIK, now))
        .singleElement()
        .satisfies(p -> assertThat(p.body()).isEqualTo("Formannskapet"))
        .satisfies(p -> assertThat(p.meeting()).isEqualTo(nextWeek.start()))
        .satisfies(
            p ->
                assertThat(java.util.List.of(p.leader(), p.otherLeader()))
                    .containsExactlyInAnyOrder("Kari Nordmann", "Ola Hauge"));
  }

  @Test
  void nobodyIsSuggestedWithoutAgreeing() {
    chat.as(kari).says("samtale på");
    chat.as(ola).says("samtale på");
    chat.as(ola).says("samtale av");

    assertThat(chat.lastText()).isEqualTo("Greit: du blir ikke foreslått som samtalepartner.");
    assertThat(suggest.suggest(TestTenants.LILLEVIK, now)).isEmpty();
  }

  @Test
  void meetingsBeyondThreeWeeksOrInThePastDoNotCount() {
    chat.as(kari).says("samtale på");
    chat.as(ola).says("samtale på");

    assertThat(suggest.suggest(TestTenants.LILLEVIK, now.plus(Duration.ofDays(9)))).isEmpty();
    assertThat(suggest.suggest(TestTenants.LILLEVIK, now.minus(Duration.ofDays(14)))).isEmpty();
  }

  @Test
  void theDigestShowsThePairInEachLanguage() {
    chat.as(kari).says("samtale på");
    chat.as(ola).says("samtale på");
    Digest digest =
        new Digest(
                TestTenants.LILLEVIK,
                DigestWeek.containing(now, java.time.ZoneId.of("Europe/Oslo")),
                java.util.Map.of(),
                null,
                null,
                null,
                null,
                null,
                null,
                3)
            .withPairings(suggest.suggest(TestTenants.LILLEVIK, now));
    DigestText text = new DigestText(chat.catalogue());

    assertThat(digest.tooLittleToSay()).isFalse();
    assertThat(text.render(digest, Language.NB).asText())
        .contains("Snakk sammen")
        .contains("har begge saker i Formannskapet");
    assertThat(text.render(digest, Language.NN).asText()).contains("Snakk saman");
    assertThat(text.render(digest, Language.EN).asText())
        .contains("both have cases before Formannskapet");
  }
}
