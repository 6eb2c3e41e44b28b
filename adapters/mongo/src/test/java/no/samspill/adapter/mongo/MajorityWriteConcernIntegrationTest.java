package no.samspill.adapter.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.LazyInitializationBeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The write concern the MongoDB client is built with, on an external server and embedded. */
class MajorityWriteConcernIntegrationTest {

  // Lazy, so nothing talks to the (absent) server: only the client's settings are read.
  private final ApplicationContextRunner app =
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  MongoStorageAutoConfiguration.class,
                  MongoAutoConfiguration.class,
                  DataMongoAutoConfiguration.class))
          .withBean(LazyInitializationBeanFactoryPostProcessor.class);

  @Test
  void externalServerAcknowledgesWritesOnceAMajorityHasJournaledThem() {
    app.withPropertyValues("samspill.mongodb.uri=mongodb://127.0.0.1:1/samspill")
        .run(
            context ->
                assertThat(writeConcernOf(context.getBean(MongoClient.class)))
                    .isEqualTo(WriteConcern.MAJORITY.withJournal(true)));
  }

  @Test
  void aWriteConcernInTheUriWins() {
    app.withPropertyValues("samspill.mongodb.uri=mongodb://127.0.0.1:1/samspill?w=1")
        .run(
            context ->
                assertThat(writeConcernOf(context.getBean(MongoClient.class)))
                    .isEqualTo(WriteConcern.W1));
  }

  @Test
  void theUrisJournalAndTimeoutAreKeptWithMajority() {
    app.withPropertyValues(
            "samspill.mongodb.uri=mongodb://127.0.0.1:1/samspill?journal=false&wtimeoutMS=2000")
        .run(
            context ->
                assertThat(writeConcernOf(context.getBean(MongoClient.class)))
                    .isEqualTo(
                        WriteConcern.MAJORITY
                            .withJournal(false)
                            .withWTimeout(2000, TimeUnit.MILLISECONDS)));
  }

  @Test
  void embeddedServerLeavesTheDriverDefault() {
    app.withPropertyValues("samspill.mongodb.embedded-file=memory")
        .run(
            context -> {
              assertThat(context).doesNotHaveBean(MajorityWriteConcern.class);
              assertThat(writeConcernOf(context.getBean(MongoClient.class)))
                  .isEqualTo(WriteConcern.ACKNOWLEDGED);
            });
  }

  private static WriteConcern writeConcernOf(MongoClient client) {
    return client.getDatabase("samspill").getWriteConcern();
  }
}
