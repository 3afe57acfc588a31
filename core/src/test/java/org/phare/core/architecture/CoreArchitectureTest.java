package org.phare.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.phare.core", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreArchitectureTest {

  @ArchTest
  static final ArchRule core_depends_on_no_outer_module =
      noClasses()
          .that()
          .resideInAPackage("org.phare.core..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.phare.store..", "org.phare.web..", "org.phare.cli..")
          .because("core is the pure domain that storage, web and CLI build on, never the reverse");

  @ArchTest
  static final ArchRule core_does_no_io =
      noClasses()
          .that()
          .resideInAPackage("org.phare.core..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "java.io..", "java.nio.file..", "java.net..", "java.sql..", "javax.sql..")
          .because(
              "core computes on values it is given: files, network and databases belong to store,"
                  + " web and cli, so that statistics stay testable and reusable");

  @ArchTest
  static final ArchRule core_uses_no_framework =
      noClasses()
          .that()
          .resideInAPackage("org.phare.core..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "io.javalin..",
              "gg.jte..",
              "org.jdbi..",
              "org.flywaydb..",
              "picocli..",
              "com.fasterxml..",
              "de.siegmar..",
              "org.slf4j..")
          .because("core has no framework: only the JDK and Hipparchus for distributions");

  @ArchTest
  static final ArchRule packages_are_by_feature_not_by_layer =
      noClasses()
          .should()
          .resideInAnyPackage(
              "..controller..", "..service..", "..repository..", "..dto..", "..util..", "..utils..")
          .because("code is packaged by feature (territory, indicator, survey...), not by layer");
}
