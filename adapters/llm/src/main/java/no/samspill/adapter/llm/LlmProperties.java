package no.samspill.adapter.llm;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * An OpenAI-compatible chat completions endpoint ({@code url} is the full URL, e.g. an Azure OpenAI
 * deployment's), its key and model. Off unless {@code url} is set.
 */
@ConfigurationProperties("samspill.llm")
public record LlmProperties(String url, String apiKey, String model, Duration timeout) {

  public LlmProperties {
    model = model == null || model.isBlank() ? "gpt-4o-mini" : model;
    timeout = timeout == null ? Duration.ofSeconds(20) : timeout;
  }
}
