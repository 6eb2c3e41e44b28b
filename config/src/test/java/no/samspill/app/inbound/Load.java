package no.samspill.app.inbound;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed loop of concurrent clients: each sends its next request as soon as the last one was
 * answered. A warm-up first, not counted; then {@code requests} timed from send to response.
 */
final class Load {

  /** Latency percentiles in milliseconds, requests per second, and answers that were not 2xx. */
  record Figures(double p50, double p99, double max, double perSecond, int failed) {
    @Override
    public String toString() {
      return String.format(
          "p50 %6.2f ms  p99 %7.2f ms  max %7.1f ms  %6.0f req/s%s",
          p50, p99, max, perSecond, failed == 0 ? "" : "  FAILED " + failed);
    }
  }

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final int clients;

  Load(int clients) {
    this.clients = clients;
  }

  Figures drive(Clients.Traffic traffic, int warmUp, int requests) throws InterruptedException {
    long[] nanos = new long[requests];
    AtomicInteger next = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    AtomicLong start = new AtomicLong();
    CyclicBarrier measured =
        new CyclicBarrier(
            clients,
            () -> {
              failed.set(0);
              start.set(System.nanoTime());
            });
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      int client = c;
      Thread thread =
          new Thread(
              () -> {
                int step = 0;
                try {
                  for (int i = 0; i < warmUp / clients; i++) {
                    send(traffic, client, step++, failed);
                  }
                  measured.await();
                  for (int n = next.getAndIncrement(); n < requests; n = next.getAndIncrement()) {
                    long sent = System.nanoTime();
                    send(traffic, client, step++, failed);
                    nanos[n] = System.nanoTime() - sent;
                  }
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
              },
              "client-" + c);
      threads.add(thread);
      thread.start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    double seconds = (System.nanoTime() - start.get()) / 1e9;
    Arrays.sort(nanos);
    return new Figures(
        millis(nanos[requests / 2]),
        millis(nanos[(int) Math.ceil(requests * 0.99) - 1]),
        millis(nanos[requests - 1]),
        requests / seconds,
        failed.get());
  }

  private void send(Clients.Traffic traffic, int client, int step, AtomicInteger failed) {
    try {
      HttpResponse<Void> response =
          http.send(traffic.request(client, step), HttpResponse.BodyHandlers.discarding());
      if (response.statusCode() / 100 != 2) {
        failed.incrementAndGet();
      }
    } catch (java.io.IOException e) {
      failed.incrementAndGet();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static double millis(long nanos) {
    return nanos / 1e6;
  }
}
