package org.phare.store.indicator;

/**
 * Parses the numbers of published French files without regular expressions: decimal point or
 * decimal comma ({@code 0,0078318}), thousands separated by spaces or no-break spaces ({@code 1
 * 194}), and the markers that mean "not available" ({@code s} secret, {@code nd}, {@code n.d.},
 * {@code NA}...) which are missing data, never zero.
 */
final class NumberCell {

  private NumberCell() {}

  /** True for an empty cell or a "not available / secret" marker. */
  static boolean isMissing(String cell) {
    String text = cell.strip();
    if (text.isEmpty()) {
      return true;
    }
    char first = text.charAt(0);
    if (text.length() > 6 || first >= '0' && first <= '9') {
      return false; // markers are short and never start with a digit: skip lower-casing
    }
    return switch (text.toLowerCase(java.util.Locale.ROOT)) {
      case "s", "nd", "n.d.", "n.d", "na", "nc", "n.c.", "secret", "-", "—", "…", "...", "x" ->
          true;
      default -> false;
    };
  }

  /** Exact powers of ten as doubles: 10^22 is the largest that a double holds exactly. */
  private static final double[] POWERS_OF_TEN = new double[23];

  static {
    double power = 1;
    for (int i = 0; i < POWERS_OF_TEN.length; i++) {
      POWERS_OF_TEN[i] = power;
      power *= 10;
    }
  }

  /**
   * The common cell written as {@code [-]digits[.digits]} with at most 15 significant digits, or
   * NaN for anything else (left to the general path). Both the integer formed by the digits (below
   * 2^53) and the power of ten (at most 10^22) are exact doubles, so one IEEE division gives the
   * correctly rounded value, the same as {@link Double#parseDouble} (Clinger's fast path, 1990)
   * without its string scanning.
   */
  static double simpleDecimal(String cell) {
    int length = cell.length();
    if (length == 0 || length > 17) {
      return Double.NaN;
    }
    int i = 0;
    boolean negative = cell.charAt(0) == '-';
    if (negative) {
      i = 1;
    }
    long digits = 0;
    int count = 0;
    int decimals = -1;
    for (; i < length; i++) {
      char c = cell.charAt(i);
      if (c >= '0' && c <= '9') {
        digits = digits * 10 + (c - '0');
        count++;
        if (decimals >= 0) {
          decimals++;
        }
      } else if (c == '.' && decimals < 0) {
        decimals = 0;
      } else {
        return Double.NaN;
      }
    }
    if (count == 0 || count > 15 || decimals == 0) {
      return Double.NaN; // no digit, too many for an exact long-to-double, or a trailing point
    }
    double value = decimals > 0 ? digits / POWERS_OF_TEN[decimals] : digits;
    return negative ? -value : value;
  }

  /**
   * The value of a cell, or NaN when {@link #isMissing missing}.
   *
   * @throws Invalid with the catalogue code of the reason when the cell is neither a number nor a
   *     missing marker
   */
  static double parse(String cell) {
    double simple = simpleDecimal(cell);
    if (!Double.isNaN(simple)) {
      return simple;
    }
    if (isMissing(cell)) {
      return Double.NaN;
    }
    String text = cell.strip();
    boolean needsCleaning = false;
    int commas = 0;
    int points = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9' || c == '-' || c == '+' || c == 'e' || c == 'E') {
        continue;
      }
      switch (c) {
        case '.' -> points++;
        case ',' -> {
          commas++;
          needsCleaning = true;
        }
        case ' ', '\u00a0', '\u202f' -> needsCleaning = true;
        default -> throw new Invalid("import.value.not-number", cell);
      }
    }
    if (commas > 1 || commas == 1 && points > 0 || points > 1) {
      throw new Invalid("import.value.separators", cell);
    }
    if (needsCleaning) {
      StringBuilder cleaned = new StringBuilder(text.length());
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == ',') {
          cleaned.append('.');
        } else if (c != ' ' && c != '\u00a0' && c != '\u202f') {
          cleaned.append(c);
        }
      }
      text = cleaned.toString();
    }
    double value;
    try {
      value = Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw new Invalid("import.value.not-number", cell);
    }
    if (Double.isInfinite(value)) {
      throw new Invalid("import.value.out-of-range", cell);
    }
    return value;
  }

  /**
   * A cell that is not a number, with the catalogue code of the reason ({@code import.value.*}).
   */
  static final class Invalid extends NumberFormatException {
    private static final long serialVersionUID = 1L;

    final String code;
    final String cell;

    Invalid(String code, String cell) {
      super(code + ": '" + cell + "'");
      this.code = code;
      this.cell = cell.strip();
    }
  }
}
