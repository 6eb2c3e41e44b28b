package no.samspill.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The module boundaries: core knows no adapter, adapters know no other adapter. */
class ArchitectureTest {

  static final JavaClasses SAMSPILL =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("no.samspill");

  @Test
  void adaptersDoNotDependOnEachOther() {
    slices().matching("no.samspill.adapter.(*)..").should().notDependOnEachOther().check(SAMSPILL);
  }

  @Test
  void coreDependsOnNoAdapterAndNotOnTheApp() {
    noClasses()
        .that()
        .resideInAPackage("no.samspill.core..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("no.samspill.adapter..", "no.samspill.app..")
        .check(SAMSPILL);
  }

  @Test
  void adaptersDoNotReachIntoTheApp() {
    noClasses()
        .that()
        .resideInAPackage("no.samspill.adapter..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("no.samspill.app..")
        .check(SAMSPILL);
  }

  @Test
  void adapterInternalsArePackagePrivate() {
    classes()
        .that()
        .resideInAPackage("no.samspill.adapter..")
        .and()
        .haveSimpleNameNotEndingWith("AutoConfiguration")
        .and()
        .haveSimpleNameNotEndingWith("Properties")
        .and()
        .areTopLevelClasses()
        .should()
        .notBePublic()
        .check(SAMSPILL);
  }
}
