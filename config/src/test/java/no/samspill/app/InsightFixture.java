package no.samspill.app;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import no.samspill.core.directory.Leader;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.directory.Leaders;
import no.samspill.core.directory.Tenant;
import no.samspill.core.directory.TenantErasure;
import no.samspill.core.directory.TenantId;
import no.samspill.core.directory.Tenants;
import no.samspill.core.language.Language;
import no.samspill.core.reflection.Answer;
import no.samspill.core.reflection.Phase;
import no.samspill.core.reflection.Reflection;
import no.samspill.core.reflection.Reflections;
import no.samspill.core.reflection.ShareChoice;
import no.samspill.core.schedule.SchedulePolicies;
import no.samspill.core.schedule.SchedulePolicy;

/**
 * A municipality of the insight tests' own, with a coordinator and leaders, so that seeding and
 * erasing it never touches the sample municipality other tests share the database with.
 */
final class InsightFixture {

  final TenantId tenant;
  final String coordinatorEmail;
  final List<LeaderId> leaders = new ArrayList<>();
  private final Tenants tenants;
  private final Leaders directory;
  private final Reflections reflections;
  private final SchedulePolicies policies;
  private final TenantErasure erasure;

  InsightFixture(
      String name,
      Tenants tenants,
      Leaders directory,
      Reflections reflections,
      SchedulePolicies policies,
      TenantErasure erasure) {
    this.tenant = TenantId.random();
    this.coordinatorEmail = "koordinator@" + tenant.value() + ".kommune.no";
    this.tenants = tenants;
    this.directory = directory;
    this.reflections = reflections;
    this.policies = policies;
    this.erasure = erasure;
    Instant now = Instant.now();
    tenants.save(new Tenant(tenant, name, Language.NB, null, now));
    directory.save(leader("coordinator", "Koordinator " + name, coordinatorEmail, true, now));
  }

  /** Adds leaders up to the given number, named "Leder 1", "Leder 2", … */
  InsightFixture withLeaders(int count) {
    Instant now = Instant.now();
    while (leaders.size() < count) {
      int n = leaders.size() + 1;
      Leader leader = leader("leader-" + n, "Leder " + n, null, false, now);
      directory.save(leader);
      leaders.add(leader.id());
    }
    return this;
  }

  InsightFixture withThreshold(int k) {
    policies.save(SchedulePolicy.defaults(tenant).withAnonymityThreshold(k));
    return this;
  }

  /** A completed reflection after a meeting: its trust answer, approach used and lesson. */
  void afterMeeting(LeaderId leader, Instant at, ShareChoice share, int trust, String lesson) {
    complete(
        leader,
        Phase.POST,
        at,
        share,
        Answer.scale("post.trust", "TRUST_CHANGE", trust, at),
        Answer.option("post.approach", "CONFLICT_USED", "collaborating", at),
        Answer.text("post.lesson", "LESSON", lesson, at));
  }

  void beforeMeeting(LeaderId leader, Instant at, String approach) {
    complete(
        leader,
        Phase.PRE,
        at,
        ShareChoice.ANONYMOUS,
        Answer.option("pre.approach", "CONFLICT_PLANNED", approach, at));
  }

  void followUp(LeaderId leader, Instant at, String used) {
    complete(
        leader,
        Phase.FOLLOW_UP,
        at,
        ShareChoice.ANONYMOUS,
        Answer.option("followup.used", "LESSON_USED", used, at));
  }

  void complete(LeaderId leader, Phase phase, Instant at, ShareChoice share, Answer... answers) {
    Reflection r =
        Reflection.start(
            tenant,
            leader,
            phase,
            phase.name().toLowerCase(java.util.Locale.ROOT),
            1,
            null,
            null,
            "a",
            at);
    for (int i = 0; i < answers.length - 1; i++) {
      r = r.answered(answers[i], "a", at);
    }
    reflections.save(r.completed(answers[answers.length - 1], share, at));
  }

  /** Everything stored for the fixture's municipality goes. */
  void erase() {
    erasure.erase(tenant);
  }

  private Leader leader(String id, String name, String email, boolean coordinator, Instant now) {
    return new Leader(
        new LeaderId(tenant.value() + "-" + id),
        tenant,
        name,
        "Enhetsleder",
        email,
        Language.NB,
        null,
        coordinator,
        List.of(),
        now);
  }
}
