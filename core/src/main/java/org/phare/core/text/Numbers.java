package org.phare.core.text;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The one way figures are written for people (web pages, charts, maps, PDF, CLI text), whatever the
 * machine's default locale. Machine output (CSV, JSON) never goes through here: it uses {@code
 * Locale.ROOT}.
 *
 * <p>Rules, decided once:
 *
 * <ul>
 *   <li>French: decimal comma, narrow no-break space U+202F between thousands ("2 573 180"), a
 *       narrow no-break space before the percent sign ("12,5 %"). U+202F rather than the no-break
 *       space U+00A0 because it is the thin space of French typography (Imprimerie nationale,
 *       CLDR's French grouping separator since 2018) and it already was what the web pages showed;
 *       both are no-break, so a figure never splits across lines.
 *   <li>English: decimal point, comma between thousands, no space before % ("12.5%").
 *   <li>Negative numbers take the minus sign U+2212 ("−0,46") in both languages: it has the width
 *       of a plus sign so signed columns line up, and screen readers say "minus" where they often
 *       skip a hyphen.
 *   <li>A missing value (NaN) and an infinity print {@link #NO_DATA}, an en dash, never 0: the en
 *       dash rather than the em dash because running text uses the em dash as a separator ("Loiret
 *       — comparaison : …") and the en dash is what tables and templates already showed.
 *   <li>Rounding is half-up (a tie goes away from zero: 0,125 → 0,13; −2,5 → −3), applied to the
 *       shortest decimal that prints the double ({@link Double#toString}), so 0.15 rounds to 0,2
 *       and 1.005 to 1,01 as a reader checking the figure by hand would, not as the binary value
 *       0.1499999… would. Half-even is not used: it avoids bias when many rounded values are
 *       summed, but here each figure is rounded once, for display, and readers expect the rule they
 *       learned at school.
 *   <li>A value that rounds to zero prints without sign ("0,00", never "−0,00").
 * </ul>
 *
 * Instances are immutable and shared: {@link #french()} and {@link #english()}.
 */
public final class Numbers {

  /** What is shown for a missing value: an en dash. */
  public static final String NO_DATA = "\u2013";

  /** The minus sign U+2212. */
  public static final char MINUS = '\u2212';

  /** The narrow no-break space U+202F: French thousands separator and space before %. */
  public static final char NARROW_NBSP = '\u202F';

  private static final Numbers FRENCH = new Numbers(true);
  private static final Numbers ENGLISH = new Numbers(false);

  private final boolean french;

  private Numbers(boolean french) {
    this.french = french;
  }

  public static Numbers french() {
    return FRENCH;
  }

  public static Numbers english() {
    return ENGLISH;
  }

  public boolean isFrench() {
    return french;
  }

  /** A number with exactly {@code decimals} decimals: {@code fixed(1234.567, 1)} → "1 234,6". */
  public String fixed(double value, int decimals) {
    if (!Double.isFinite(value)) {
      return NO_DATA;
    }
    return write(round(BigDecimal.valueOf(value), decimals));
  }

  /**
   * A number with at most {@code decimals} decimals, trailing zeros dropped: {@code decimal(2.50,
   * 2)} → "2,5", {@code decimal(3.0, 2)} → "3".
   */
  public String decimal(double value, int decimals) {
    if (!Double.isFinite(value)) {
      return NO_DATA;
    }
    BigDecimal rounded = round(BigDecimal.valueOf(value), decimals);
    BigDecimal trimmed = rounded.stripTrailingZeros();
    return write(trimmed.scale() < 0 ? trimmed.setScale(0) : trimmed);
  }

  /** A whole number with thousands separators. */
  public String integer(long value) {
    return write(BigDecimal.valueOf(value));
  }

  /** A value already in percent: {@code percent(37.5, 1)} → "37,5 %" / "37.5%". */
  public String percent(double points, int decimals) {
    if (!Double.isFinite(points)) {
      return NO_DATA;
    }
    return withPercentSign(write(round(BigDecimal.valueOf(points), decimals)));
  }

  /**
   * A fraction printed as a percentage: {@code percentOfFraction(0.125, 1)} → "12,5 %". The decimal
   * point is moved exactly (0.145 → 14,5 %, where 0.145 × 100 would give 14.499999…).
   */
  public String percentOfFraction(double fraction, int decimals) {
    if (!Double.isFinite(fraction)) {
      return NO_DATA;
    }
    return withPercentSign(write(round(BigDecimal.valueOf(fraction).movePointRight(2), decimals)));
  }

  /** A signed number with exactly {@code decimals} decimals ("+0,50" / "−1,20" / "0,00"). */
  public String signed(double value, int decimals) {
    if (!Double.isFinite(value)) {
      return NO_DATA;
    }
    BigDecimal rounded = round(BigDecimal.valueOf(value), decimals);
    String text = write(rounded);
    return rounded.signum() > 0 ? "+" + text : text;
  }

  private String withPercentSign(String number) {
    return french ? number + NARROW_NBSP + "%" : number + "%";
  }

  private static BigDecimal round(BigDecimal value, int decimals) {
    if (decimals < 0) {
      throw new IllegalArgumentException("decimals must be >= 0, was " + decimals);
    }
    return value.setScale(decimals, RoundingMode.HALF_UP);
  }

  /** Writes a decimal as is (its scale gives the decimals), with this language's symbols. */
  private String write(BigDecimal value) {
    String plain = value.abs().toPlainString();
    int dot = plain.indexOf('.');
    String whole = dot < 0 ? plain : plain.substring(0, dot);
    StringBuilder out = new StringBuilder(plain.length() + plain.length() / 3 + 1);
    if (value.signum() < 0) {
      out.append(MINUS);
    }
    char group = french ? NARROW_NBSP : ',';
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0) {
        out.append(group);
      }
      out.append(whole.charAt(i));
    }
    if (dot >= 0) {
      out.append(french ? ',' : '.').append(plain, dot + 1, plain.length());
    }
    return out.toString();
  }
}
