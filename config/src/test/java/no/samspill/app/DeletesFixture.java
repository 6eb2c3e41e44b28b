package no.samspill.app;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import no.samspill.core.casework.AddMeeting;
import no.samspill.core.casework.BodyKind;
import no.samspill.core.casework.CaseDraft;
import no.samspill.core.casework.ChangeFollows;
import no.samspill.core.casework.Meeting;
import no.samspill.core.casework.MeetingDraft;
import no.samspill.core.casework.MeetingId;
import no.samspill.core.casework.PoliticalBody;
import no.samspill.core.casework.PoliticalCase;
import no.samspill.core.casework.RegisterCase;
import no.samspill.core.casework.SaveBody;
import no.samspill.core.directory.Leader;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.directory.Leaders;
import no.samspill.core.directory.TenantId;
import no.samspill.core.language.Language;
import no.samspill.core.reflection.Phase;
import no.samspill.core.reflection.Reflection;
import no.samspill.core.reflection.Reflections;
import no.samspill.core.schedule.Nudge;
import no.samspill.core.schedule.NudgeStatus;
import no.samspill.core.schedule.Nudges;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/**
 * What the delete tests make for themselves in one tenant and remove again (CI's FerretDB run
 * shares one database between test classes, so the sample municipality's own bodies, meetings,
 * cases and leaders are never touched): bodies with unique names, coming meetings entered through
 * {@link AddMeeting} (so their nudges are planned), cases and follows of a leader of their own.
 */
final class DeletesFixture implements AutoCloseable {

  static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

  final TenantId tenant;
  final Leader owner;
  private final ApplicationContext app;
  private final MongoTemplate mongo;
  private final List<String> bodies = new ArrayList<>();
  private final List<String> meetings = new ArrayList<>();

  DeletesFixture(ApplicationContext app, TenantId tenant) {
    this.app = app;
    this.tenant = tenant;
    this.mongo = app.getBean(MongoTemplate.class);
    owner =
        new Leader(
            LeaderId.random(),
            tenant,
            "Dagny Sletten",
            "Enhetsleder",
            null,
            Language.NB,
            OSLO,
            false,
            List.of(),
            Instant.now());
    app.getBean(Leaders.class).save(owner);
  }

  PoliticalBody body(String name) {
    PoliticalBody body =
        app.getBean(SaveBody.class)
            .add(
                tenant,
                new SaveBody.BodyDraft(
                    name + " " + UUID.randomUUID().toString().substring(0, 6), BodyKind.UTVALG));
    bodies.add(body.id().value());
    return body;
  }

  /** A meeting on a Wednesday {@code weeks} ahead, 10–13 in Oslo: PRE, MID and POST all planned. */
  Meeting meeting(PoliticalBody body, int weeks) {
    LocalDate day =
        LocalDate.now(OSLO)
            .plusWeeks(weeks)
            .with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
    Instant start = day.atTime(10, 0).atZone(OSLO).toInstant();
    Meeting meeting =
        app.getBean(AddMeeting.class)
            .add(
                tenant,
                new MeetingDraft(body.id(), "Møte", start, start.plusSeconds(3 * 3600), List.of()));
    meetings.add(meeting.id().value());
    return meeting;
  }

  PoliticalCase caseIn(String title, Meeting... in) {
    return app.getBean(RegisterCase.class)
        .register(
            tenant,
            new CaseDraft(
                title, null, owner.id(), Arrays.stream(in).map(Meeting::id).toList(), null));
  }

  void follow(PoliticalBody... followed) {
    app.getBean(ChangeFollows.class)
        .change(tenant, owner.id(), Arrays.stream(followed).map(PoliticalBody::id).toList(), true);
  }

  void reflectOn(Meeting meeting) {
    app.getBean(Reflections.class)
        .save(
            Reflection.start(
                tenant,
                owner.id(),
                Phase.POST,
                "post",
                1,
                null,
                meeting.id(),
                null,
                Instant.now()));
  }

  /** The owner's nudges about the meeting, planned or cancelled. */
  List<Nudge> nudgesAbout(MeetingId meeting) {
    Nudges nudges = app.getBean(Nudges.class);
    List<Nudge> found = new ArrayList<>(nudges.upcoming(owner.id(), Instant.EPOCH, 500));
    found.addAll(nudges.find(tenant, NudgeStatus.CANCELLED, 5000));
    return found.stream()
        .filter(n -> n.leaderId().equals(owner.id()) && meeting.equals(n.meetingId()))
        .toList();
  }

  @Override
  public void close() {
    String me = owner.id().value();
    mongo.remove(Query.query(where("leaderId").is(me)), "nudges");
    mongo.remove(Query.query(where("leaderId").is(me)), "reflections");
    mongo.remove(Query.query(where("ownerId").is(me)), "cases");
    mongo.remove(Query.query(where("_id").in(meetings)), "meetings");
    mongo.remove(Query.query(where("bodyId").in(bodies)), "meetings");
    mongo.remove(Query.query(where("bodyId").in(bodies)), "import_sources");
    mongo.remove(Query.query(where("_id").in(bodies)), "bodies");
    mongo.remove(Query.query(where("leaderId").is(me)), "follows");
    app.getBean(Leaders.class).delete(owner.id());
  }
}
