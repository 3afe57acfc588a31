package org.phare.store.indicator;

import de.siegmar.fastcsv.reader.CsvRecord;
import java.nio.file.Path;
import java.util.List;

/** The current row of a {@link CsvSource}; one instance is reused for the whole file. */
final class CsvRow {

  private final Path file;
  private final List<String> header;
  private CsvRecord record;

  CsvRow(Path file, List<String> header) {
    this.file = file;
    this.header = header;
  }

  void set(CsvRecord record) {
    this.record = record;
  }

  /** 1-based line where the row starts (the header is line 1). */
  long line() {
    return record.getStartingLineNumber();
  }

  /** The stripped text of a cell. */
  String text(int column) {
    return record.getField(column).strip();
  }

  boolean isMissing(int column) {
    return NumberCell.isMissing(record.getField(column));
  }

  /** The number in a cell, NaN when the cell is empty or secret. */
  double number(int column) throws ImportException {
    try {
      return NumberCell.parse(record.getField(column));
    } catch (NumberCell.Invalid e) {
      throw error(column, e.code, "value", e.cell);
    }
  }

  /** The number in a cell, which must be present. */
  double requiredNumber(int column) throws ImportException {
    double value = number(column);
    if (Double.isNaN(value)) {
      throw error(column, "import.value.required");
    }
    return value;
  }

  /**
   * A problem of this row at a column: a catalogue code ({@code import.*}) and its named arguments
   * as name, value pairs.
   */
  ImportException error(int column, String code, Object... namesAndValues) {
    return ImportException.of(file, line(), column + 1, header.get(column), code, namesAndValues);
  }
}
