package no.samspill.adapter.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.List;
import no.samspill.core.directory.ChannelAddress;
import no.samspill.core.directory.DigestChannels;
import no.samspill.core.directory.TenantId;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

final class MongoDigestChannels implements DigestChannels {

  static final String COLLECTION = "digest_channels";

  /** One platform's digest channel for a tenant; the id is tenant|platform. */
  record DigestChannel(String id, TenantId tenantId, ChannelAddress address) {}

  private final MongoTemplate mongo;

  MongoDigestChannels(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  @Override
  public List<ChannelAddress> find(TenantId tenant) {
    return mongo
        .find(Query.query(where("tenantId").is(tenant.value())), DigestChannel.class, COLLECTION)
        .stream()
        .map(DigestChannel::address)
        .toList();
  }

  @Override
  public void set(TenantId tenant, ChannelAddress address) {
    mongo.save(
        new DigestChannel(tenant.value() + "|" + address.channel(), tenant, address), COLLECTION);
  }
}
