package no.samspill.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noCodeUnits;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import no.samspill.core.conversation.Button;
import no.samspill.core.conversation.ExportReply;
import no.samspill.core.conversation.QuestionReply;
import no.samspill.core.conversation.SummaryReply;
import no.samspill.core.conversation.TextReply;
import no.samspill.core.language.Language;
import no.samspill.core.language.Messages;
import org.junit.jupiter.api.Test;

/**
 * Channel adapters only translate: they neither carry the engine's words (so rewording a message
 * cannot silently break a channel) nor recognise an outcome by reading a reply's text.
 */
class AdaptersOnlyTranslateTest {

  /** Fragments of a message shorter than this many words may well occur by chance. */
  static final int FEW_WORDS = 4;

  private static final Path ADAPTERS = Path.of("..", "adapters");

  @Test
  void noAdapterContainsTheTextOfACoreMessage() {
    List<Path> sources = adapterSources();
    assertThat(sources).as("adapter sources found from %s", ADAPTERS.toAbsolutePath()).isNotEmpty();
    List<String> found = new ArrayList<>();
    for (Path source : sources) {
      String text = read(source);
      for (String fragment : coreMessageFragments()) {
        if (text.contains(fragment)) {
          found.add(source + ": \"" + fragment + "\"");
        }
      }
    }
    assertThat(found).as("core message texts copied into adapters").isEmpty();
  }

  @Test
  void theMessageScanFindsACopiedMessage() {
    String copied = "String closed = \"" + Messages.get(Language.NN, "closed") + "\";";
    assertThat(coreMessageFragments()).anyMatch(copied::contains);
    assertThat(coreMessageFragments()).noneMatch("String closed = \"Lukket\";"::contains);
  }

  @Test
  void noAdapterComparesReplyTexts() {
    noCodeUnits()
        .that()
        .areDeclaredInClassesThat()
        .resideInAPackage("no.samspill.adapter..")
        .should(readAReplyTextAndCompareText())
        .check(ArchitectureTest.SAMSPILL);
  }

  /** Every run of at least {@link #FEW_WORDS} words between placeholders, in every language. */
  static Set<String> coreMessageFragments() {
    Set<String> fragments = new LinkedHashSet<>();
    for (Language language : Language.values()) {
      for (String key : Messages.keys(language)) {
        for (String part : Messages.get(language, key).split("\\{\\d+}|\\n")) {
          String fragment = part.strip();
          if (fragment.split("\\s+").length >= FEW_WORDS) {
            fragments.add(fragment);
          }
        }
      }
    }
    return fragments;
  }

  private static List<Path> adapterSources() {
    try (Stream<Path> files = Files.walk(ADAPTERS)) {
      return files
          .filter(Files::isRegularFile)
          .filter(p -> p.toString().contains("src" + java.io.File.separator + "main"))
          .filter(p -> p.toString().matches(".*\\.(java|js|html|properties|ya?ml|json)$"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A code unit that both reads what a reply says and compares strings is recognising an outcome by
   * its text; the turn's outcome says it instead.
   */
  private static ArchCondition<JavaCodeUnit> readAReplyTextAndCompareText() {
    DescribedPredicate<JavaMethodCall> readsReplyText =
        DescribedPredicate.describe(
            "reads a reply's text",
            call ->
                isCallTo(call, TextReply.class, "text")
                    || isCallTo(call, QuestionReply.class, "text", "heading", "hint")
                    || isCallTo(call, SummaryReply.class, "title", "footer")
                    || isCallTo(call, SummaryReply.Line.class, "label", "value")
                    || isCallTo(call, ExportReply.class, "text")
                    || isCallTo(call, Button.class, "label"));
    DescribedPredicate<JavaMethodCall> comparesText =
        DescribedPredicate.describe(
            "compares text",
            call ->
                isCallTo(
                        call,
                        String.class,
                        "equals",
                        "equalsIgnoreCase",
                        "contentEquals",
                        "startsWith",
                        "endsWith",
                        "contains",
                        "matches",
                        "compareTo")
                    || isCallTo(call, java.util.Objects.class, "equals")
                    || isCallTo(call, Messages.class, "get"));
    return new ArchCondition<>("read a reply's text and compare it with a text") {
      @Override
      public void check(JavaCodeUnit unit, ConditionEvents events) {
        Set<JavaMethodCall> calls = unit.getMethodCallsFromSelf();
        boolean reads = calls.stream().anyMatch(readsReplyText);
        boolean compares = calls.stream().anyMatch(comparesText);
        if (reads && compares) {
          events.add(
              SimpleConditionEvent.satisfied(
                  unit, unit.getFullName() + " reads a reply's text and compares text"));
        }
      }
    };
  }

  private static boolean isCallTo(JavaMethodCall call, Class<?> owner, String... names) {
    if (!call.getTargetOwner().isEquivalentTo(owner)) {
      return false;
    }
    for (String name : names) {
      if (call.getName().equals(name)) {
        return true;
      }
    }
    return false;
  }
}
