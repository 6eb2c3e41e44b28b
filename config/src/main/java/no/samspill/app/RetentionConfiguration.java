package no.samspill.app;

import java.time.Clock;
import java.util.UUID;
import no.samspill.adapter.scheduling.RetentionProperties;
import no.samspill.core.casework.Follows;
import no.samspill.core.casework.Meetings;
import no.samspill.core.catalogue.PromptCatalogue;
import no.samspill.core.conversation.Conversations;
import no.samspill.core.delivery.ChannelRouter;
import no.samspill.core.digest.ComposeWeeklyDigest;
import no.samspill.core.digest.DigestPosts;
import no.samspill.core.digest.KnownPoliticians;
import no.samspill.core.digest.Summariser;
import no.samspill.core.directory.Leaders;
import no.samspill.core.directory.PlatformReferences;
import no.samspill.core.directory.Tenants;
import no.samspill.core.privacy.AuditLog;
import no.samspill.core.reflection.Reflections;
import no.samspill.core.retention.ChangeRetentionPolicy;
import no.samspill.core.retention.ExportSharedMaterial;
import no.samspill.core.retention.PurgeExpiredData;
import no.samspill.core.retention.PurgeRuns;
import no.samspill.core.retention.RetentionPolicies;
import no.samspill.core.schedule.NudgeReasons;
import no.samspill.core.schedule.Nudges;
import no.samspill.core.schedule.SchedulePolicies;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Builds the retention purge and the change of its policy, the tenant export of shared material and
 * erasure's reach.
 */
@Configuration(proxyBeanMethods = false)
class RetentionConfiguration {

  /** Each instance claims a day's purge under its own name. */
  private final String instance = "samspill-" + UUID.randomUUID().toString().substring(0, 8);

  @Bean
  PurgeExpiredData purgeExpiredData(
      Tenants tenants,
      RetentionPolicies policies,
      PurgeRuns runs,
      PurgeExpiredData.Stores stores,
      NudgeReasons reasons,
      RetentionProperties properties,
      Clock clock) {
    return new PurgeExpiredData(
        tenants,
        policies,
        runs,
        stores,
        reasons,
        new PurgeExpiredData.Settings(instance, properties.lease()),
        clock);
  }

  @Bean
  ChangeRetentionPolicy changeRetentionPolicy(RetentionPolicies policies) {
    return new ChangeRetentionPolicy(policies);
  }

  @Bean
  PurgeExpiredData.Stores purgedStores(
      Leaders leaders,
      Reflections reflections,
      Conversations conversations,
      DigestPosts digests,
      Nudges nudges,
      AuditLog audit) {
    return new PurgeExpiredData.Stores(leaders, reflections, conversations, digests, nudges, audit);
  }

  @Bean
  NudgeReasons nudgeReasons(
      Nudges nudges, Reflections reflections, Meetings meetings, Follows follows) {
    return new NudgeReasons(nudges, reflections, meetings, follows);
  }

  @Bean
  ExportSharedMaterial exportSharedMaterial(
      Reflections reflections,
      Leaders leaders,
      Nudges nudges,
      SchedulePolicies schedules,
      KnownPoliticians politicians,
      PromptCatalogue catalogue,
      Summariser summariser,
      DigestPosts digests,
      RetentionPolicies retention,
      Clock clock) {
    return new ExportSharedMaterial(
        reflections,
        new ComposeWeeklyDigest(
            reflections, leaders, nudges, schedules, politicians, catalogue, summariser),
        digests,
        schedules,
        retention,
        clock);
  }

  /** Looked up when used: the platforms' channels are built after the engine that erases. */
  @Bean
  PlatformReferences platformReferences(ObjectProvider<ChannelRouter> router) {
    return identity -> router.getObject().forget(identity);
  }
}
