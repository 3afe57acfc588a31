package org.phare.store.csv;

/**
 * The one field-separator detector of the CSV readers (indicator files, survey microdata): the
 * character among {@code ;}, {@code ,} and tab that occurs most often outside quotes on the first
 * line; ties go to the semicolon (the French spreadsheet default), then the comma.
 */
public final class CsvSeparator {

  private CsvSeparator() {}

  /** The separator of a text whose first line is the header (the rest is ignored). */
  public static char detect(CharSequence text) {
    int semicolons = 0;
    int commas = 0;
    int tabs = 0;
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted) {
        if (c == '\n' || c == '\r') {
          break;
        }
        switch (c) {
          case ';' -> semicolons++;
          case ',' -> commas++;
          case '\t' -> tabs++;
          default -> {}
        }
      }
    }
    if (semicolons >= commas && semicolons >= tabs && semicolons > 0) {
      return ';';
    }
    return tabs > commas ? '\t' : ',';
  }
}
