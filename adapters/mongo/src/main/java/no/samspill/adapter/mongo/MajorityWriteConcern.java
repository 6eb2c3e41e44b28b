package no.samspill.adapter.mongo;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.WriteConcern;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.core.Ordered;

/**
 * On an external MongoDB a write is acknowledged once a majority of the replica set has it in its
 * journal, so an acknowledged answer survives a crash or a fail-over of the primary. A {@code w} in
 * MONGODB_URI wins; the URI's {@code journal} and {@code wtimeoutMS} are kept.
 */
final class MajorityWriteConcern implements MongoClientSettingsBuilderCustomizer, Ordered {

  private final ConnectionString uri;

  MajorityWriteConcern(ConnectionString uri) {
    this.uri = uri;
  }

  @Override
  public void customize(MongoClientSettings.Builder settings) {
    settings.writeConcern(of(uri));
  }

  private static WriteConcern of(ConnectionString uri) {
    WriteConcern given =
        uri.getWriteConcern() == null ? WriteConcern.ACKNOWLEDGED : uri.getWriteConcern();
    if (given.getWObject() != null) {
      return given;
    }
    WriteConcern majority = given.withW(WriteConcern.MAJORITY.getWString());
    return majority.getJournal() == null ? majority.withJournal(true) : majority;
  }

  /** After Boot's own customizer, which applies the URI's settings. */
  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
