package no.samspill.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** No Java file, main or test, in any module grows past the team's limit. */
class SourceFileLengthTest {

  static final int MAX_LINES = 400;

  private static final Path ROOT = Path.of("..");

  @Test
  void everyJavaFileHasAtMost400Lines() throws IOException {
    List<Path> sources = javaSources();
    assertThat(sources)
        .as("Java sources found from %s", ROOT.toAbsolutePath())
        .contains(ROOT.resolve("config/src/test/java/no/samspill/app/SourceFileLengthTest.java"))
        .anyMatch(p -> p.toString().contains("bot-core/src/main/java"));
    List<String> tooLong =
        sources.stream()
            .filter(p -> lines(p) > MAX_LINES)
            .map(p -> ROOT.relativize(p) + ": " + lines(p) + " lines")
            .toList();
    assertThat(tooLong).as("Java files over %d lines", MAX_LINES).isEmpty();
  }

  /** Under the Maven modules' folders only, so .git and the like are never walked. */
  private static List<Path> javaSources() throws IOException {
    List<Path> found = new ArrayList<>();
    for (String folder : List.of("bot-core", "adapters", "config", "bench")) {
      Path top = ROOT.resolve(folder);
      if (!Files.isDirectory(top)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(top)) {
        files
            .filter(p -> p.toString().endsWith(".java"))
            .filter(p -> p.toString().contains("/src/") && !p.toString().contains("/target/"))
            .forEach(found::add);
      }
    }
    return found;
  }

  private static long lines(Path file) {
    try (Stream<String> lines = Files.lines(file)) {
      return lines.count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
