package no.samspill.core.testing;

import java.time.Clock;
import java.time.Instant;
import no.samspill.core.conversation.ConversationEngine;
import no.samspill.core.directory.Tenant;
import no.samspill.core.directory.TenantId;
import no.samspill.core.language.Language;
import no.samspill.core.privacy.PersonalDataFormat;
import no.samspill.core.schedule.NudgeReasons;
import no.samspill.core.schedule.PlanNudges;
import no.samspill.core.schedule.PublicHolidays;

/** One set of in-memory ports, shared by every engine a test builds over them. */
public final class InMemoryPorts {

  private final InMemoryTenants tenants = new InMemoryTenants();
  private final InMemoryLeaders leaders = new InMemoryLeaders();
  private final InMemoryLeaderActivity leaderActivity = new InMemoryLeaderActivity();
  private final InMemoryPoliticalBodies bodies = new InMemoryPoliticalBodies();
  private final InMemoryMeetings meetings = new InMemoryMeetings();
  private final InMemoryCases cases = new InMemoryCases();
  private final InMemoryReflections reflections = new InMemoryReflections();
  private final InMemoryConversations conversations = new InMemoryConversations();
  private final InMemoryAuditLog audit = new InMemoryAuditLog();
  private final InMemoryDigestChannels digestChannels = new InMemoryDigestChannels();
  private final InMemoryNudges nudges = new InMemoryNudges();
  private final InMemoryPairingOptIns pairingOptIns = new InMemoryPairingOptIns();
  private final InMemoryDigestPosts digestPosts = new InMemoryDigestPosts();
  private final java.util.Map<TenantId, java.util.List<String>> politicians =
      new java.util.concurrent.ConcurrentHashMap<>();
  private final InMemoryFollows follows = new InMemoryFollows();
  private final InMemorySchedulePolicies schedulePolicies = new InMemorySchedulePolicies();
  private final java.util.List<no.samspill.core.directory.ChatIdentity> forgotten =
      new java.util.concurrent.CopyOnWriteArrayList<>();
  private final no.samspill.core.directory.PlatformReferences platformReferences = forgotten::add;

  /** The engine's ports; casework changes re-plan nudges at the given clock. */
  public ConversationEngine.Ports ports(PersonalDataFormat format, Clock clock) {
    return new ConversationEngine.Ports(
        tenants,
        leaders,
        leaderActivity,
        bodies,
        meetings,
        cases,
        follows,
        reflections,
        conversations,
        audit,
        format,
        digestChannels,
        nudges,
        planNudges(date -> false, clock),
        tenant -> politicians.getOrDefault(tenant, java.util.List.of()),
        new no.samspill.core.digest.ExtractiveSummariser(),
        pairingOptIns,
        new no.samspill.core.schedule.RemindLater(nudges, schedulePolicies, date -> false),
        digestPosts,
        schedulePolicies,
        platformReferences);
  }

  /** Whether each nudge's reason still holds, over these ports. */
  public NudgeReasons nudgeReasons() {
    return new NudgeReasons(nudges, reflections, meetings, follows);
  }

  /** The nudge planner over these ports, with the default schedule policy. */
  public PlanNudges planNudges(PublicHolidays holidays, Clock clock) {
    return new PlanNudges(
        new PlanNudges.Ports(leaders, cases, meetings, bodies, follows, reflections, nudges),
        schedulePolicies,
        holidays,
        clock);
  }

  public InMemorySchedulePolicies schedulePolicies() {
    return schedulePolicies;
  }

  public void ensureTenant(TenantId id, Instant now) {
    if (tenants.findById(id).isEmpty()) {
      tenants.save(new Tenant(id, id.value(), Language.NB, null, now));
    }
  }

  public InMemoryTenants tenants() {
    return tenants;
  }

  public InMemoryLeaders leaders() {
    return leaders;
  }

  public InMemoryLeaderActivity leaderActivity() {
    return leaderActivity;
  }

  public InMemoryPoliticalBodies bodies() {
    return bodies;
  }

  public InMemoryMeetings meetings() {
    return meetings;
  }

  public InMemoryCases cases() {
    return cases;
  }

  public InMemoryReflections reflections() {
    return reflections;
  }

  public InMemoryConversations conversations() {
    return conversations;
  }

  public InMemoryAuditLog audit() {
    return audit;
  }

  public InMemoryDigestChannels digestChannels() {
    return digestChannels;
  }

  /** The tenant's known politicians, whose names the digest masks. */
  public void hasPoliticians(TenantId tenant, String... names) {
    politicians.put(tenant, java.util.List.of(names));
  }

  public InMemoryDigestPosts digestPosts() {
    return digestPosts;
  }

  public InMemoryPairingOptIns pairingOptIns() {
    return pairingOptIns;
  }

  public InMemoryFollows follows() {
    return follows;
  }

  /** The chat identities whose platform references were forgotten, in order. */
  public java.util.List<no.samspill.core.directory.ChatIdentity> forgottenIdentities() {
    return java.util.List.copyOf(forgotten);
  }

  public InMemoryNudges nudges() {
    return nudges;
  }
}
