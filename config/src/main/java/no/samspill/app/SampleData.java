package no.samspill.app;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import no.samspill.core.casework.AgendaItem;
import no.samspill.core.casework.BodyId;
import no.samspill.core.casework.BodyKind;
import no.samspill.core.casework.CaseId;
import no.samspill.core.casework.CaseStatus;
import no.samspill.core.casework.Cases;
import no.samspill.core.casework.Meeting;
import no.samspill.core.casework.MeetingId;
import no.samspill.core.casework.Meetings;
import no.samspill.core.casework.PoliticalBodies;
import no.samspill.core.casework.PoliticalBody;
import no.samspill.core.casework.PoliticalCase;
import no.samspill.core.directory.ChatIdentity;
import no.samspill.core.directory.ChatWorkspace;
import no.samspill.core.directory.Leader;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.directory.Leaders;
import no.samspill.core.directory.Tenant;
import no.samspill.core.directory.TenantId;
import no.samspill.core.directory.Tenants;
import no.samspill.core.language.Language;
import no.samspill.core.schedule.PlanNudges;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * A sample municipality for the local demo: four leaders, four bodies, meetings around today and
 * three cases. Loaded once; an existing sample tenant is left as it is.
 */
@Component
@ConditionalOnProperty(name = "samspill.sample-data.enabled", havingValue = "true")
class SampleData implements ApplicationRunner {

  static final TenantId TENANT = new TenantId("sample-fjordvik");
  static final LeaderId KARI = new LeaderId("sample-kari");
  static final LeaderId OLA = new LeaderId("sample-ola");
  static final LeaderId INGRID = new LeaderId("sample-ingrid");
  static final LeaderId PER = new LeaderId("sample-per");

  private static final Logger log = LoggerFactory.getLogger(SampleData.class);
  static final ZoneId OSLO_ZONE = ZoneId.of("Europe/Oslo");

  private final Tenants tenants;
  private final Leaders leaders;
  private final PoliticalBodies bodies;
  private final Meetings meetings;
  private final Cases cases;
  private final PlanNudges planNudges;
  private final Clock clock;

  SampleData(
      Tenants tenants,
      Leaders leaders,
      PoliticalBodies bodies,
      Meetings meetings,
      Cases cases,
      PlanNudges planNudges,
      Clock clock) {
    this.tenants = tenants;
    this.leaders = leaders;
    this.bodies = bodies;
    this.meetings = meetings;
    this.cases = cases;
    this.planNudges = planNudges;
    this.clock = clock;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (tenants.findById(TENANT).isPresent()) {
      return;
    }
    Instant now = clock.instant();
    tenants.save(new Tenant(TENANT, "Fjordvik kommune", Language.NB, OSLO_ZONE, now));
    leader(KARI, "Kari Nordmann", "Kommunalsjef oppvekst", Language.NB, true, now);
    leader(OLA, "Ola Hauge", "Einingsleiar barnehage", Language.NN, false, now);
    leader(INGRID, "Ingrid Berg", "Kommunalsjef helse og omsorg", Language.EN, false, now);
    leader(PER, "Per Olsen", "Enhetsleder NAV", Language.NB, false, now);

    BodyId kommunestyret = body("sample-ks", "Kommunestyret", BodyKind.KOMMUNESTYRE);
    BodyId formannskapet = body("sample-fsk", "Formannskapet", BodyKind.FORMANNSKAP);
    BodyId oppvekst = body("sample-hoo", "Hovedutvalg for oppvekst og kultur", BodyKind.UTVALG);
    body("sample-hhs", "Hovedutvalg for helse og sosial", BodyKind.UTVALG);

    // Meetings at the hours municipalities hold them: formannskap in the morning, utvalg after
    // lunch, kommunestyre in the evening; the formannskap meeting has just ended.
    MeetingId fskEnded = meeting("sample-m1", formannskapet, lastMorningMeeting(now), 3);
    MeetingId hooNext = meeting("sample-m2", oppvekst, weekdayAt(now, 7, 13), 2);
    MeetingId ksNext = meeting("sample-m3", kommunestyret, weekdayAt(now, 14, 18), 3);

    politicalCase(
        "sample-c1",
        "Skolebruksplan 2027–2035",
        "2026/412",
        KARI,
        List.of(hooNext, ksNext),
        CaseStatus.IN_PREPARATION,
        now);
    politicalCase(
        "sample-c2",
        "Ny barnehagestruktur i Nordbygda",
        "2026/377",
        OLA,
        List.of(fskEnded, ksNext),
        CaseStatus.IN_TREATMENT,
        now);
    politicalCase(
        "sample-c3",
        "Budsjettjustering helse og omsorg",
        "2026/501",
        INGRID,
        List.of(fskEnded),
        CaseStatus.IN_TREATMENT,
        now);
    // The periodic re-plan may have run before the sample existed; plan its nudges now.
    planNudges.replan(TENANT);
    log.info(
        "Loaded the sample municipality Fjordvik kommune (switch off: "
            + "SAMSPILL_SAMPLE_DATA_ENABLED=false)");
  }

  private void leader(
      LeaderId id, String name, String role, Language language, boolean coordinator, Instant now) {
    ChatIdentity web = new ChatIdentity("web", TENANT.value(), id.value());
    leaders.save(
        new Leader(
            id, TENANT, name, role, null, language, OSLO_ZONE, coordinator, List.of(web), now));
    leaders.linkIdentity(web, id);
    tenants.linkWorkspace(new ChatWorkspace("web", TENANT.value()), TENANT);
  }

  private BodyId body(String id, String name, BodyKind kind) {
    BodyId bodyId = new BodyId(id);
    bodies.save(new PoliticalBody(bodyId, TENANT, name, kind));
    return bodyId;
  }

  /** The latest weekday meeting from 09:00 to 12:00 local time that has ended by {@code now}. */
  static Instant lastMorningMeeting(Instant now) {
    ZonedDateTime start = now.atZone(OSLO_ZONE).truncatedTo(ChronoUnit.DAYS).withHour(9);
    while (start.plusHours(3).toInstant().isAfter(now) || weekend(start)) {
      start = start.minusDays(1);
    }
    return start.toInstant();
  }

  /** {@code days} from today at {@code hour} local time, moved past a weekend. */
  static Instant weekdayAt(Instant now, int days, int hour) {
    ZonedDateTime at =
        now.atZone(OSLO_ZONE).truncatedTo(ChronoUnit.DAYS).plusDays(days).withHour(hour);
    while (weekend(at)) {
      at = at.plusDays(1);
    }
    return at.toInstant();
  }

  private static boolean weekend(ZonedDateTime day) {
    return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
  }

  private MeetingId meeting(String id, BodyId body, Instant start, int hours) {
    MeetingId meetingId = new MeetingId(id);
    meetings.save(
        new Meeting(
            meetingId, TENANT, body, null, start, start.plus(Duration.ofHours(hours)), List.of()));
    return meetingId;
  }

  private void politicalCase(
      String id,
      String title,
      String number,
      LeaderId owner,
      List<MeetingId> treatedIn,
      CaseStatus status,
      Instant now) {
    CaseId caseId = new CaseId(id);
    cases.save(new PoliticalCase(caseId, TENANT, title, number, owner, treatedIn, status, now));
    for (MeetingId meetingId : treatedIn) {
      meetings
          .findById(TENANT, meetingId)
          .ifPresent(
              m -> {
                List<AgendaItem> agenda = new java.util.ArrayList<>(m.agenda());
                agenda.add(new AgendaItem(String.valueOf(agenda.size() + 1), title, caseId));
                meetings.save(
                    new Meeting(
                        m.id(), m.tenantId(), m.bodyId(), m.title(), m.start(), m.end(), agenda));
              });
    }
  }
}
