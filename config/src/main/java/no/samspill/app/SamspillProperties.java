package no.samspill.app;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Engine settings. {@code promptsLocation}: the catalogue file (any Spring resource location);
 * {@code coordinators}: e-mails or identity keys ("slack|T1|U1") who are coordinators.
 */
@ConfigurationProperties("samspill")
public record SamspillProperties(String promptsLocation, List<String> coordinators) {

  public SamspillProperties {
    promptsLocation =
        promptsLocation == null || promptsLocation.isBlank()
            ? "classpath:prompts/samspill-prompts.yml"
            : promptsLocation;
    coordinators = coordinators == null ? List.of() : List.copyOf(coordinators);
  }
}
