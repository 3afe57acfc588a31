package org.phare.core.indicator;

import java.util.Set;
import org.phare.core.territory.Level;

/**
 * An indicator of the catalogue.
 *
 * @param code stable code (lower-case, dashes), e.g. {@code chomage-taux}
 * @param labelFr French label shown to users
 * @param labelEn English label
 * @param domain the fragility domain it informs
 * @param unit unit as shown ({@code %}, {@code €}, {@code pour 1 000 hab.})
 * @param polarity whether higher means more fragile
 * @param source producer and dataset, e.g. "INSEE, taux de chômage localisés"
 * @param levels levels at which values are published or can be aggregated
 * @param aggregation how values aggregate to higher levels
 * @param scale for rates, the factor applied to numerator / denominator (100 for a percentage, 1000
 *     per thousand); 1 otherwise
 * @param numerator what the numerator counts (for rates), else empty
 * @param denominator what the denominator counts (for rates), else empty
 * @param derivation when the indicator is computed from two others (a RATE), else null
 * @param absentMeansZero for a count ({@link Aggregation#SUM}) whose source lists only the
 *     territories that have some (the BPE lists the communes with at least one equipment): a
 *     commune absent from a vintage's file counts zero, so that sums upwards are complete. False
 *     for every other indicator: missing stays missing.
 */
public record IndicatorDefinition(
    String code,
    String labelFr,
    String labelEn,
    Domain domain,
    String unit,
    Polarity polarity,
    String source,
    Set<Level> levels,
    Aggregation aggregation,
    double scale,
    String numerator,
    String denominator,
    Derivation derivation,
    boolean absentMeansZero) {

  /** An indicator whose missing values stay missing. */
  public IndicatorDefinition(
      String code,
      String labelFr,
      String labelEn,
      Domain domain,
      String unit,
      Polarity polarity,
      String source,
      Set<Level> levels,
      Aggregation aggregation,
      double scale,
      String numerator,
      String denominator,
      Derivation derivation) {
    this(
        code,
        labelFr,
        labelEn,
        domain,
        unit,
        polarity,
        source,
        levels,
        aggregation,
        scale,
        numerator,
        denominator,
        derivation,
        false);
  }

  public IndicatorDefinition {
    if (code == null || !code.matches("[a-z0-9][a-z0-9_.-]*")) {
      throw new IllegalArgumentException(
          "indicator code '" + code + "' must be lower-case letters, digits, '-', '_' or '.'");
    }
    if (domain == null || polarity == null || aggregation == null) {
      throw new IllegalArgumentException(
          "indicator " + code + " needs a domain, polarity and aggregation");
    }
    if (aggregation == Aggregation.RATE && !(scale > 0)) {
      throw new IllegalArgumentException("indicator " + code + ": a rate needs a positive scale");
    }
    if (derivation != null && aggregation != Aggregation.RATE) {
      throw new IllegalArgumentException("indicator " + code + ": a derived indicator is a RATE");
    }
    if (absentMeansZero && aggregation != Aggregation.SUM) {
      throw new IllegalArgumentException(
          "indicator " + code + ": only a count (SUM) may read an absent commune as zero");
    }
    levels = Set.copyOf(levels);
    numerator = numerator == null ? "" : numerator;
    denominator = denominator == null ? "" : denominator;
  }

  /** A count: printed without decimals, summed upwards. */
  public boolean isCount() {
    return aggregation == Aggregation.SUM;
  }

  public boolean isScored() {
    return polarity != Polarity.NEUTRAL;
  }
}
