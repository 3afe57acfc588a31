package org.phare.store.indicator;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.phare.core.indicator.Observation;

/**
 * The values of one series (indicator, level, vintage) as stored in a row of {@code
 * indicator_series}: territory codes and their values in parallel arrays. Absent numerators and
 * denominators are NaN.
 */
final class StoredSeries {

  /** Identifies a series; {@code level} is the name of the {@code Level} constant. */
  record Key(String indicator, String level, String vintage) {}

  final Key key;
  private String[] codes;
  private double[] values;
  private double[] numerators;
  private double[] denominators;
  private long[] importIds;
  private int size;

  StoredSeries(
      Key key,
      String[] codes,
      double[] values,
      double[] numerators,
      double[] denominators,
      long[] importIds) {
    this.key = key;
    this.codes = codes;
    this.values = values;
    this.numerators = numerators;
    this.denominators = denominators;
    this.importIds = importIds;
    this.size = codes.length;
  }

  /** A new series holding the given observations of one key, all from one import. */
  static StoredSeries of(Key key, List<Observation> observations, long importId) {
    int n = observations.size();
    String[] codes = new String[n];
    double[] values = new double[n];
    double[] numerators = new double[n];
    double[] denominators = new double[n];
    for (int i = 0; i < n; i++) {
      Observation o = observations.get(i);
      codes[i] = o.territory().code();
      values[i] = o.value();
      numerators[i] = o.numerator();
      denominators[i] = o.denominator();
    }
    long[] importIds = new long[n];
    Arrays.fill(importIds, importId);
    return new StoredSeries(key, codes, values, numerators, denominators, importIds);
  }

  /** What a merge did to a stored series. */
  record Merge(int inserted, int updated, int unchanged) {
    boolean changed() {
      return inserted + updated > 0;
    }
  }

  /**
   * Merges an import's observations of this series: a new code is appended, a changed value (value,
   * numerator or denominator) is replaced and marked with the import, an equal one is left as is.
   * The observations have distinct codes (the readers refuse duplicates).
   */
  Merge merge(List<Observation> observations, long importId) {
    Map<String, Integer> index = new HashMap<>(size * 2);
    for (int i = 0; i < size; i++) {
      index.put(codes[i], i);
    }
    int inserted = 0;
    int updated = 0;
    int unchanged = 0;
    for (Observation o : observations) {
      Integer at = index.get(o.territory().code());
      if (at == null) {
        append(o, importId);
        inserted++;
      } else if (same(values[at], o.value())
          && same(numerators[at], o.numerator())
          && same(denominators[at], o.denominator())) {
        unchanged++;
      } else {
        values[at] = o.value();
        numerators[at] = o.numerator();
        denominators[at] = o.denominator();
        importIds[at] = importId;
        updated++;
      }
    }
    return new Merge(inserted, updated, unchanged);
  }

  /** Equality as SQL's IS NOT DISTINCT FROM on nullable doubles: NaN (absent) equals NaN. */
  private static boolean same(double a, double b) {
    return a == b || Double.isNaN(a) && Double.isNaN(b);
  }

  private void append(Observation o, long importId) {
    if (size == codes.length) {
      int capacity = Math.max(8, size + (size >> 1));
      codes = Arrays.copyOf(codes, capacity);
      values = Arrays.copyOf(values, capacity);
      numerators = Arrays.copyOf(numerators, capacity);
      denominators = Arrays.copyOf(denominators, capacity);
      importIds = Arrays.copyOf(importIds, capacity);
    }
    codes[size] = o.territory().code();
    values[size] = o.value();
    numerators[size] = o.numerator();
    denominators[size] = o.denominator();
    importIds[size] = importId;
    size++;
  }

  int size() {
    return size;
  }

  String code(int i) {
    return codes[i];
  }

  double value(int i) {
    return values[i];
  }

  double numerator(int i) {
    return numerators[i];
  }

  double denominator(int i) {
    return denominators[i];
  }

  String[] codes() {
    return Arrays.copyOf(codes, size);
  }

  double[] values() {
    return Arrays.copyOf(values, size);
  }

  double[] numerators() {
    return Arrays.copyOf(numerators, size);
  }

  double[] denominators() {
    return Arrays.copyOf(denominators, size);
  }

  long[] importIds() {
    return Arrays.copyOf(importIds, size);
  }
}
