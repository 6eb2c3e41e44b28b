package no.samspill.adapter.mongo;

import com.mongodb.ConnectionString;
import de.bwaldvogel.mongo.MongoServer;
import java.time.Clock;
import java.time.Duration;
import no.samspill.core.casework.Follows;
import no.samspill.core.conversation.Conversations;
import no.samspill.core.delivery.SharedBudgets;
import no.samspill.core.digest.DigestPosts;
import no.samspill.core.digest.PairingOptIns;
import no.samspill.core.digest.PoliticianRegister;
import no.samspill.core.directory.DigestChannels;
import no.samspill.core.directory.LeaderActivity;
import no.samspill.core.directory.Leaders;
import no.samspill.core.directory.TenantErasure;
import no.samspill.core.directory.Tenants;
import no.samspill.core.imports.ImportRuns;
import no.samspill.core.imports.ImportSources;
import no.samspill.core.privacy.AuditLog;
import no.samspill.core.reflection.Reflections;
import no.samspill.core.retention.PurgeRuns;
import no.samspill.core.retention.RetentionPolicies;
import no.samspill.core.schedule.Nudges;
import no.samspill.core.schedule.SchedulePolicies;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;

/**
 * Wires the storage ports to MongoDB, starting the embedded server when no URI is given; every call
 * is bounded in time and an outage reaches the core as StorageUnavailableException.
 */
@AutoConfiguration(before = MongoAutoConfiguration.class)
@EnableConfigurationProperties({MongoStorageProperties.class, MongoTimeoutProperties.class})
public class MongoStorageAutoConfiguration {

  @Bean(destroyMethod = "shutdownNow")
  @ConditionalOnExpression("'${samspill.mongodb.uri:}'.isBlank()")
  MongoServer embeddedMongoServer(MongoStorageProperties properties) {
    return EmbeddedMongo.start(properties);
  }

  @Bean
  MongoConnectionDetails mongoConnectionDetails(
      MongoStorageProperties properties, ObjectProvider<MongoServer> embedded) {
    String uri =
        properties.useEmbedded()
            ? "mongodb://127.0.0.1:"
                + embedded.getObject().getLocalAddress().getPort()
                + "/"
                + properties.database()
            : properties.uri();
    ConnectionString connection = new ConnectionString(uri);
    return () -> connection;
  }

  @Bean
  @ConditionalOnExpression("!'${samspill.mongodb.uri:}'.isBlank()")
  MajorityWriteConcern majorityWriteConcern(MongoConnectionDetails connection) {
    return new MajorityWriteConcern(connection.getConnectionString());
  }

  @Bean
  MongoTimeouts mongoTimeouts(MongoTimeoutProperties timeouts) {
    return new MongoTimeouts(timeouts);
  }

  @Bean
  static StorageOutages storageOutages() {
    return new StorageOutages();
  }

  @Bean
  MongoCustomConversions mongoCustomConversions() {
    return IdConversions.customConversions();
  }

  @Bean
  MongoIndexes mongoIndexes(MongoTemplate mongo) {
    // Before the indexes, which would create the collection it looks for.
    LeaderActivityBackfill.run(mongo);
    MongoIndexes indexes = new MongoIndexes(mongo);
    SharedWeekMigration.run(mongo);
    return indexes;
  }

  @Bean
  Tenants tenants(MongoTemplate mongo) {
    return new MongoTenants(mongo);
  }

  @Bean
  ServerTraits serverTraits(MongoTemplate mongo, MongoStorageProperties properties) {
    return ServerTraits.of(mongo, properties.useEmbedded());
  }

  @Bean
  Leaders leaders(MongoTemplate mongo, ServerTraits server) {
    return new MongoLeaders(mongo, server);
  }

  @Bean
  LeaderActivity leaderActivity(MongoTemplate mongo) {
    return new MongoLeaderActivity(mongo);
  }

  @Bean
  MongoCasework casework(MongoTemplate mongo) {
    return new MongoCasework(mongo);
  }

  @Bean
  Reflections reflections(MongoTemplate mongo, ServerTraits server) {
    return new MongoReflections(mongo, server);
  }

  @Bean
  Conversations conversations(MongoTemplate mongo, ServerTraits server) {
    return new MongoConversations(mongo, server);
  }

  @Bean
  AuditLog auditLog(MongoTemplate mongo) {
    return new MongoAuditLog(mongo);
  }

  @Bean
  Nudges nudges(MongoTemplate mongo, ServerTraits server, ObjectProvider<Clock> clock) {
    return new MongoNudges(mongo, server, clock.getIfUnique(Clock::systemUTC));
  }

  @Bean
  SchedulePolicies schedulePolicies(MongoTemplate mongo) {
    return new MongoSchedulePolicies(mongo);
  }

  @Bean
  DigestPosts digestPosts(MongoTemplate mongo) {
    return new MongoDigestPosts(mongo);
  }

  @Bean
  PairingOptIns pairingOptIns(MongoTemplate mongo) {
    return new MongoPairingOptIns(mongo);
  }

  @Bean
  PoliticianRegister knownPoliticians(MongoTemplate mongo) {
    return new MongoKnownPoliticians(mongo);
  }

  @Bean
  Follows follows(MongoTemplate mongo) {
    return new MongoFollows(mongo);
  }

  @Bean
  DigestChannels digestChannels(MongoTemplate mongo) {
    return new MongoDigestChannels(mongo);
  }

  @Bean
  RetentionPolicies retentionPolicies(MongoTemplate mongo) {
    return new MongoRetentionPolicies(mongo);
  }

  @Bean
  SharedBudgets.Senders budgetSenders(MongoTemplate mongo) {
    return new MongoBudgetSenders(mongo);
  }

  @Bean
  PurgeRuns purgeRuns(MongoTemplate mongo) {
    return new MongoPurgeRuns(mongo);
  }

  @Bean
  ImportSources importSources(MongoTemplate mongo) {
    return new MongoImportSources(mongo);
  }

  @Bean
  ImportRuns importRuns(MongoTemplate mongo) {
    return new MongoImportRuns(mongo);
  }

  @Bean
  TenantErasure tenantErasure(MongoTemplate mongo) {
    return new MongoTenantErasure(mongo);
  }

  /**
   * The console's sessions; their idle timeout is the servlet session timeout
   * (SAMSPILL_CONSOLE_IDLE_TIMEOUT), which the console's sessions use instead of the container's.
   */
  @Bean(destroyMethod = "close")
  MongoConsoleSessions consoleSessions(
      MongoTemplate mongo,
      ObjectProvider<Clock> clock,
      @Value("${server.servlet.session.timeout:30m}") Duration idleTimeout) {
    MongoConsoleSessions sessions =
        new MongoConsoleSessions(mongo, clock.getIfUnique(Clock::systemUTC), idleTimeout);
    sessions.cleanUpEvery(Duration.ofMinutes(1));
    return sessions;
  }
}
