package no.samspill.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import no.samspill.core.catalogue.InvalidCatalogueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.NestedExceptionUtils;

/** A faulty catalogue stops the app with a message naming the file and each faulty prompt. */
@ExtendWith(OutputCaptureExtension.class)
class CatalogueStartupIntegrationTest {

  @TempDir Path dir;

  @Test
  void refusesToStartWithAnInvalidCatalogueAndNamesFileAndPrompts(CapturedOutput output) {
    Throwable failure =
        catchThrowable(
            () ->
                TestApp.start(
                    dir.resolve("c.mv"),
                    TestApp.newDatabase(),
                    "samspill.prompts-location=classpath:prompts/broken.yml"));

    Throwable cause = NestedExceptionUtils.getMostSpecificCause(failure);
    assertThat(cause).isInstanceOf(InvalidCatalogueException.class);
    assertThat(cause.getMessage())
        .contains("classpath:prompts/broken.yml")
        .contains("prompt 'pre.room': 'text' has no nn translation")
        .contains("prompt 'pre.room': duplicate prompt id")
        .contains("unknown kind 'SLIDER'");
    assertThat(output.getOut()).contains("APPLICATION FAILED TO START").contains("broken.yml");
  }

  @Test
  void refusesToStartWhenTheCatalogueFileIsMissing() {
    Throwable failure =
        catchThrowable(
            () ->
                TestApp.start(
                    dir.resolve("d.mv"),
                    TestApp.newDatabase(),
                    "samspill.prompts-location=file:" + dir.resolve("nope.yml")));

    assertThat(NestedExceptionUtils.getMostSpecificCause(failure))
        .isInstanceOf(InvalidCatalogueException.class)
        .hasMessageContaining("nope.yml")
        .hasMessageContaining("cannot be read");
  }
}
