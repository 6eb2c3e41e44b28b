package no.samspill.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import no.samspill.core.schedule.PlanNudges;
import no.samspill.core.schedule.SchedulePolicies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Ready means ready: while the start-up re-plan of the stored tenants is still running, readiness
 * and the overall health say 503, and the app reports ready only once it has finished.
 */
class ReadinessAfterStartupIntegrationTest {

  private static final Duration STARTUP = Duration.ofSeconds(90);

  @TempDir static Path dir;
  static final HttpClient http = HttpClient.newHttpClient();

  private final CountDownLatch replanning = new CountDownLatch(1);
  private final CountDownLatch ready = new CountDownLatch(1);
  private final AtomicBoolean replanFinishedFirstStep = new AtomicBoolean();
  private final AtomicBoolean replanFinishedWhenReady = new AtomicBoolean();

  @Test
  void reportsReadyOnlyAfterTheStartUpReplanOfTheStoredTenants() throws Exception {
    Path data = dir.resolve("restart.mv");
    String database = TestApp.newDatabase();
    // The first run stores the sample municipality; on the second, only the start-up re-plan
    // plans its nudges (the sample data is there already).
    TestApp.start(data, database).close();
    int port = freePort();
    String base = "http://localhost:" + port;

    CompletableFuture<ConfigurableApplicationContext> starting =
        CompletableFuture.supplyAsync(
            () ->
                new SpringApplicationBuilder(SamspillApplication.class)
                    .initializers(
                        context -> context.getBeanFactory().addBeanPostProcessor(slowReplan()))
                    .listeners(readiness())
                    .run(TestApp.args(data.toString(), database, "server.port=" + port)));
    try {
      assertThat(replanning.await(STARTUP.toSeconds(), TimeUnit.SECONDS))
          .as("the start-up re-plan ran")
          .isTrue();

      assertThat(status(base + "/actuator/health/readiness")).isEqualTo(503);
      assertThat(status(base + "/actuator/health")).isEqualTo(503);
      assertThat(status(base + "/actuator/health/liveness")).isEqualTo(200);

      try (ConfigurableApplicationContext app =
          starting.get(STARTUP.toSeconds(), TimeUnit.SECONDS)) {
        assertThat(replanFinishedWhenReady).as("re-plan finished when ready was reported").isTrue();
        assertThat(status(base + "/actuator/health/readiness")).isEqualTo(200);
        assertThat(status(base + "/actuator/health")).isEqualTo(200);
        assertThat(body(base + "/api/web/tenants")).contains("Fjordvik kommune");
      }
    } finally {
      starting.thenAccept(ConfigurableApplicationContext::close);
    }
  }

  /**
   * The re-plan's first lookup waits until the app says it is ready, or at most 5 s: an app that
   * reports ready before its re-plan has finished is caught with its re-plan still waiting.
   */
  private BeanPostProcessor slowReplan() {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String name) {
        if (!(bean instanceof SchedulePolicies policies)) {
          return bean;
        }
        return Proxy.newProxyInstance(
            SchedulePolicies.class.getClassLoader(),
            new Class<?>[] {SchedulePolicies.class},
            (proxy, method, args) -> {
              if (insideReplan() && replanning.getCount() > 0) {
                replanning.countDown();
                ready.await(5, TimeUnit.SECONDS);
                replanFinishedFirstStep.set(true);
              }
              try {
                return method.invoke(policies, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
      }
    };
  }

  private ApplicationListener<AvailabilityChangeEvent<?>> readiness() {
    return event -> {
      if (event.getState() == ReadinessState.ACCEPTING_TRAFFIC) {
        replanFinishedWhenReady.set(replanFinishedFirstStep.get());
        ready.countDown();
      }
    };
  }

  private static boolean insideReplan() {
    return StackWalker.getInstance()
        .walk(
            frames ->
                frames.anyMatch(
                    f ->
                        f.getClassName().equals(PlanNudges.class.getName())
                            && f.getMethodName().equals("replan")));
  }

  private static int freePort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static int status(String url) throws Exception {
    return send(url).statusCode();
  }

  private static String body(String url) throws Exception {
    return send(url).body();
  }

  private static HttpResponse<String> send(String url) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
