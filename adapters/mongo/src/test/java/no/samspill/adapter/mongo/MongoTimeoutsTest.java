package no.samspill.adapter.mongo;

import static java.util.concurrent.TimeUnit.MILLISECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class MongoTimeoutsTest {

  @Test
  void boundsConnectingSelectingAndEachOperationByDefault() {
    MongoClientSettings.Builder builder =
        MongoClientSettings.builder()
            .applyConnectionString(new ConnectionString("mongodb://db.example:27017/samspill"));

    new MongoTimeouts(new MongoTimeoutProperties(null, null, null, null)).customize(builder);
    MongoClientSettings settings = builder.build();

    assertThat(settings.getSocketSettings().getConnectTimeout(MILLISECONDS)).isEqualTo(2000);
    assertThat(settings.getClusterSettings().getServerSelectionTimeout(MILLISECONDS))
        .isEqualTo(3000);
    assertThat(settings.getTimeout(MILLISECONDS)).isEqualTo(5000);
  }

  @Test
  void takesItsSettingsOverTheUris() {
    MongoClientSettings.Builder builder =
        MongoClientSettings.builder()
            .applyConnectionString(
                new ConnectionString(
                    "mongodb://db.example:27017/?timeoutMS=60000&connectTimeoutMS=30000"));

    new MongoTimeouts(
            new MongoTimeoutProperties(
                Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(8), null))
        .customize(builder);
    MongoClientSettings settings = builder.build();

    assertThat(settings.getTimeout(MILLISECONDS)).isEqualTo(8000);
    assertThat(settings.getSocketSettings().getConnectTimeout(MILLISECONDS)).isEqualTo(500);
  }
}
