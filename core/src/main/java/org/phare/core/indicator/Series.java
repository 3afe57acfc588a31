package org.phare.core.indicator;

import java.util.Arrays;
import org.phare.core.territory.Level;

/**
 * The values of one indicator, for one vintage, at one level: arrays indexed by the referential's
 * dense territory index ({@link org.phare.core.territory.TerritoryReferential#index}). Missing
 * values are NaN, never zero.
 */
public final class Series {

  private final Level level;
  private final double[] values;
  private final double[] numerators;
  private final double[] denominators;
  private final boolean[] aggregated;
  private final double[] coverage;
  private int count;

  Series(Level level, int size) {
    this.level = level;
    this.values = new double[size];
    this.numerators = new double[size];
    this.denominators = new double[size];
    this.aggregated = new boolean[size];
    this.coverage = new double[size];
    Arrays.fill(values, Double.NaN);
    Arrays.fill(numerators, Double.NaN);
    Arrays.fill(denominators, Double.NaN);
    Arrays.fill(coverage, Double.NaN);
  }

  public Level level() {
    return level;
  }

  public int size() {
    return values.length;
  }

  /** Number of territories with a value. */
  public int count() {
    return count;
  }

  public double value(int index) {
    return values[index];
  }

  public boolean has(int index) {
    return !Double.isNaN(values[index]);
  }

  public double numerator(int index) {
    return numerators[index];
  }

  public double denominator(int index) {
    return denominators[index];
  }

  /** True when the value was computed from lower levels rather than published. */
  public boolean aggregated(int index) {
    return aggregated[index];
  }

  /**
   * For aggregated values, the share of the territory's population living in children that had a
   * value (1 for a complete aggregate); NaN for published values.
   */
  public double coverage(int index) {
    return coverage[index];
  }

  boolean set(int index, double value, double numerator, double denominator) {
    boolean fresh = Double.isNaN(values[index]);
    values[index] = value;
    numerators[index] = numerator;
    denominators[index] = denominator;
    if (fresh) {
      count++;
    }
    return fresh;
  }

  void setAggregated(
      int index, double value, double numerator, double denominator, double coverage) {
    set(index, value, numerator, denominator);
    aggregated[index] = true;
    this.coverage[index] = coverage;
  }
}
