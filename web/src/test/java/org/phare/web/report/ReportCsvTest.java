package org.phare.web.report;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.phare.core.diagnostic.Reference;
import org.phare.core.diagnostic.TerritoryDiagnostic;
import org.phare.core.territory.Level;
import org.phare.core.territory.Territory;
import org.phare.core.territory.TerritoryId;
import org.phare.core.text.CsvTable;
import org.phare.web.WebFixture;

/**
 * The report's CSV on the Loiret's real diagnostic, read back from its bytes as a spreadsheet
 * would: French format by default (BOM, {@code ;}, decimal comma), {@code csv-en} on demand, French
 * column names, codes beside their labels, one territory layout.
 */
class ReportCsvTest {

  static final WebFixture FIXTURE = KeyMessagesTest.FIXTURE;

  static byte[] csv(CsvTable.Format format, boolean withPerception) {
    Territory loiret = FIXTURE.data.referential().require(KeyMessagesTest.LOIRET);
    TerritoryDiagnostic diagnostic =
        FIXTURE.data.diagnose(KeyMessagesTest.LOIRET, Reference.NATIONAL);
    return ReportCsv.write(
            format,
            loiret,
            IdentityFigures.of(
                loiret, FIXTURE.data.referential(), KeyMessagesTest.ATLAS, diagnostic),
            diagnostic,
            withPerception ? FIXTURE.data.perceptions() : null,
            withPerception
                ? FIXTURE.data.referential().require(TerritoryId.of(Level.REGION, "24"))
                : null)
        .bytes();
  }

  /** The records of a file's bytes, as a spreadsheet reads them with the given separator. */
  static List<List<String>> read(byte[] bytes, char separator) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    List<List<String>> rows = new ArrayList<>();
    for (CsvRecord r :
        CsvReader.builder().fieldSeparator(separator).ofCsvRecord(CsvTable.withoutBom(text))) {
      rows.add(r.getFields());
    }
    return rows;
  }

  static List<String> row(List<List<String>> rows, String section, String indicator) {
    int column = ReportCsv.HEADER.indexOf("indicateur_code");
    return rows.stream()
        .filter(r -> r.get(0).equals(section) && r.get(column).equals(indicator))
        .findFirst()
        .orElseThrow();
  }

  static String cell(List<String> row, String column) {
    return row.get(ReportCsv.HEADER.indexOf(column));
  }

  @Test
  void by_default_the_file_is_for_french_spreadsheets_bom_semicolon_decimal_comma()
      throws Exception {
    byte[] bytes = csv(CsvTable.Format.FRENCH, false);
    // UTF-8 byte order mark EF BB BF first
    assertThat(bytes[0] & 0xFF).isEqualTo(0xEF);
    assertThat(bytes[1] & 0xFF).isEqualTo(0xBB);
    assertThat(bytes[2] & 0xFF).isEqualTo(0xBF);
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertThat(text).endsWith("\r\n").doesNotContain("\u202F").doesNotContain("\u2212");
    List<List<String>> rows = read(bytes, ';');
    assertThat(rows.get(0)).isEqualTo(ReportCsv.HEADER);
    assertThat(rows).allMatch(r -> r.size() == ReportCsv.HEADER.size());
    // chomage-localise CSV, last Loiret row: 7.5 % in 2024-T3, written with a decimal comma
    List<String> unemployment = row(rows, "indicateur", "chomage-taux");
    assertThat(cell(unemployment, "valeur")).isEqualTo("7,5");
    assertThat(cell(unemployment, "millesime")).isEqualTo("2024-T3");
    // one territory layout: level label, code, name in their own columns
    assertThat(unemployment.subList(1, 4)).containsExactly("département", "45", "Loiret");
    // the domain code beside its French label, never alone
    assertThat(cell(unemployment, "domaine_code")).isEqualTo("EMPLOYMENT");
    assertThat(cell(unemployment, "domaine")).isEqualTo("Emploi, chômage, insertion");
    assertThat(cell(unemployment, "indicateur")).isNotBlank();
    // population summed by hand from the COG file, a whole number without separator
    assertThat(cell(row(rows, "identite", "population"), "valeur"))
        .isEqualTo(Long.toString(KeyMessagesTest.population("45")));
    assertThat(text).doesNotContain("departement:45");
  }

  @Test
  void csv_en_has_commas_decimal_points_and_no_bom() {
    byte[] bytes = csv(CsvTable.Format.ENGLISH, false);
    assertThat(bytes[0]).isEqualTo((byte) 's'); // "section", no BOM
    List<List<String>> rows = read(bytes, ',');
    assertThat(rows.get(0)).isEqualTo(ReportCsv.HEADER);
    assertThat(cell(row(rows, "indicateur", "chomage-taux"), "valeur")).isEqualTo("7.5");
    assertThat(rows).allMatch(r -> r.size() == ReportCsv.HEADER.size());
  }

  @Test
  void perception_rows_name_the_actor_and_the_region_and_each_says_simulated() {
    assertThat(read(csv(CsvTable.Format.FRENCH, false), ';'))
        .noneMatch(r -> r.get(0).equals("perception"));
    List<List<String>> perception =
        read(csv(CsvTable.Format.FRENCH, true), ';').stream()
            .filter(r -> r.get(0).equals("perception"))
            .toList();
    // 4 actors x 16 domains of mean ratings + the mayors' 6 roles x 3 answers
    assertThat(perception)
        .hasSize(4 * 16 + 18)
        .allMatch(r -> cell(r, "donnees_simulees").equals("oui"))
        .allMatch(r -> r.subList(1, 4).equals(List.of("région", "24", "Centre-Val de Loire")));
    assertThat(perception)
        .anyMatch(
            r -> cell(r, "acteur_code").equals("citizens") && cell(r, "acteur").equals("Citoyens"));
  }

  @Test
  void numbers_missing_are_empty_and_others_keep_six_significant_digits() {
    CsvTable fr = new CsvTable(CsvTable.Format.FRENCH);
    CsvTable en = new CsvTable(CsvTable.Format.ENGLISH);
    assertThat(fr.number(Double.NaN)).isEmpty();
    assertThat(fr.number(Double.POSITIVE_INFINITY)).isEmpty();
    assertThat(fr.number(12.0)).isEqualTo("12");
    assertThat(fr.number(-3.0)).isEqualTo("-3");
    assertThat(fr.number(7.5)).isEqualTo("7,5");
    assertThat(en.number(7.5)).isEqualTo("7.5");
    assertThat(fr.number(1.0 / 3)).isEqualTo("0,333333");
    assertThat(en.number(2.0e-7)).isEqualTo("2e-07");
  }

  @Test
  void cells_are_quoted_when_they_hold_the_separator_and_formulas_defused() {
    CsvTable fr = new CsvTable(CsvTable.Format.FRENCH);
    CsvTable en = new CsvTable(CsvTable.Format.ENGLISH);
    assertThat(fr.cell("INSEE, 2024")).isEqualTo("INSEE, 2024");
    assertThat(en.cell("INSEE, 2024")).isEqualTo("\"INSEE, 2024\"");
    assertThat(fr.cell("a ; b")).isEqualTo("\"a ; b\"");
    assertThat(fr.cell("dit \"le\" centre")).isEqualTo("\"dit \"\"le\"\" centre\"");
    assertThat(fr.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
    assertThat(fr.cell("-1")).isEqualTo("-1");
    assertThat(fr.cell("-1+A1")).isEqualTo("'-1+A1");
    assertThat(fr.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(fr.cell(null)).isEmpty();
  }
}
