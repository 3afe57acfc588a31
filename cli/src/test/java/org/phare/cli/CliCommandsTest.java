package org.phare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.phare.core.testing.SharedData;
import picocli.CommandLine;

/**
 * The commands as a user runs them, on one embedded database kept in a temporary folder (the first
 * command loads the open data; the next ones reuse it).
 */
class CliCommandsTest {

  static Path dataDir;

  record Run(int exitCode, String out, String err) {}

  @BeforeAll
  static void folder() throws IOException {
    dataDir = Files.createTempDirectory("phare-cli-test");
  }

  static Run run(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(
        List.of(
            "--data-dir",
            dataDir.resolve("pg").toString(),
            "--open-data",
            SharedData.dataDir().toString()));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StringWriter err = new StringWriter();
    PrintStream previous = System.out;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      CommandLine commandLine = Phare.commandLine();
      commandLine.setErr(new PrintWriter(err, true));
      int code = commandLine.execute(all.toArray(String[]::new));
      return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString());
    } finally {
      System.setOut(previous);
    }
  }

  @Test
  void diagnose_prints_the_documented_json_shape() throws IOException {
    Run run =
        run(
            "diagnose",
            "--territory",
            "24",
            "--level",
            "region",
            "--reference",
            "national",
            "--format",
            "json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(run.out());
    JsonNode territory = json.get("territory");
    assertThat(territory.get("code").asText()).isEqualTo("24");
    assertThat(territory.get("level").asText()).isEqualTo("region");
    assertThat(territory.get("name").asText()).isEqualTo("Centre-Val de Loire");
    assertThat(territory.get("population").asLong()).isPositive();
    assertThat(territory.get("communes").asInt()).isPositive();
    JsonNode domains = json.get("domains");
    assertThat(domains).hasSize(16);
    JsonNode employment = domains.get(0);
    assertThat(employment.get("code").asText()).isEqualTo("EMPLOYMENT");
    assertThat(employment.get("criterion").asText()).isEqualTo("ECONOMIC");
    // 17 of the 18 regions have an employment score: Mayotte has fewer than 3 scored indicators
    // ("données insuffisantes", DiagnosticEngine.MIN_DOMAIN_INDICATORS)
    assertThat(employment.get("of").asInt()).isEqualTo(17);
    for (String field : List.of("score", "rank", "indicators")) {
      assertThat(employment.has(field)).as(field).isTrue();
    }
    JsonNode unemployment = null;
    for (JsonNode indicator : employment.get("indicators")) {
      for (String field : List.of("code", "value", "reference_value", "score", "rank")) {
        assertThat(indicator.has(field)).as(field).isTrue();
      }
      if (indicator.get("code").asText().equals("chomage-taux")) {
        unemployment = indicator;
      }
    }
    // INSEE taux_chomage_localise_trimestriel.csv, region 24, 2024-T3: 7 (exact, as published)
    assertThat(unemployment.get("value").asDouble()).isEqualTo(7.0);
  }

  @Test
  void territory_prints_the_identity_card_and_csv_and_text_formats_work() throws IOException {
    Run card = run("territory", "--code", "45", "--level", "departement", "--format", "json");
    assertThat(card.exitCode()).as(card.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(card.out());
    assertThat(json.get("name").asText()).isEqualTo("Loiret");
    assertThat(json.get("communes").asInt()).isEqualTo(325);

    Run csv = run("diagnose", "--territory", "45", "--level", "departement", "--format", "csv");
    assertThat(csv.exitCode()).as(csv.err()).isZero();
    assertThat(csv.out()).startsWith("territory_code,territory_level,domain,");
    assertThat(csv.out()).contains("45,departement,EMPLOYMENT,ECONOMIC,");

    Run text =
        run(
            "diagnose",
            "--territory",
            "45",
            "--level",
            "departement",
            "--reference",
            "peers",
            "--format",
            "text");
    assertThat(text.exitCode()).as(text.err()).isZero();
    assertThat(text.out())
        .contains("Loiret — comparaison : territoires pairs")
        .contains("Fragilités prioritaires");
  }

  @Test
  void an_unknown_territory_is_a_clear_error_not_a_stack_trace() {
    Run run = run("--lang", "fr", "diagnose", "--territory", "99", "--level", "departement");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "phare: Aucun territoire département de code « 99 » dans le référentiel des"
                + " territoires."
                + System.lineSeparator())
        .doesNotContain("Exception");
    Run english = run("--lang", "en", "diagnose", "--territory", "99", "--level", "departement");
    assertThat(english.exitCode()).isEqualTo(2);
    assertThat(english.err())
        .contains("phare: No département with code “99” in the territory referential.");
  }

  @Test
  void a_bad_import_file_names_line_and_column_and_exits_non_zero() throws IOException {
    Path file = dataDir.resolve("bad.csv");
    Files.writeString(
        file,
        "indicator,level,code,vintage,value\nchomage-taux,departement,45,1901-T1,abc\n",
        StandardCharsets.UTF_8);
    Run run = run("import", "indicators", "--file", file.toString(), "--format", "long");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("bad.csv, ligne 2, colonne 5 (value) : « abc » n’est pas un nombre.")
        .contains("Import refusé, rien n’a été enregistré : 1 problème.");
  }

  @Test
  void a_dry_run_detects_the_format_and_says_what_would_change_without_storing()
      throws IOException {
    Path file = dataDir.resolve("simulation.csv");
    Files.writeString(
        file,
        "indicator;level;code;vintage;value\nchomage-taux;departement;45;1901-T1;6,5\n",
        StandardCharsets.UTF_8);
    Run run = run("import", "indicators", "--file", file.toString(), "--dry-run");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("format : long")
        .contains("indicateurs : chomage-taux")
        .contains("millésimes : 1901-T1")
        .contains("nouvelles valeurs : 1, modifiées : 0, inchangées : 0");
    Run english =
        run("import", "indicators", "--file", file.toString(), "--dry-run", "--lang", "en");
    assertThat(english.out()).contains("would insert 1, update 0, leave 0 unchanged");
  }
}
