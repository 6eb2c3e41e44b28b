package no.samspill.core.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.samspill.core.directory.ChatIdentity;
import no.samspill.core.directory.Leader;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.directory.Tenant;
import no.samspill.core.directory.TenantId;
import no.samspill.core.language.Language;
import no.samspill.core.reflection.Phase;
import no.samspill.core.reflection.ShareChoice;
import no.samspill.core.testing.ChatHarness;
import no.samspill.core.testing.InMemoryPorts;
import no.samspill.core.testing.ReflectionBuilder;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/**
 * Tries to break tenant isolation with random data: several tenants whose leaders share and keep
 * private random lessons carrying a marker of their tenant. A digest may only ever show markers of
 * its own tenant, and only from shared reflections of its own week.
 */
class TenantIsolationPropertyTest {

  private static final Pattern MARKER = Pattern.compile("mrk([a-z]+)x(\\d+)x(shared|private)");
  private static final String[] MODES = {
    "competing", "collaborating", "compromising", "avoiding", "accommodating"
  };

  @RepeatedTest(50)
  void aDigestNeverShowsAnotherTenantsOrAPrivateLesson(RepetitionInfo repetition) {
    Random random = new Random(repetition.getCurrentRepetition() * 7919L);
    ChatHarness chat = new ChatHarness();
    InMemoryPorts store = chat.store();
    List<TenantId> tenants = new ArrayList<>();
    java.util.Map<TenantId, Integer> sharedLessons = new java.util.HashMap<>();
    int tenantCount = 2 + random.nextInt(3);
    for (int t = 0; t < tenantCount; t++) {
      TenantId tenant = new TenantId("t" + (char) ('a' + t));
      tenants.add(tenant);
      store.ensureTenant(tenant, ChatHarness.START);
      int leaders = 1 + random.nextInt(6);
      for (int l = 0; l < leaders; l++) {
        Leader leader = leader(tenant, l, random);
        store.leaders().save(leader);
        int reflections = random.nextInt(4);
        for (int r = 0; r < reflections; r++) {
          ShareChoice share = ShareChoice.values()[random.nextInt(3)];
          if (share != ShareChoice.PRIVATE) {
            sharedLessons.merge(tenant, 1, Integer::sum);
          }
          String marker =
              "mrk"
                  + tenant.value()
                  + "x"
                  + random.nextInt(1000)
                  + "x"
                  + (share == ShareChoice.PRIVATE ? "private" : "shared");
          chat.hasReflection(
              ReflectionBuilder.aReflection()
                  .by(leader)
                  .in(Phase.POST)
                  .sharing(share)
                  .lesson("Lærdom " + marker + " om saken")
                  .trustMoved(1 + random.nextInt(5))
                  .usedApproach(MODES[random.nextInt(MODES.length)])
                  .startedAt(ChatHarness.START.plus(Duration.ofHours(random.nextInt(96)))));
        }
      }
    }
    ComposeWeeklyDigest compose =
        new ComposeWeeklyDigest(
            store.reflections(),
            store.leaders(),
            store.nudges(),
            store.schedulePolicies(),
            t -> List.of(),
            chat.catalogue(),
            new ExtractiveSummariser());
    DigestText text = new DigestText(chat.catalogue());

    for (TenantId tenantId : tenants) {
      Tenant tenant = store.tenants().findById(tenantId).orElseThrow();
      Digest digest =
          compose.compose(tenant, DigestWeek.containing(ChatHarness.START, tenant.timeZone()));
      assertThat(digest.tenantId()).isEqualTo(tenantId);
      String rendered = text.render(digest, Language.NB).asText();
      Matcher found = MARKER.matcher(rendered);
      int seen = 0;
      while (found.find()) {
        seen++;
        assertThat(found.group(1))
            .as("tenant of a marker in %s's digest", tenantId)
            .isEqualTo(tenantId.value());
        assertThat(found.group(3)).as("a private lesson in the digest").isEqualTo("shared");
      }
      // Guards the property against passing vacuously: shared lessons do show up.
      if (sharedLessons.getOrDefault(tenantId, 0) > 0) {
        assertThat(seen).as("own shared lessons in %s's digest", tenantId).isPositive();
      }
    }
  }

  private static Leader leader(TenantId tenant, int number, Random random) {
    LeaderId id = new LeaderId(tenant.value() + "-leader-" + number);
    return new Leader(
        id,
        tenant,
        "Leder " + number,
        random.nextBoolean() ? "Enhetsleder" : null,
        null,
        Language.NB,
        null,
        false,
        List.of(new ChatIdentity("web", tenant.value(), id.value())),
        ChatHarness.START);
  }
}
