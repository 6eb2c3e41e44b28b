package no.samspill.app;

import com.mongodb.ServerAddress;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;

/**
 * The server a test puts a proxy in front of: MONGODB_URI's (its first host) when set, so the
 * outage tests run on the real server too, else an embedded one in memory, stopped on close.
 */
public final class TestDatabase implements AutoCloseable {

  private final InetSocketAddress address;
  private final MongoServer embedded;

  private TestDatabase(InetSocketAddress address, MongoServer embedded) {
    this.address = address;
    this.embedded = embedded;
  }

  /**
   * MONGODB_URI as the app sees it: a system property (the Testcontainers run sets one) before the
   * environment; null when neither is set.
   */
  public static String externalUri() {
    String uri = System.getProperty("MONGODB_URI", System.getenv("MONGODB_URI"));
    return uri == null || uri.isBlank() ? null : uri;
  }

  public static TestDatabase start() {
    String uri = externalUri();
    if (uri != null) {
      ServerAddress first =
          new ServerAddress(new com.mongodb.ConnectionString(uri).getHosts().get(0));
      return new TestDatabase(new InetSocketAddress(first.getHost(), first.getPort()), null);
    }
    MongoServer server = new MongoServer(new MemoryBackend());
    server.bind("127.0.0.1", 0);
    return new TestDatabase(server.getLocalAddress(), server);
  }

  public InetSocketAddress address() {
    return address;
  }

  @Override
  public void close() {
    if (embedded != null) {
      embedded.shutdownNow();
    }
  }
}
