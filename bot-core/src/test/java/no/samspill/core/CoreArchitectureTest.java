package no.samspill.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class CoreArchitectureTest {

  private static final String CORE = "no.samspill.core";

  private static final JavaClasses MAIN_CLASSES =
      new ClassFileImporter()
          .withImportOption(new ImportOption.DoNotIncludeTests())
          .importPackages(CORE);

  @Test
  void coreDependsOnNoFrameworkStorageOrChannelCode() {
    noClasses()
        .that()
        .resideInAPackage(CORE + "..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.springframework..",
            "com.mongodb..",
            "org.bson..",
            "org.quartz..",
            "com.slack..",
            "com.microsoft.bot..",
            "jakarta.servlet..",
            "com.fasterxml.jackson..",
            "tools.jackson..")
        .check(MAIN_CLASSES);
  }

  // Spring Modulith's ApplicationModules needs spring-boot on the class path, which bot-core's
  // tests do not have; ArchUnit checks the same cycle rule over the feature packages.
  @Test
  void featurePackagesHaveNoCycles() {
    slices().matching(CORE + ".(*)..").should().beFreeOfCycles().check(MAIN_CLASSES);
  }
}
