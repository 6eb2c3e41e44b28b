package no.samspill.adapter.llm;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import no.samspill.core.digest.Summariser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Asks the model to shorten and de-duplicate the lessons, one per line. The lessons it receives are
 * already masked; on any failure or an unusable answer the offline summariser decides.
 */
final class LlmSummariser implements Summariser {

  private static final Logger log = LoggerFactory.getLogger(LlmSummariser.class);
  private static final JsonMapper JSON = JsonMapper.builder().build();
  static final String INSTRUCTION =
      "You help leaders in a Norwegian municipality share lessons. Shorten each lesson below to"
          + " one sentence of at most 25 words, in the language it is written in, merge lessons"
          + " that say the same, and answer with at most %d lines, one lesson per line, no"
          + " numbering, nothing else. Never add names of people.";

  private final LlmProperties properties;
  private final Summariser fallback;
  private final HttpClient http;

  LlmSummariser(LlmProperties properties, Summariser fallback) {
    this.properties = properties;
    this.fallback = fallback;
    this.http = HttpClient.newBuilder().connectTimeout(properties.timeout()).build();
  }

  @Override
  public List<String> summarise(List<String> lessons, int max) {
    if (lessons.isEmpty()) {
      return List.of();
    }
    try {
      List<String> answer = ask(lessons, max);
      if (!answer.isEmpty()) {
        return answer;
      }
      log.warn("The summariser endpoint gave no usable lines; using the offline summariser");
    } catch (IOException | RuntimeException e) {
      log.warn("The summariser endpoint failed ({}); using the offline summariser", e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return fallback.summarise(lessons, max);
  }

  private List<String> ask(List<String> lessons, int max) throws IOException, InterruptedException {
    ObjectNode body = JSON.createObjectNode();
    body.put("model", properties.model());
    body.put("temperature", 0);
    ArrayNode messages = body.putArray("messages");
    messages.addObject().put("role", "system").put("content", INSTRUCTION.formatted(max));
    messages.addObject().put("role", "user").put("content", String.join("\n", lessons));
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(properties.url()))
            .timeout(properties.timeout())
            .header("Content-Type", "application/json")
            .header("Authorization", "Bearer " + properties.apiKey())
            .header("api-key", properties.apiKey())
            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
            .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() / 100 != 2) {
      throw new IOException("HTTP " + response.statusCode());
    }
    JsonNode content =
        JSON.readTree(response.body()).path("choices").path(0).path("message").path("content");
    List<String> lines = new ArrayList<>();
    for (String line : content.asString("").split("\n")) {
      String lesson = line.strip().replaceFirst("^[-•*\\d.)\\s]+", "").strip();
      if (!lesson.isEmpty() && lines.size() < max) {
        lines.add(lesson);
      }
    }
    return lines;
  }
}
