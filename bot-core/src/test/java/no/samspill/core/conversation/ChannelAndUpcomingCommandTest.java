package no.samspill.core.conversation;

import static no.samspill.core.testing.LeaderBuilder.aLeader;
import static no.samspill.core.testing.MeetingBuilder.aMeeting;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import no.samspill.core.casework.Following;
import no.samspill.core.casework.Meeting;
import no.samspill.core.casework.PoliticalBody;
import no.samspill.core.directory.ChannelAddress;
import no.samspill.core.directory.Leader;
import no.samspill.core.language.Language;
import no.samspill.core.reflection.Phase;
import no.samspill.core.schedule.Nudge;
import no.samspill.core.schedule.NudgeKind;
import no.samspill.core.testing.ChatHarness;
import no.samspill.core.testing.TestTenants;
import org.junit.jupiter.api.Test;

class ChannelAndUpcomingCommandTest {

  private final ChatHarness chat = new ChatHarness();
  private final ChannelAddress leadersChannel =
      new ChannelAddress("web", TestTenants.LILLEVIK.value(), "C-ledere", "#ledergruppa");

  @Test
  void aCoordinatorSetsTheDigestChannelByWritingInIt() {
    Leader kari = chat.register(aLeader().named("Kari").coordinator());

    chat.saysIn(leadersChannel, "Sammendrag her");

    assertThat(chat.lastText())
        .isEqualTo("Greit: ukesammendraget kommer i #ledergruppa fra nå av.");
    assertThat(chat.store().digestChannels().find(kari.tenantId())).containsExactly(leadersChannel);
  }

  @Test
  void onlyACoordinatorCanSetTheDigestChannelAndOnlyInAChannel() {
    Leader per = chat.register(aLeader().named("Per"));

    chat.saysIn(leadersChannel, "digest here");
    assertThat(chat.lastText()).isEqualTo("Den kommandoen er bare for koordinatoren.");
    chat.register(aLeader().named("Kari").coordinator());
    chat.says("sammendrag her");
    assertThat(chat.lastText()).startsWith("Skriv «sammendrag her» i lederkanalen");

    assertThat(chat.store().digestChannels().find(per.tenantId())).isEmpty();
  }

  @Test
  void reflectionsAreNotStartedInASharedChannel() {
    chat.register(aLeader().named("Per"));

    chat.saysIn(leadersChannel, "refleksjon");

    assertThat(chat.lastText()).startsWith("Refleksjonene tar vi i en privat samtale");
    assertThat(chat.reflections()).isEmpty();
  }

  @Test
  void upcomingListsTheLeadersPlannedNudgesSoonestFirst() {
    Leader kari = chat.register(aLeader().named("Kari"));
    Instant now = chat.clock().instant();
    chat.store()
        .nudges()
        .plan(
            Nudge.planned(
                TestTenants.LILLEVIK,
                kari.id(),
                NudgeKind.REMINDER,
                Phase.POST,
                null,
                null,
                now.plus(Duration.ofDays(2))));
    chat.store()
        .nudges()
        .plan(
            Nudge.planned(
                TestTenants.LILLEVIK,
                kari.id(),
                NudgeKind.CASE_FLOW,
                Phase.PRE,
                null,
                null,
                now.plus(Duration.ofDays(1))));

    chat.says("kommende");

    SummaryReply upcoming = chat.lastSummary();
    assertThat(upcoming.title()).isEqualTo("Kommende påminnelser");
    assertThat(upcoming.lines())
        .extracting(SummaryReply.Line::value)
        .containsExactly("Før møtet", "Påminnelse");
  }

  @Test
  void upcomingShowsAMeetingEndedNudgeForAFollowedBody() {
    Leader ingrid = chat.register(aLeader().named("Ingrid").speaking(Language.EN));
    PoliticalBody body = chat.hasBody("Formannskapet");
    Meeting meeting = chat.hasMeeting(aMeeting().of(body).startingAt(chat.clock().instant()));
    chat.store()
        .follows()
        .save(new Following(TestTenants.LILLEVIK, ingrid.id(), Set.of(body.id()), true));
    chat.store()
        .nudges()
        .plan(
            Nudge.planned(
                TestTenants.LILLEVIK,
                ingrid.id(),
                NudgeKind.MEETING_ENDED,
                null,
                null,
                meeting.id(),
                chat.clock().instant().plus(Duration.ofDays(1))));

    chat.says("upcoming");

    assertThat(chat.lastSummary().lines())
        .extracting(SummaryReply.Line::value)
        .containsExactly("After a meeting of a body you follow");
  }

  @Test
  void upcomingSaysSoWhenNothingIsPlannedInEachLanguage() {
    chat.register(aLeader().speaking(Language.NN));
    chat.says("komande");
    assertThat(chat.lastText()).isEqualTo("Du har ingen planlagde påminningar.");
    chat.register(aLeader().speaking(Language.EN));
    chat.says("upcoming");
    assertThat(chat.lastText()).isEqualTo("You have no planned reminders.");
  }
}
