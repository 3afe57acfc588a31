package org.phare.core.report;

import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Numbers as users read them, in French (decimal comma, narrow no-break space between thousands,
 * "12,5 %") or English, independent of the machine's default locale. Missing values (NaN) print as
 * an em dash, never as zero.
 */
public final class Numbers {

  /** What is shown for a missing value. */
  public static final String MISSING = "—";

  private static final char NARROW_NBSP = '\u202F';

  private final Locale locale;

  private Numbers(Locale locale) {
    this.locale = locale;
  }

  public static Numbers french() {
    return new Numbers(Locale.FRANCE);
  }

  public static Numbers english() {
    return new Numbers(Locale.UK);
  }

  /** French for "fr" (and anything unknown), English for "en". */
  public static Numbers forLanguage(String language) {
    return "en".equals(language) ? english() : french();
  }

  public boolean isFrench() {
    return locale == Locale.FRANCE;
  }

  /** A number with at most {@code decimals} decimals (trailing zeros dropped). */
  public String decimal(double value, int decimals) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return MISSING;
    }
    return format(value, decimals, false);
  }

  /** A number with exactly {@code decimals} decimals. */
  public String fixed(double value, int decimals) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return MISSING;
    }
    return format(value, decimals, true);
  }

  public String integer(long value) {
    return format(value, 0, false);
  }

  /** A share in [0, 1] as a percentage: 0.125 → "12,5 %" (French) or "12.5%" (English). */
  public String percent(double share, int decimals) {
    if (Double.isNaN(share) || Double.isInfinite(share)) {
      return MISSING;
    }
    String number = format(share * 100, decimals, false);
    return isFrench() ? number + "\u00A0%" : number + "%";
  }

  /** A signed number (+1,2 / −0,4), for gaps and scores. */
  public String signed(double value, int decimals) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return MISSING;
    }
    String body = format(Math.abs(value), decimals, true);
    if (body.matches("[0.,\\s]*") || value == 0) {
      return body;
    }
    return (value > 0 ? "+" : "\u2212") + body;
  }

  private String format(double value, int decimals, boolean fixed) {
    DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
    if (isFrench()) {
      symbols.setGroupingSeparator(NARROW_NBSP);
      symbols.setDecimalSeparator(',');
    }
    symbols.setMinusSign('\u2212');
    DecimalFormat format = new DecimalFormat("#,##0", symbols);
    format.setMaximumFractionDigits(decimals);
    format.setMinimumFractionDigits(fixed ? decimals : 0);
    format.setRoundingMode(RoundingMode.HALF_UP);
    return format.format(value);
  }
}
