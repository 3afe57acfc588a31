package org.phare.web.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.phare.core.diagnostic.Reference;
import org.phare.core.diagnostic.TerritoryDiagnostic;
import org.phare.core.territory.Territory;
import org.phare.web.WebFixture;

/** The report's CSV on the Loiret's real diagnostic: machine numbers, escaping, perception rows. */
class ReportCsvTest {

  static final WebFixture FIXTURE = KeyMessagesTest.FIXTURE;

  static String csv(boolean withPerception) {
    Territory loiret = FIXTURE.data.referential().require(KeyMessagesTest.LOIRET);
    TerritoryDiagnostic diagnostic =
        FIXTURE.data.diagnose(KeyMessagesTest.LOIRET, Reference.NATIONAL);
    return ReportCsv.write(
        loiret,
        IdentityFigures.of(loiret, FIXTURE.data.referential(), KeyMessagesTest.ATLAS, diagnostic),
        diagnostic,
        withPerception ? FIXTURE.data.perceptions() : null,
        "24");
  }

  @Test
  void rows_end_with_crlf_under_the_header_and_numbers_are_machine_numbers() throws Exception {
    String csv = csv(false);
    assertThat(csv).startsWith(ReportCsv.HEADER + "\r\n").endsWith("\r\n");
    List<String> lines = csv.lines().toList();
    assertThat(lines).allMatch(l -> l.split(",", -1).length >= 15);
    // population summed by hand from the COG file, written without any separator
    assertThat(csv)
        .contains(
            "identite,Loiret (departement:45),,population,"
                + KeyMessagesTest.population("45")
                + ",");
    // chomage-localise CSV, last Loiret row: 7.5 in 2024-T3, decimal point, no unit
    assertThat(lines)
        .anyMatch(
            l ->
                l.startsWith("indicateur,Loiret (departement:45),EMPLOYMENT,chomage-taux,7.5,")
                    && l.contains(",2024-T3,"));
    // no typography of the pages: no narrow no-break space, no minus sign U+2212
    assertThat(csv).doesNotContain("\u202F").doesNotContain("\u2212");
  }

  @Test
  void without_perception_there_is_no_perception_row_and_with_it_each_says_simulated() {
    assertThat(csv(false)).doesNotContain("perception:").doesNotContain(",oui\r\n");
    List<String> perception = csv(true).lines().filter(l -> l.startsWith("perception:")).toList();
    // 4 actors x 16 domains of mean ratings + the mayors' 6 roles x 3 answers
    assertThat(perception).hasSize(4 * 16 + 18).allMatch(l -> l.endsWith(",oui"));
  }

  @Test
  void missing_numbers_are_empty_cells_and_others_keep_six_significant_digits() {
    assertThat(ReportCsv.number(Double.NaN)).isEmpty();
    assertThat(ReportCsv.number(Double.POSITIVE_INFINITY)).isEmpty();
    assertThat(ReportCsv.number(12.0)).isEqualTo("12");
    assertThat(ReportCsv.number(-3.0)).isEqualTo("-3");
    assertThat(ReportCsv.number(7.5)).isEqualTo("7.5");
    assertThat(ReportCsv.number(1.0 / 3)).isEqualTo("0.333333");
    assertThat(ReportCsv.number(2.0e-7)).isEqualTo("2e-07");
  }

  @Test
  void cells_are_quoted_when_needed_and_formulas_defused() {
    assertThat(ReportCsv.cell("Loiret")).isEqualTo("Loiret");
    assertThat(ReportCsv.cell("INSEE, 2024")).isEqualTo("\"INSEE, 2024\"");
    assertThat(ReportCsv.cell("dit \"le\" centre")).isEqualTo("\"dit \"\"le\"\" centre\"");
    assertThat(ReportCsv.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
    // A plain number is no formula (CsvCells); anything else starting with - + = @ tab CR is.
    assertThat(ReportCsv.cell("-1")).isEqualTo("-1");
    assertThat(ReportCsv.cell("-1+A1")).isEqualTo("'-1+A1");
    assertThat(ReportCsv.cell("\t=A1")).isEqualTo("'\t=A1");
    assertThat(ReportCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(ReportCsv.cell(null)).isEmpty();
  }
}
