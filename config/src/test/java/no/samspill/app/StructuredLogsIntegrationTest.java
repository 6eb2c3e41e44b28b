package no.samspill.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import no.samspill.core.conversation.Conversations;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.logging.LoggingSystemProperty;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * With LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs every log line is one JSON object, and a line written
 * during a chat turn carries the request's id and the leader's tenant, not the leader's name.
 */
@ExtendWith(OutputCaptureExtension.class)
class StructuredLogsIntegrationTest {

  private static final Logger log = LoggerFactory.getLogger(StructuredLogsIntegrationTest.class);
  private static final String DURING_THE_TURN = "the engine read a conversation";
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir Path dir;

  /** Boot keeps the format in a system property, which would make every later test's app JSON. */
  @AfterEach
  void plainLogsForTheNextApp() {
    System.clearProperty(
        LoggingSystemProperty.CONSOLE_STRUCTURED_FORMAT.getEnvironmentVariableName());
  }

  @Test
  void logLinesAreJsonWithTheRequestIdAndTheTenant(CapturedOutput output) throws Exception {
    try (ConfigurableApplicationContext app =
        new SpringApplicationBuilder(SamspillApplication.class)
            .initializers(c -> c.getBeanFactory().addBeanPostProcessor(loggingConversations()))
            .run(
                TestApp.args(
                    dir.resolve("logs.mv").toString(),
                    TestApp.newDatabase(),
                    "samspill.scheduling.enabled=false",
                    "logging.structured.format.console=ecs"))) {
      String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");

      HttpResponse<String> kept = chat(base, "proxy-id-0001");
      HttpResponse<String> replaced = chat(base, "forged\tid with spaces");

      assertThat(kept.statusCode()).isEqualTo(200);
      assertThat(kept.headers().firstValue("X-Request-Id")).hasValue("proxy-id-0001");
      String newId = replaced.headers().firstValue("X-Request-Id").orElseThrow();
      assertThat(newId).matches("[0-9a-f-]{36}");

      List<JsonNode> lines = jsonLines(output.getOut());
      List<JsonNode> duringTurns =
          lines.stream().filter(l -> DURING_THE_TURN.equals(text(l, "message"))).toList();
      assertThat(duringTurns)
          .extracting(l -> text(l, "requestId"))
          .contains("proxy-id-0001", newId);
      assertThat(duringTurns)
          .allSatisfy(l -> assertThat(text(l, "tenant")).isEqualTo(SampleData.TENANT.value()));
      assertThat(lines)
          .anySatisfy(l -> assertThat(text(l, "message")).startsWith("Tomcat started on port"));
      assertThat(output.getOut()).doesNotContain("Kari Nordmann");
    }
  }

  private static HttpResponse<String> chat(String base, String requestId) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(base + "/api/web/chat"))
            .header("content-type", "application/json")
            .header("X-Request-Id", requestId)
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "{\"leaderId\":\"sample-kari\",\"text\":\"hjelp\"}"))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Every line of the app's output, each of which must be one JSON object. */
  private static List<JsonNode> jsonLines(String out) {
    List<String> lines = out.lines().filter(l -> !l.isBlank()).toList();
    assertThat(lines).isNotEmpty();
    assertThat(lines).allSatisfy(l -> assertThat(l).startsWith("{").endsWith("}"));
    return lines.stream().map(JSON::readTree).toList();
  }

  private static String text(JsonNode line, String field) {
    JsonNode value = line.findValue(field);
    return value == null ? null : value.asString();
  }

  /** Logs once from inside each turn, where the engine reads the leader's conversation. */
  private static BeanPostProcessor loggingConversations() {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String name) {
        if (!(bean instanceof Conversations conversations)) {
          return bean;
        }
        return Proxy.newProxyInstance(
            Conversations.class.getClassLoader(),
            new Class<?>[] {Conversations.class},
            (proxy, method, args) -> {
              if (method.getDeclaringClass() != Object.class) {
                log.info(DURING_THE_TURN);
              }
              try {
                return method.invoke(conversations, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
      }
    };
  }
}
