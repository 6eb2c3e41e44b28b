package no.samspill.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP proxy in front of a database that can stop forwarding ({@link #hang()}: connections are
 * accepted, bytes go nowhere, as with a stopped server) or die ({@link #die()}: every connection is
 * closed and new ones are refused), and then forward again on the same port.
 */
public final class DatabaseProxy implements AutoCloseable {

  private enum Mode {
    FORWARD,
    HANG,
    DEAD
  }

  private final InetSocketAddress target;
  private final int port;
  private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
  private final Object gate = new Object();
  private volatile Mode mode = Mode.FORWARD;
  private volatile ServerSocket listener;

  private DatabaseProxy(InetSocketAddress target) throws IOException {
    this.target = target;
    this.listener = listen(0);
    this.port = listener.getLocalPort();
  }

  public static DatabaseProxy to(InetSocketAddress target) throws IOException {
    return new DatabaseProxy(target);
  }

  public int port() {
    return port;
  }

  public void hang() {
    synchronized (gate) {
      mode = Mode.HANG;
    }
  }

  public void die() {
    synchronized (gate) {
      mode = Mode.DEAD;
      gate.notifyAll();
    }
    closeQuietly(listener);
    sockets.forEach(DatabaseProxy::closeQuietly);
  }

  public void forward() throws IOException {
    boolean wasDead;
    synchronized (gate) {
      wasDead = mode == Mode.DEAD;
      mode = Mode.FORWARD;
      gate.notifyAll();
    }
    if (wasDead) {
      listener = listen(port);
    }
  }

  @Override
  public void close() {
    die();
  }

  private ServerSocket listen(int onPort) throws IOException {
    ServerSocket server = new ServerSocket();
    server.setReuseAddress(true);
    server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), onPort));
    daemon("proxy-accept", () -> accept(server));
    return server;
  }

  private void accept(ServerSocket server) {
    while (!server.isClosed()) {
      try {
        Socket client = server.accept();
        Socket upstream = new Socket(target.getAddress(), target.getPort());
        sockets.add(client);
        sockets.add(upstream);
        daemon("proxy-up", () -> pump(client, upstream));
        daemon("proxy-down", () -> pump(upstream, client));
      } catch (IOException closed) {
        return;
      }
    }
  }

  /** Copies bytes one way; while hung, holds what it read; when dead, closes both ends. */
  private void pump(Socket from, Socket to) {
    byte[] buffer = new byte[16 * 1024];
    try (InputStream in = from.getInputStream();
        OutputStream out = to.getOutputStream()) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        if (!mayForward()) {
          break;
        }
        out.write(buffer, 0, n);
        out.flush();
      }
    } catch (IOException | InterruptedException closed) {
      // one side went away: so does the other
    } finally {
      closeQuietly(from);
      closeQuietly(to);
      sockets.remove(from);
      sockets.remove(to);
    }
  }

  private boolean mayForward() throws InterruptedException {
    synchronized (gate) {
      while (mode == Mode.HANG) {
        gate.wait();
      }
      return mode == Mode.FORWARD;
    }
  }

  private static void daemon(String name, Runnable task) {
    Thread thread = new Thread(task, name);
    thread.setDaemon(true);
    thread.start();
  }

  private static void closeQuietly(AutoCloseable closeable) {
    try {
      closeable.close();
    } catch (Exception ignored) {
      // already closed
    }
  }
}
