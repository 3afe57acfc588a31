package org.phare.core.indicator;

import org.phare.core.territory.TerritoryId;

/**
 * One published value of an indicator for a territory and a vintage.
 *
 * @param indicator indicator code
 * @param territory where
 * @param vintage when: a year ({@code 2021}), a quarter ({@code 2024-T3}), a month ({@code
 *     2022-09}); vintages of one indicator sort chronologically as strings
 * @param value the value as published (a rate already scaled)
 * @param numerator for rates, the numerator, else NaN
 * @param denominator for rates, the denominator, else NaN
 */
public record Observation(
    String indicator,
    TerritoryId territory,
    String vintage,
    double value,
    double numerator,
    double denominator) {

  public Observation {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(
          "indicator "
              + indicator
              + " for "
              + territory
              + " in "
              + vintage
              + ": value is not a number");
    }
  }

  public static Observation of(
      String indicator, TerritoryId territory, String vintage, double value) {
    return new Observation(indicator, territory, vintage, value, Double.NaN, Double.NaN);
  }

  public boolean hasRateParts() {
    return !Double.isNaN(numerator) && !Double.isNaN(denominator);
  }
}
