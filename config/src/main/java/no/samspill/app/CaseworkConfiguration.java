package no.samspill.app;

import java.time.Clock;
import no.samspill.core.casework.AddMeeting;
import no.samspill.core.casework.CancelMeeting;
import no.samspill.core.casework.Cases;
import no.samspill.core.casework.CaseworkReferences;
import no.samspill.core.casework.ChangeFollows;
import no.samspill.core.casework.ChangeMeeting;
import no.samspill.core.casework.DeleteBody;
import no.samspill.core.casework.DeleteMeeting;
import no.samspill.core.casework.EditCase;
import no.samspill.core.casework.Follows;
import no.samspill.core.casework.Meetings;
import no.samspill.core.casework.PoliticalBodies;
import no.samspill.core.casework.RegisterCase;
import no.samspill.core.casework.Replanning;
import no.samspill.core.casework.SaveBody;
import no.samspill.core.casework.SaveLeader;
import no.samspill.core.conversation.InviteLeaders;
import no.samspill.core.directory.IdentifySignedInLeader;
import no.samspill.core.directory.Leaders;
import no.samspill.core.directory.Tenants;
import no.samspill.core.imports.ImportFromSources;
import no.samspill.core.reflection.Reflections;
import no.samspill.core.schedule.CaseNudges;
import no.samspill.core.schedule.NudgeReasons;
import no.samspill.core.schedule.Nudges;
import no.samspill.core.schedule.SchedulePolicies;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The casework use cases the admin API calls; the chat builds its own inside the engine. */
@Configuration(proxyBeanMethods = false)
class CaseworkConfiguration {

  @Bean
  RegisterCase registerCase(
      Cases cases, Meetings meetings, Leaders leaders, Replanning replanning, Clock clock) {
    return new RegisterCase(cases, meetings, leaders, replanning, clock);
  }

  @Bean
  EditCase editCase(Cases cases, Meetings meetings, Leaders leaders, Replanning replanning) {
    return new EditCase(cases, meetings, leaders, replanning);
  }

  @Bean
  CaseNudges caseNudges(Nudges nudges, NudgeReasons reasons) {
    return new CaseNudges(nudges, reasons);
  }

  @Bean
  AddMeeting addMeeting(
      Meetings meetings, PoliticalBodies bodies, Cases cases, Replanning replanning, Clock clock) {
    return new AddMeeting(meetings, bodies, cases, replanning, clock);
  }

  @Bean
  ChangeMeeting changeMeeting(
      Meetings meetings, PoliticalBodies bodies, Cases cases, Replanning replanning, Clock clock) {
    return new ChangeMeeting(meetings, bodies, cases, replanning, clock);
  }

  @Bean
  CancelMeeting cancelMeeting(Meetings meetings, Replanning replanning) {
    return new CancelMeeting(meetings, replanning);
  }

  @Bean
  CaseworkReferences caseworkReferences(
      Reflections reflections, ImportFromSources sources, Nudges nudges) {
    return new StoredCaseworkReferences(reflections, sources, nudges);
  }

  @Bean
  DeleteMeeting deleteMeeting(
      Meetings meetings, Cases cases, CaseworkReferences references, Replanning replanning) {
    return new DeleteMeeting(meetings, cases, references, replanning);
  }

  @Bean
  DeleteBody deleteBody(
      PoliticalBodies bodies,
      Meetings meetings,
      Cases cases,
      Follows follows,
      CaseworkReferences references,
      Replanning replanning) {
    return new DeleteBody(bodies, meetings, cases, follows, references, replanning);
  }

  @Bean
  ChangeFollows changeFollows(Follows follows, PoliticalBodies bodies, Replanning replanning) {
    return new ChangeFollows(follows, bodies, replanning);
  }

  @Bean
  SaveLeader saveLeader(Leaders leaders, Replanning replanning, Clock clock) {
    return new SaveLeader(leaders, replanning, clock);
  }

  @Bean
  InviteLeaders inviteLeaders(Tenants tenants, SchedulePolicies policies) {
    return new InviteLeaders(tenants, policies);
  }

  @Bean
  SaveBody saveBody(PoliticalBodies bodies, Meetings meetings, Replanning replanning, Clock clock) {
    return new SaveBody(bodies, meetings, replanning, clock);
  }

  @Bean
  IdentifySignedInLeader identifySignedInLeader(Tenants tenants, Leaders leaders) {
    return new IdentifySignedInLeader(tenants, leaders);
  }
}
