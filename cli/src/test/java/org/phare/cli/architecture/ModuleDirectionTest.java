package org.phare.cli.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Checks the direction between modules on the whole application classpath. */
@AnalyzeClasses(packages = "org.phare", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleDirectionTest {

  @ArchTest
  static final ArchRule store_knows_neither_web_nor_cli =
      noClasses()
          .that()
          .resideInAPackage("org.phare.store..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.phare.web..", "org.phare.cli..")
          .because("the web and the CLI are two thin faces over the same store services");

  @ArchTest
  static final ArchRule web_does_not_know_cli =
      noClasses()
          .that()
          .resideInAPackage("org.phare.web..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.phare.cli..")
          .because("the CLI starts the web server, not the reverse");

  @ArchTest
  static final ArchRule web_and_cli_do_not_use_jdbc_directly =
      noClasses()
          .that()
          .resideInAnyPackage("org.phare.web..", "org.phare.cli..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("java.sql..", "org.jdbi..", "org.flywaydb..")
          .because("persistence is the store module's job; handlers call store services");

  @ArchTest
  static final ArchRule packages_are_by_feature_not_by_layer =
      noClasses()
          .should()
          .resideInAnyPackage(
              "..controller..", "..service..", "..repository..", "..dto..", "..util..", "..utils..")
          .because("code is packaged by feature (territory, indicator, survey...), not by layer");

  @ArchTest
  static final ArchRule one_number_formatter_and_one_text_normaliser =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.phare.core.text..")
          .should()
          .dependOnClassesThat()
          .belongToAnyOf(
              java.text.NumberFormat.class,
              java.text.DecimalFormat.class,
              java.text.DecimalFormatSymbols.class,
              java.text.Normalizer.class)
          .because(
              "figures for people go through org.phare.core.text.Numbers and names are compared"
                  + " through org.phare.core.text.TextFold: one rule for dashes, spaces, rounding"
                  + " and accents everywhere, and one stored form of organisation names");
}
