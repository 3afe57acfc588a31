package org.phare.store.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Large files are parsed on a second thread; the rows the handler sees, and the first error with
 * its location, are the same as when one thread does everything.
 */
class CsvSourcePipelineTest {

  @TempDir Path dir;

  /** A long-format file of {@code rows} rows, above the pipelining size. */
  Path file(int rows, int badFieldsAt) throws IOException {
    StringBuilder text = new StringBuilder("indicator,level,code,vintage,value\n");
    for (int i = 0; i < rows; i++) {
      text.append("chomage-taux,commune,")
          .append(String.format(java.util.Locale.ROOT, "%05d", i % 100_000))
          .append(",\"20")
          .append(10 + i / 100_000)
          .append("\",")
          .append(i % 1000)
          .append(i + 2 == badFieldsAt ? ",extra" : "")
          .append('\n');
    }
    Path file = dir.resolve("big.csv");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    assertThat(Files.size(file)).isGreaterThan(CsvSource.PIPELINE_MIN_CHARS);
    return file;
  }

  record Run(List<String> seen, ImportException error) {}

  interface Reading {
    void read(CsvSource source, CsvSource.RowHandler handler, CsvSource.Problems problems)
        throws ImportException;
  }

  static Run run(Path file, Reading reading, long failAtLine) throws ImportException {
    CsvSource source = CsvSource.open(file, ReadOptions.auto());
    List<String> seen = new ArrayList<>();
    ImportException error =
        catchThrowableOfType(
            ImportException.class,
            () -> {
              CsvSource.Problems problems = new CsvSource.Problems(file);
              reading.read(
                  source,
                  row -> {
                    if (row.line() == failAtLine) {
                      throw row.error(4, "import.value.required");
                    }
                    seen.add(row.line() + ":" + row.text(2) + ":" + row.number(4));
                  },
                  problems);
              problems.throwIfAny();
            });
    return new Run(seen, error);
  }

  @Test
  void every_row_arrives_in_file_order_as_with_one_thread() throws ImportException, IOException {
    Path file = file(250_000, -1);
    Run inline = run(file, CsvSource::forEachRowInline, -1);
    Run pipelined = run(file, CsvSource::forEachRowPipelined, -1);
    assertThat(inline.error()).isNull();
    assertThat(pipelined.seen()).hasSize(250_000).isEqualTo(inline.seen());
  }

  @Test
  void a_row_refused_by_the_handler_is_reported_at_the_same_place_and_the_read_goes_on()
      throws ImportException, IOException {
    Path file = file(250_000, -1);
    Run inline = run(file, CsvSource::forEachRowInline, 123_457);
    Run pipelined = run(file, CsvSource::forEachRowPipelined, 123_457);
    assertThat(pipelined.error()).hasMessage(inline.error().getMessage());
    assertThat(pipelined.error().getMessage()).contains("123457");
    assertThat(pipelined.error().total()).isEqualTo(1);
    assertThat(pipelined.seen()).hasSize(249_999).isEqualTo(inline.seen());
  }

  @Test
  void a_wrong_field_count_is_located_as_with_one_thread() throws ImportException, IOException {
    Path file = file(250_000, 200_001);
    Run inline = run(file, CsvSource::forEachRowInline, -1);
    Run pipelined = run(file, CsvSource::forEachRowPipelined, -1);
    assertThat(pipelined.error()).hasMessage(inline.error().getMessage());
    assertThat(pipelined.error().getMessage()).contains("200001").contains("6 fields");
    assertThat(pipelined.seen()).isEqualTo(inline.seen());
  }
}
