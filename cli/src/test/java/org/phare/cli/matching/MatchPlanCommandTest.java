package org.phare.cli.matching;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phare.cli.Phare;
import picocli.CommandLine;

class MatchPlanCommandTest {

  /** The documented example, read from docs/examples (tests run in the cli module folder). */
  private static final Path SAMPLE =
      Path.of("..", "docs", "examples", "speed-dating-participants.csv");

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    // Refusals are rendered in French whatever the machine's LANG.
    return runWithMessagesIn("fr", args);
  }

  private int runWithMessagesIn(String language, String... args) {
    CommandLine commandLine = Phare.commandLine();
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    String[] withLanguage = new String[args.length + 2];
    withLanguage[0] = "--lang";
    withLanguage[1] = language;
    System.arraycopy(args, 0, withLanguage, 2, args.length);
    return commandLine.execute(withLanguage);
  }

  @Test
  void plans_the_sample_event_as_french_text() {
    assertThat(SAMPLE).as("sample participants file").exists();

    int code =
        run(
            "match",
            "plan",
            "--participants",
            SAMPLE.toString(),
            "--rounds",
            "8",
            "--tables",
            "8",
            "--priorities",
            "EMPLOYMENT,POVERTY");

    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString())
        .contains("Speed-dating : 8 entreprises, 10 associations — 8 tours de 8 min sur 8 tables")
        .contains("Fragilités prioritaires : Emploi, chômage, insertion ; Pauvreté, exclusion")
        .contains("Tour 8 — 0:56")
        .contains("Table 1 : ")
        .contains("Par participant")
        .contains("Par table")
        .contains("  Table 8 : T1 ")
        .containsPattern(
            "Affinité totale : [\\d\u202F]+,\\d — borne supérieure : [\\d\u202F]+,\\d —"
                + " \\d+,\\d\u202F% de la borne");
  }

  @Test
  void json_output_lists_rounds_tables_pairs_affinity_and_the_bound() throws IOException {
    int code =
        run(
            "match",
            "plan",
            "--participants",
            SAMPLE.toString(),
            "--rounds",
            "6",
            "--tables",
            "5",
            "--round-minutes",
            "10",
            "--format",
            "json");

    assertThat(code).as(err.toString()).isZero();
    JsonNode root = new ObjectMapper().readTree(out.toString());
    assertThat(root.path("format").path("roundMinutes").asInt()).isEqualTo(10);
    assertThat(root.path("rounds")).hasSize(6);
    Set<String> pairs = new HashSet<>();
    for (JsonNode round : root.path("rounds")) {
      assertThat(round.path("meetings")).hasSize(5);
      for (JsonNode meeting : round.path("meetings")) {
        assertThat(
                pairs.add(
                    meeting.path("company").asText() + "-" + meeting.path("association").asText()))
            .isTrue();
        assertThat(meeting.path("table").asInt()).isBetween(1, 5);
        assertThat(meeting.path("reasons").isArray()).isTrue();
      }
    }
    double total = root.path("totalAffinity").asDouble();
    double bound = root.path("upperBound").asDouble();
    assertThat(total).isPositive().isLessThanOrEqualTo(bound + 1e-9);
    assertThat(root.path("ratio").asDouble())
        .isCloseTo(total / bound, org.assertj.core.data.Offset.offset(1e-12));
    // Machine output: a decimal point whatever the locale (tests run in tr_TR).
    assertThat(out.toString()).containsPattern("\"totalAffinity\" : \\d+\\.\\d+");
  }

  @Test
  void english_text_is_available() {
    int code =
        run(
            "match",
            "plan",
            "--participants",
            SAMPLE.toString(),
            "--rounds",
            "2",
            "--tables",
            "3",
            "--lang",
            "en");

    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString()).contains("Round 1 — 0:00").contains("Total affinity: ");
  }

  @Test
  void csv_errors_name_file_line_column_and_field(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad.csv");
    Files.writeString(
        file,
        "id,side,domains,commune,objectives\n"
            + "E1,company,EMPLOYMENT|HELTH,59350,HR_MANAGEMENT\n"
            + "A1,asociation,POVERTY,59350,INNOVATION\n"
            + "A2,association,POVERTY,,PEOPLE_AND_SKILLS\n"
            + "E1,company,EMPLOYMENT,59350,PEOPLE_AND_SKILLS\n",
        StandardCharsets.UTF_8);

    int code =
        run("match", "plan", "--participants", file.toString(), "--rounds", "2", "--tables", "2");

    assertThat(code).isEqualTo(1);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString())
        .contains("bad.csv, ligne 2, colonne 3 (domains) : Domaine « HELTH » inconnu.")
        .contains(
            "bad.csv, ligne 3, colonne 2 (side) : Côté « asociation » inconnu (entreprise ou"
                + " association).")
        .contains("bad.csv, ligne 4, colonne 4 (commune) : Ce champ est obligatoire.")
        .contains(
            "bad.csv, ligne 5, colonne 5 (objectives) : Objectif « PEOPLE_AND_SKILLS » inconnu pour"
                + " une entreprise.");
  }

  @Test
  void duplicate_ids_and_missing_columns_are_reported(@TempDir Path dir) throws IOException {
    Path duplicates = dir.resolve("dup.csv");
    Files.writeString(
        duplicates,
        "id,side,domains,commune,objectives\nE1,company,,59350,\nE1,association,,59350,\n",
        StandardCharsets.UTF_8);
    Path missing = dir.resolve("missing.csv");
    Files.writeString(
        missing, "id,side,domain,commune\nE1,company,EMPLOYMENT,59350\n", StandardCharsets.UTF_8);

    assertThat(
            run(
                "match",
                "plan",
                "--participants",
                duplicates.toString(),
                "--rounds",
                "1",
                "--tables",
                "1"))
        .isEqualTo(1);
    assertThat(
            run(
                "match",
                "plan",
                "--participants",
                missing.toString(),
                "--rounds",
                "1",
                "--tables",
                "1"))
        .isEqualTo(1);

    assertThat(err.toString())
        .contains(
            "dup.csv, ligne 3, colonne 1 (id) : L’identifiant de participant « E1 » est déjà utilisé"
                + " ligne 2.")
        .contains(
            "missing.csv, ligne 1, colonne 3 (domain) : Colonne « domain » inconnue (colonnes"
                + " possibles : id, side, domains, commune, objectives, name, epci, departement,"
                + " region, categories).")
        .contains("missing.csv, ligne 1 : La colonne obligatoire « domains » manque.")
        .contains("missing.csv, ligne 1 : La colonne obligatoire « objectives » manque.");
  }

  @Test
  void a_line_with_too_few_fields_is_reported_with_its_line(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("short.csv");
    Files.writeString(
        file,
        "id,side,domains,commune,objectives\n"
            + "E1,company,EMPLOYMENT,59350,HR_MANAGEMENT\n"
            + "\"A1\",association,POVERTY,59350\n",
        StandardCharsets.UTF_8);

    int code =
        run("match", "plan", "--participants", file.toString(), "--rounds", "1", "--tables", "1");

    assertThat(code).isEqualTo(1);
    assertThat(err.toString())
        .contains("short.csv, ligne 3 : La ligne a 4 champs, l’en-tête en a 5.");
  }

  @Test
  void csv_errors_are_in_english_with_lang_en(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("short.csv");
    Files.writeString(
        file,
        "id,side,domains,commune,objectives\n" + "A1,association,POVERTY,,INNOVATION\n",
        StandardCharsets.UTF_8);

    int code =
        runWithMessagesIn(
            "en",
            "match",
            "plan",
            "--participants",
            file.toString(),
            "--rounds",
            "1",
            "--tables",
            "1");

    assertThat(code).isEqualTo(1);
    assertThat(err.toString())
        .contains("short.csv, line 2, column 4 (commune): This field is required.");
  }

  @Test
  void bad_options_are_usage_errors() {
    int code =
        run("match", "plan", "--participants", SAMPLE.toString(), "--rounds", "0", "--tables", "2");
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("Nombre de manches : au moins 1 (0 donné).");

    err.getBuffer().setLength(0);
    code =
        run(
            "match",
            "plan",
            "--participants",
            SAMPLE.toString(),
            "--rounds",
            "2",
            "--tables",
            "2",
            "--priorities",
            "EMPLOI");
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("Domaine « EMPLOI » inconnu.");
  }

  @Test
  void a_missing_file_is_reported() {
    int code =
        run("match", "plan", "--participants", "nowhere.csv", "--rounds", "1", "--tables", "1");
    assertThat(code).isEqualTo(1);
    assertThat(err.toString()).contains("nowhere.csv");
  }
}
