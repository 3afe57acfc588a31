package org.phare.core.text;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The one writer of every CSV file Phare hands out (report data, registry lists, study exports): a
 * header line, then records, CRLF line ends (RFC 4180), cells defused against formula injection
 * through {@link CsvCells}, quoted when they hold the separator, a quote or a line break.
 *
 * <p>Two formats, decided here once:
 *
 * <ul>
 *   <li>{@link Format#FRENCH} (the default): {@code ;} between cells, decimal comma, a UTF-8 byte
 *       order mark first. French Excel reads a double-click-opened CSV with the system's list
 *       separator ({@code ;} in a French locale) and its decimal comma, and guesses the encoding
 *       from the BOM (without it, "Réunion" shows as "RÃ©union"). LibreOffice and R's {@code
 *       read.csv2} read the same file.
 *   <li>{@link Format#ENGLISH} ({@code ?format=csv-en}): {@code ,} and a decimal point, no BOM, for
 *       programs and English spreadsheets.
 * </ul>
 *
 * Numbers: a missing value (NaN, an infinity) is an empty cell, never 0; a whole number is written
 * without decimals or thousands separator ({@code 2573180}); any other value with six significant
 * digits ({@code 7,5}, {@code 0,333333}, {@code 2e-07}), which is more than any source publishes.
 * No typography of the pages (no narrow no-break space, no minus sign U+2212): spreadsheets would
 * read those as text.
 */
public final class CsvTable {

  /** Separator, decimal mark and byte order mark of a file. */
  public enum Format {
    FRENCH(';', ',', true),
    ENGLISH(',', '.', false);

    private final char separator;
    private final char decimal;
    private final boolean bom;

    Format(char separator, char decimal, boolean bom) {
      this.separator = separator;
      this.decimal = decimal;
      this.bom = bom;
    }

    public char separator() {
      return separator;
    }

    public char decimal() {
      return decimal;
    }

    public boolean bom() {
      return bom;
    }

    /**
     * Reads the {@code format} query parameter: {@code csv-en} is English, anything else French.
     */
    public static Format of(String parameter) {
      return parameter != null && parameter.trim().equalsIgnoreCase("csv-en") ? ENGLISH : FRENCH;
    }
  }

  /** The byte order mark written first in {@link Format#FRENCH}. */
  public static final char BOM = '\uFEFF';

  private final Format format;
  private final StringBuilder out = new StringBuilder(16 * 1024);

  public CsvTable(Format format) {
    this.format = format;
    if (format.bom) {
      out.append(BOM);
    }
  }

  public Format format() {
    return format;
  }

  /**
   * Appends a record. Cells: {@code null} is empty; a {@link Double} or {@link Float} goes through
   * {@link #number}; other numbers as they print; anything else as text ({@link #cell}).
   */
  public CsvTable row(Object... cells) {
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        out.append(format.separator);
      }
      Object c = cells[i];
      if (c == null) {
        continue;
      }
      if (c instanceof Double || c instanceof Float) {
        out.append(number(((Number) c).doubleValue()));
      } else if (c instanceof Number) {
        out.append(c);
      } else {
        out.append(cell(c.toString()));
      }
    }
    out.append("\r\n");
    return this;
  }

  /** Appends a record of texts (a header line, a list of cells built elsewhere). */
  public CsvTable row(List<String> cells) {
    return row(cells.toArray());
  }

  /** A number in this format: empty when missing, else six significant digits at most. */
  public String number(double value) {
    if (!Double.isFinite(value)) {
      return "";
    }
    String text;
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      text = Long.toString((long) value);
    } else {
      text =
          String.format(Locale.ROOT, "%.6g", value)
              .replaceAll("(\\.\\d*?)0+(e|$)", "$1$2")
              .replaceAll("\\.(e|$)", "$1");
    }
    return format.decimal == '.' ? text : text.replace('.', format.decimal);
  }

  /** A text cell: defused ({@link CsvCells#neutralise}) and quoted when needed. */
  public String cell(String text) {
    String value = CsvCells.neutralise(text);
    if (value.indexOf(format.separator) >= 0
        || value.indexOf('"') >= 0
        || value.indexOf('\n') >= 0
        || value.indexOf('\r') >= 0) {
      return '"' + value.replace("\"", "\"\"") + '"';
    }
    return value;
  }

  /** The file's text, BOM included when the format has one. */
  public String text() {
    return out.toString();
  }

  /** The file's bytes, UTF-8. */
  public byte[] bytes() {
    return text().getBytes(StandardCharsets.UTF_8);
  }

  /** The text of a file read back without its byte order mark, if it had one. */
  public static String withoutBom(String text) {
    return text != null && !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
  }
}
