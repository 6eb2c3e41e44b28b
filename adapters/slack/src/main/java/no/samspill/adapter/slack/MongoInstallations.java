package no.samspill.adapter.slack;

import com.slack.api.bolt.model.Bot;
import com.slack.api.bolt.model.Installer;
import com.slack.api.bolt.model.builtin.DefaultBot;
import com.slack.api.bolt.model.builtin.DefaultInstaller;
import com.slack.api.bolt.service.InstallationService;
import com.slack.api.bolt.util.JsonOps;
import java.time.Instant;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** Bolt's installations in MongoDB: one document per workspace, holding the latest install. */
final class MongoInstallations implements InstallationService {

  static final String COLLECTION = "slack_installations";

  private final MongoTemplate mongo;

  MongoInstallations(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  static String key(String enterpriseId, String teamId) {
    return (enterpriseId == null ? "" : enterpriseId) + "|" + (teamId == null ? "" : teamId);
  }

  @Override
  public boolean isHistoricalDataEnabled() {
    return false;
  }

  @Override
  public void setHistoricalDataEnabled(boolean enabled) {
    // Only the latest installation of a workspace is kept.
  }

  @Override
  public void saveInstallerAndBot(Installer installer) {
    Update update =
        new Update()
            .set("teamId", installer.getTeamId())
            .set("enterpriseId", installer.getEnterpriseId())
            .set("installer", JsonOps.toJsonString(installer))
            .set("bot", JsonOps.toJsonString(installer.toBot()))
            .set("installedAt", Instant.ofEpochMilli(installer.getInstalledAt()));
    mongo.upsert(byKey(installer.getEnterpriseId(), installer.getTeamId()), update, COLLECTION);
  }

  @Override
  public void saveBot(Bot bot) {
    Update update =
        new Update()
            .set("teamId", bot.getTeamId())
            .set("enterpriseId", bot.getEnterpriseId())
            .set("bot", JsonOps.toJsonString(bot));
    mongo.upsert(byKey(bot.getEnterpriseId(), bot.getTeamId()), update, COLLECTION);
  }

  @Override
  public void deleteBot(Bot bot) {
    mongo.updateFirst(
        byKey(bot.getEnterpriseId(), bot.getTeamId()), new Update().unset("bot"), COLLECTION);
  }

  @Override
  public void deleteInstaller(Installer installer) {
    mongo.remove(byKey(installer.getEnterpriseId(), installer.getTeamId()), COLLECTION);
  }

  @Override
  public void deleteAll(String enterpriseId, String teamId) {
    mongo.remove(byKey(enterpriseId, teamId), COLLECTION);
  }

  @Override
  public Bot findBot(String enterpriseId, String teamId) {
    String json = field(enterpriseId, teamId, "bot");
    return json == null ? null : JsonOps.fromJson(json, DefaultBot.class);
  }

  @Override
  public Installer findInstaller(String enterpriseId, String teamId, String userId) {
    String json = field(enterpriseId, teamId, "installer");
    return json == null ? null : JsonOps.fromJson(json, DefaultInstaller.class);
  }

  private String field(String enterpriseId, String teamId, String name) {
    Document found = mongo.findOne(byKey(enterpriseId, teamId), Document.class, COLLECTION);
    return found == null ? null : found.getString(name);
  }

  private static Query byKey(String enterpriseId, String teamId) {
    return Query.query(Criteria.where("_id").is(key(enterpriseId, teamId)));
  }
}
