package no.samspill.core.conversation;

import static no.samspill.core.testing.CaseBuilder.aCase;
import static no.samspill.core.testing.LeaderBuilder.aLeader;
import static no.samspill.core.testing.MeetingBuilder.aMeeting;
import static no.samspill.core.testing.ReflectionBuilder.aReflection;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.samspill.core.casework.Meeting;
import no.samspill.core.casework.PoliticalCase;
import no.samspill.core.directory.Leader;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.reflection.Phase;
import no.samspill.core.reflection.Reflection;
import no.samspill.core.testing.ChatHarness;
import no.samspill.core.testing.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Starting a flow for a leader without them asking, as a nudge does. */
class StartReflectionTest {

  private final ChatHarness chat = new ChatHarness();
  private Leader me;

  @BeforeEach
  void registerLeader() {
    me = chat.register(aLeader());
  }

  @Test
  void startsTheFlowForTheCaseAndMeetingGiven() {
    Meeting meeting = chat.hasMeeting(aMeeting().of(chat.hasBody("Formannskapet")));
    PoliticalCase skole = chat.hasCase(aCase().titled("Ny skolestruktur").ownedBy(me));

    chat.starts(new StartReflection.Command(me.id(), Phase.MID, skole.id(), meeting.id()));

    assertThat(chat.lastTexts())
        .singleElement()
        .asString()
        .startsWith("Underveis – Ny skolestruktur\n");
    assertThat(chat.lastQuestion().heading()).isEqualTo("Underveis – Ny skolestruktur");
    assertThat(chat.lastQuestion().text()).isEqualTo("Har det oppstått uenighet i saken så langt?");
    Reflection started = chat.onlyReflection();
    assertThat(started.phase()).isEqualTo(Phase.MID);
    assertThat(started.caseId()).isEqualTo(skole.id());
    assertThat(started.meetingId()).isEqualTo(meeting.id());
    assertThat(chat.conversation().activeReflection()).isEqualTo(started.id());
  }

  @Test
  void duringACaseTheApproachQuestionShowsWhatWasPlannedBeforeIt() {
    Meeting meeting = chat.hasMeeting(aMeeting().of(chat.hasBody("Formannskapet")));
    PoliticalCase skole = chat.hasCase(aCase().titled("Ny skolestruktur").ownedBy(me));
    PoliticalCase other = chat.hasCase(aCase().titled("Ny brannstasjon").ownedBy(me));
    chat.hasReflection(
        aReflection().by(me).in(Phase.PRE).about(skole).plannedApproach("collaborating"));
    chat.hasReflection(
        aReflection().by(me).in(Phase.PRE).about(other).plannedApproach("competing"));

    chat.starts(new StartReflection.Command(me.id(), Phase.MID, skole.id(), meeting.id()));
    chat.clicks("Litt");
    chat.says("Ingen");
    chat.says("Når de ber meg endre innstillingen uten vedtak.");

    QuestionReply approach = chat.lastQuestion();
    assertThat(approach.text()).startsWith("Er tilnærmingen din fortsatt riktig");
    assertThat(approach.hint())
        .isEqualTo(
            "Før møtet planla du: «Finne en løsning sammen». "
                + "Velg det samme som før hvis du ikke vil endre kurs.");
  }

  @Test
  void withoutAPlanBeforeTheCaseTheApproachQuestionHasItsOwnHintOnly() {
    Meeting meeting = chat.hasMeeting(aMeeting().of(chat.hasBody("Formannskapet")));
    PoliticalCase skole = chat.hasCase(aCase().titled("Ny skolestruktur").ownedBy(me));

    chat.starts(new StartReflection.Command(me.id(), Phase.MID, skole.id(), meeting.id()));
    chat.clicks("Nei");
    chat.says("Ingen");
    chat.says("Ved styring uten vedtak.");

    assertThat(chat.lastQuestion().hint())
        .isEqualTo("Velg det samme som før hvis du ikke vil endre kurs.");
  }

  @Test
  void anAdHocReflectionHasNoCase() {
    PoliticalCase skole = chat.hasCase(aCase().ownedBy(me));

    chat.starts(new StartReflection.Command(me.id(), Phase.AD_HOC, skole.id(), null));

    assertThat(chat.onlyReflection().caseId()).isNull();
    assertThat(chat.lastQuestion().heading()).isEqualTo("Fri refleksjon");
  }

  @Test
  void refusesAnUnknownLeader() {
    StartReflection.Command command =
        new StartReflection.Command(new LeaderId("ukjent"), Phase.AD_HOC, null, null);

    assertThatThrownBy(() -> chat.starts(command)).isInstanceOf(UnknownReferenceException.class);
    assertThat(chat.store().reflections().all()).isEmpty();
  }

  @Test
  void refusesACaseOfAnotherTenant() {
    Leader elsewhere = chat.register(aLeader().in(TestTenants.STORBY));
    PoliticalCase foreign = chat.hasCase(aCase().ownedBy(elsewhere));
    StartReflection.Command command =
        new StartReflection.Command(me.id(), Phase.PRE, foreign.id(), null);

    assertThatThrownBy(() -> chat.starts(command)).isInstanceOf(UnknownReferenceException.class);
    assertThat(chat.store().reflections().all()).isEmpty();
    assertThat(chat.store().conversations().find(me.id())).isEmpty();
  }
}
