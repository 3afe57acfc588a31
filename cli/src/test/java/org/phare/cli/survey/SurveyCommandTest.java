package org.phare.cli.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phare.cli.Phare;
import org.phare.core.testing.SharedData;
import picocli.CommandLine;

/** The survey commands end to end, on the real API samples, against R survey 4.1-1 values. */
class SurveyCommandTest {

  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    StringWriter picoErr = new StringWriter();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      CommandLine cmd = Phare.commandLine();
      cmd.setErr(new PrintWriter(picoErr, true));
      int exit = cmd.execute(args);
      return new Run(
          exit,
          out.toString(StandardCharsets.UTF_8),
          err.toString(StandardCharsets.UTF_8) + picoErr);
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }

  static String data(String file) {
    return SharedData.path("survey-microdata/" + file).toString();
  }

  static JsonNode json(Run r) throws IOException {
    assertThat(r.exit()).as(r.err()).isZero();
    return new ObjectMapper().readTree(r.out());
  }

  @Test
  void estimate_prints_means_by_group_with_comparisons_as_R_computes_them() throws IOException {
    JsonNode a =
        json(
            run(
                "survey",
                "estimate",
                "--data",
                data("apistrat.csv"),
                "--weight",
                "pw",
                "--strata",
                "stype",
                "--fpc",
                "fpc",
                "--mean",
                "api00",
                "--by",
                "stype",
                "--compare-to-rest",
                "--format",
                "json"));
    assertThat(a.size()).isEqualTo(4);
    JsonNode all = a.get(0);
    // R: svymean(~api00, svydesign(id=~1, strata=~stype, weights=~pw, fpc=~fpc, data=apistrat))
    // = 662.287363159321 (SE 9.40894080278458), reference_estimates_R_survey.csv; 1e-9 relative.
    assertThat(all.get("estimate").asDouble()).isCloseTo(662.287363159321, within(1e-6));
    assertThat(all.get("se").asDouble()).isCloseTo(9.40894080278458, within(1e-8));
    assertThat(all.get("by").isNull()).isTrue();
    JsonNode e = a.get(1);
    assertThat(e.get("by").asText()).isEqualTo("stype=E");
    // R: svycontrast(svyby(~api00, ~I(stype=="E"), dstrat, svymean, covmat=TRUE), c(-1,1))
    // = 42.4204681206802, SE 16.7469365501911, p = 0.012087435710277 (extra_references.R).
    assertThat(e.get("diff").asDouble()).isCloseTo(42.4204681206802, within(1e-8));
    assertThat(e.get("se_diff").asDouble()).isCloseTo(16.7469365501911, within(1e-8));
    assertThat(e.get("p_value").asDouble()).isCloseTo(0.012087435710277, within(1e-10));
    assertThat(e.get("mark").asText()).isEqualTo("above");
    assertThat(e.get("n").asInt()).isEqualTo(100);
    assertThat(e.get("status").asText()).isEqualTo("ok"); // n = 100 is not below 100
    assertThat(a.get(2).get("status").asText()).isEqualTo("flagged"); // stype=H, n = 50
  }

  @Test
  void hidden_estimates_carry_no_number_in_json_nor_csv() throws IOException {
    String[] args = {
      "survey",
      "estimate",
      "--data",
      data("apistrat.csv"),
      "--weight",
      "pw",
      "--strata",
      "stype",
      "--mean",
      "api00",
      "--by",
      "stype",
      "--compare-to-rest",
      "--hide-below",
      "60",
      "--format"
    };
    List<String> json = new ArrayList<>(List.of(args));
    json.add("json");
    JsonNode a = json(run(json.toArray(String[]::new)));
    JsonNode h = a.get(2);
    assertThat(h.get("by").asText()).isEqualTo("stype=H");
    assertThat(h.get("status").asText()).isEqualTo("hidden");
    for (String field :
        List.of(
            "estimate",
            "se",
            "ci_low",
            "ci_high",
            "weighted_n",
            "df",
            "diff",
            "se_diff",
            "t",
            "p_value",
            "df_diff")) {
      assertThat(h.get(field).isNull()).as(field).isTrue();
    }
    assertThat(h.get("mark").asText()).isEqualTo("none");
    List<String> csv = new ArrayList<>(List.of(args));
    csv.add("csv");
    Run r = run(csv.toArray(String[]::new));
    String hiddenLine =
        r.out().lines().filter(l -> l.contains("stype=H")).findFirst().orElseThrow();
    assertThat(hiddenLine).isEqualTo("api00,mean,,stype=H,,,,,50,,,hidden,,,,,,none");
  }

  @Test
  void bad_weight_is_reported_with_file_line_and_column(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("bad.csv");
    Files.writeString(f, "rating,w\n5,2\n7,0\n");
    Run r = run("survey", "estimate", "--data", f.toString(), "--weight", "w", "--mean", "rating");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("bad.csv: line 3, column 'w': weight 0 must be positive");
    Files.writeString(f, "rating,w\n5,2\nabc,1\n");
    r = run("survey", "estimate", "--data", f.toString(), "--weight", "w", "--mean", "rating");
    assertThat(r.err()).contains("line 3, column 'rating': 'abc' is not a number");
  }

  @Test
  void missing_values_are_left_out_and_counted() throws IOException {
    Run r =
        run(
            "survey",
            "estimate",
            "--data",
            data("hdv2003.csv"),
            "--weight",
            "poids",
            "--mean",
            "heures.tv");
    JsonNode a = json(r);
    // R: svymean(~heures.tv, svydesign(id=~1, weights=~poids, data=hdv2003), na.rm=TRUE)
    // = 2.16927634204604 (SE 0.0490361609174692), reference_estimates_R_survey.csv.
    assertThat(a.get(0).get("estimate").asDouble()).isCloseTo(2.16927634204604, within(1e-9));
    assertThat(a.get(0).get("se").asDouble()).isCloseTo(0.0490361609174692, within(1e-10));
    assertThat(r.err()).contains("heures.tv: 5 of 2000 row(s) with a missing value left out");
  }

  @Test
  void rake_writes_weights_equal_to_R_rake(@TempDir Path dir) throws IOException {
    Map<String, Integer> stype = new HashMap<>();
    Map<String, Integer> sch = new HashMap<>();
    try (CsvReader<NamedCsvRecord> pop =
        CsvReader.builder().ofNamedCsvRecord(Path.of(data("apipop.csv")))) {
      for (NamedCsvRecord rec : pop) {
        stype.merge(rec.getField("stype"), 1, Integer::sum);
        sch.merge(rec.getField("sch.wide"), 1, Integer::sum);
      }
    }
    Path ms = dir.resolve("stype.csv");
    Files.writeString(
        ms, "stype,total\nE," + stype.get("E") + "\nH," + stype.get("H") + "\nM," + stype.get("M"));
    Path mw = dir.resolve("sch.csv");
    Files.writeString(mw, "sch.wide;total\nNo;" + sch.get("No") + "\nYes;" + sch.get("Yes"));
    Path out = dir.resolve("raked.csv");
    Run r =
        run(
            "survey",
            "rake",
            "--data",
            data("apistrat.csv"),
            "--weight",
            "pw",
            "--strata",
            "stype",
            "--fpc",
            "fpc",
            "--margin",
            "stype=" + ms,
            "--margin",
            "sch.wide=" + mw,
            "--out",
            out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    List<Double> expected = new ArrayList<>();
    // R: weights(rake(dstrat, list(~stype, ~sch.wide), apipop margins)), from
    // core/src/test/resources/survey/extra_references.R (core test-jar).
    try (InputStream in =
            getClass().getResourceAsStream("/survey/calibrated_weights_apistrat.csv");
        CsvReader<NamedCsvRecord> ref =
            CsvReader.builder()
                .ofNamedCsvRecord(new String(in.readAllBytes(), StandardCharsets.UTF_8))) {
      ref.forEach(rec -> expected.add(Double.parseDouble(rec.getField("rake"))));
    }
    List<Double> actual = new ArrayList<>();
    try (CsvReader<NamedCsvRecord> got = CsvReader.builder().ofNamedCsvRecord(out)) {
      got.forEach(rec -> actual.add(Double.parseDouble(rec.getField("calibrated_weight"))));
    }
    assertThat(actual).hasSize(200);
    for (int i = 0; i < actual.size(); i++) {
      assertThat(actual.get(i)).isCloseTo(expected.get(i), within(1e-8 * expected.get(i)));
    }
  }

  @Test
  void inconsistent_margins_are_refused(@TempDir Path dir) throws IOException {
    Path ms = dir.resolve("stype.csv");
    Files.writeString(ms, "stype,total\nE,10\nH,10\nM,10\n");
    Path mw = dir.resolve("sch.csv");
    Files.writeString(mw, "sch.wide,total\nNo,10\nYes,30\n");
    Run r =
        run(
            "survey",
            "rake",
            "--data",
            data("apistrat.csv"),
            "--weight",
            "pw",
            "--margin",
            "stype=" + ms,
            "--margin",
            "sch.wide=" + mw,
            "--out",
            dir.resolve("o.csv").toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("inconsistent margins").contains("30.0").contains("40.0");
  }

  @Test
  void chisq_prints_the_rao_scott_test() throws IOException {
    Run r =
        run(
            "survey",
            "chisq",
            "--data",
            data("apistrat.csv"),
            "--weight",
            "pw",
            "--strata",
            "stype",
            "--fpc",
            "fpc",
            "--rows",
            "stype",
            "--cols",
            "sch.wide");
    JsonNode o = json(r);
    // R 4.2.2, survey 4.1-1: svychisq(~stype+sch.wide, dstrat) (core's
    // extra_references_R_survey.csv, id chisq.apistrat.stype.sch.wide); 1e-6 relative, as there.
    assertThat(o.get("n").asInt()).isEqualTo(200);
    assertRelative(o.get("pearson_x2").asDouble(), 26.7535340358907);
    assertRelative(o.get("f").asDouble(), 17.2474439638888);
    assertRelative(o.get("ndf").asDouble(), 1.82867150416358);
    assertRelative(o.get("ddf").asDouble(), 360.248286320226);
    assertRelative(o.get("p_value_f").asDouble(), 2.03504635946519e-07);
    assertRelative(o.get("p_value_chisq").asDouble(), 3.23243841628866e-08);
  }

  static void assertRelative(double actual, double expected) {
    assertThat(actual).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-6 * expected));
  }
}
