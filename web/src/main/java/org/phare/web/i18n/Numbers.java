package org.phare.web.i18n;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Formats numbers for people: French typography in the French interface (decimal comma, narrow
 * no-break space U+202F between thousands, narrow no-break space before %), English otherwise
 * (decimal point, comma between thousands). Machine output (CSV, JSON) never goes through here: it
 * uses {@code Locale.ROOT}.
 *
 * <p>NaN and infinities print as an en dash: "no data" is shown, never a zero.
 */
public record Numbers(Lang lang) {

  public static final String NO_DATA = "–";
  private static final char NNBSP = '\u202F';

  /** A number with a fixed count of decimals, rounded half-up. */
  public String format(double value, int decimals) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return NO_DATA;
    }
    BigDecimal rounded = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
    if (rounded.signum() == 0) {
      rounded = rounded.abs();
    }
    String plain = rounded.abs().toPlainString();
    int dot = plain.indexOf('.');
    String integer = dot < 0 ? plain : plain.substring(0, dot);
    String fraction = dot < 0 ? "" : plain.substring(dot + 1);
    StringBuilder out = new StringBuilder();
    if (rounded.signum() < 0) {
      out.append(lang == Lang.FR ? '\u2212' : '-');
    }
    char group = lang == Lang.FR ? NNBSP : ',';
    for (int i = 0; i < integer.length(); i++) {
      if (i > 0 && (integer.length() - i) % 3 == 0) {
        out.append(group);
      }
      out.append(integer.charAt(i));
    }
    if (!fraction.isEmpty()) {
      out.append(lang == Lang.FR ? ',' : '.').append(fraction);
    }
    return out.toString();
  }

  /** A whole number with thousands separators. */
  public String integer(long value) {
    return format(value, 0);
  }

  /** A share given as a fraction (0.37) printed as a percentage ("37 %" / "37%"). */
  public String percentOfFraction(double fraction, int decimals) {
    return percent(fraction * 100, decimals);
  }

  /** A value already in percent printed with its sign: "37,5 %" in French, "37.5%" in English. */
  public String percent(double value, int decimals) {
    String number = format(value, decimals);
    if (NO_DATA.equals(number)) {
      return number;
    }
    return lang == Lang.FR ? number + NNBSP + "%" : number + "%";
  }

  /** A signed value ("+0,8" / "−1,2"), for gaps and scores. */
  public String signed(double value, int decimals) {
    String number = format(value, decimals);
    if (NO_DATA.equals(number) || number.startsWith("\u2212") || number.startsWith("-")) {
      return number;
    }
    return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).signum() == 0
        ? number
        : "+" + number;
  }
}
