package org.phare.core.survey;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A known population margin for calibration: the population count of each category of a categorical
 * variable (e.g. the number of inhabitants per region and per age band).
 *
 * @param variable the sample variable (every row must have a category)
 * @param totals population count per category label
 */
public record Margin(Factor variable, Map<String, Double> totals) {

  /** Validates the totals (finite, non-negative). */
  public Margin {
    Objects.requireNonNull(variable, "variable");
    totals = new LinkedHashMap<>(totals);
    for (Map.Entry<String, Double> e : totals.entrySet()) {
      if (e.getValue() == null || !(e.getValue() >= 0) || e.getValue().isInfinite()) {
        throw new IllegalArgumentException(
            "margin "
                + variable.name()
                + ": population total of category "
                + e.getKey()
                + " is "
                + e.getValue()
                + ", it must be a finite non-negative number");
      }
    }
  }

  /** Sum of the population totals. */
  public double sum() {
    return totals.values().stream().mapToDouble(Double::doubleValue).sum();
  }
}
