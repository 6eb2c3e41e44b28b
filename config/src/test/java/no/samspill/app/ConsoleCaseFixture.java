package no.samspill.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import no.samspill.core.casework.BodyId;
import no.samspill.core.casework.BodyKind;
import no.samspill.core.casework.Follows;
import no.samspill.core.casework.Meeting;
import no.samspill.core.casework.MeetingId;
import no.samspill.core.casework.Meetings;
import no.samspill.core.casework.PoliticalBodies;
import no.samspill.core.casework.PoliticalBody;
import no.samspill.core.directory.Leader;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.directory.Leaders;
import no.samspill.core.directory.TenantId;
import no.samspill.core.language.Language;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * What the Saker tests make for themselves and remove again (CI's FerretDB run shares one database
 * between test classes, so the sample municipality's own cases, meetings and leaders stay as they
 * are): a case owner and a committee meeting in the sample municipality, and a meeting in the
 * second one. Every case a test registers has this owner or one of these meetings, and goes too.
 */
final class ConsoleCaseFixture implements AutoCloseable {

  static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

  final Leader owner;
  final Meeting meeting;
  final Meeting havnesMeeting;
  private final PoliticalBody body;
  private final PoliticalBody havnesBody;
  private final MongoTemplate mongo;
  private final Leaders leaders;
  private final Follows follows;

  ConsoleCaseFixture(
      MongoTemplate mongo,
      Leaders leaders,
      Follows follows,
      PoliticalBodies bodies,
      Meetings meetings) {
    this.mongo = mongo;
    this.leaders = leaders;
    this.follows = follows;
    owner =
        new Leader(
            LeaderId.random(),
            ConsoleFixture.SAMPLE,
            "Sigrid Saksen",
            "Enhetsleder",
            null,
            Language.NB,
            OSLO,
            false,
            List.of(),
            Instant.now());
    leaders.save(owner);
    body = body(bodies, ConsoleFixture.SAMPLE, "Oppvekstutvalget");
    havnesBody = body(bodies, ConsoleFixture.HAVNES, "Havnes utval");
    // A Wednesday five to six weeks ahead: far enough for PRE with any lead days the tests set.
    LocalDate day =
        LocalDate.now(OSLO).plusDays(35).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
    meeting = meeting(meetings, body, "Oppvekstutvalget", day);
    havnesMeeting = meeting(meetings, havnesBody, "Havnes utval", day);
  }

  @Override
  public void close() {
    List<String> meetingIds = List.of(meeting.id().value(), havnesMeeting.id().value());
    Query mine =
        Query.query(
            new Criteria()
                .orOperator(
                    where("ownerId").is(owner.id().value()), where("meetingIds").in(meetingIds)));
    List<String> caseIds =
        mongo.find(mine, Document.class, "cases").stream().map(d -> d.getString("_id")).toList();
    mongo.remove(Query.query(where("caseId").in(caseIds)), "nudges");
    mongo.remove(Query.query(where("leaderId").is(owner.id().value())), "nudges");
    mongo.remove(mine, "cases");
    mongo.remove(Query.query(where("_id").in(meetingIds)), "meetings");
    mongo.remove(
        Query.query(where("_id").in(body.id().value(), havnesBody.id().value())), "bodies");
    follows.delete(ConsoleFixture.SAMPLE, owner.id());
    leaders.delete(owner.id());
    assertThat(mongo.count(mine, "cases")).as("the tests' cases are removed").isZero();
  }

  private static PoliticalBody body(PoliticalBodies bodies, TenantId tenant, String name) {
    PoliticalBody body = new PoliticalBody(BodyId.random(), tenant, name, BodyKind.UTVALG);
    bodies.save(body);
    return body;
  }

  private static Meeting meeting(
      Meetings meetings, PoliticalBody body, String title, LocalDate day) {
    Instant start = day.atTime(10, 0).atZone(OSLO).toInstant();
    Meeting meeting =
        new Meeting(
            MeetingId.random(),
            body.tenantId(),
            body.id(),
            title,
            start,
            start.plusSeconds(3 * 3600),
            List.of());
    meetings.save(meeting);
    return meeting;
  }
}
