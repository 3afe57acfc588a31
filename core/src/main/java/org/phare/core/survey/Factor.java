package org.phare.core.survey;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A categorical column: one level code per row ({@code -1} for a missing value) and the level
 * labels. Used for categorical variables (proportions) and for grouping ({@code --by}).
 *
 * @param name variable name
 * @param codes level index per row, {@code -1} when missing
 * @param levels level labels, sorted (numerically when every label is a number, as R sorts a
 *     numeric variable turned into a factor)
 */
public record Factor(String name, int[] codes, List<String> levels) {

  /** Validates codes against the levels. */
  public Factor {
    Objects.requireNonNull(name, "name");
    levels = List.copyOf(levels);
    for (int c : codes) {
      if (c < -1 || c >= levels.size()) {
        throw new IllegalArgumentException("code " + c + " out of the levels of " + name);
      }
    }
  }

  /** Builds a factor from raw values; null or empty values are missing. */
  public static Factor of(String name, String[] values) {
    Set<String> distinct = new LinkedHashSet<>();
    for (String v : values) {
      if (v != null && !v.isEmpty()) {
        distinct.add(v);
      }
    }
    List<String> levels = new ArrayList<>(distinct);
    boolean numeric = levels.stream().allMatch(Factor::isNumber);
    levels.sort(
        numeric ? Comparator.comparing(BigDecimal::new) : Comparator.<String>naturalOrder());
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < levels.size(); i++) {
      index.put(levels.get(i), i);
    }
    int[] codes = new int[values.length];
    for (int i = 0; i < values.length; i++) {
      String v = values[i];
      codes[i] = v == null || v.isEmpty() ? -1 : index.get(v);
    }
    return new Factor(name, codes, levels);
  }

  private static boolean isNumber(String s) {
    try {
      new BigDecimal(s);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /**
   * The crossing of two factors (nested groups, {@code --by region,sex}): a level for each
   * combination present, labelled {@code a=x;b=y}; missing when either is missing.
   */
  public static Factor cross(Factor a, Factor b) {
    int nb = b.levels.size();
    int[] combined = new int[a.codes.length];
    boolean[] present = new boolean[a.levels.size() * nb];
    for (int i = 0; i < combined.length; i++) {
      int ca = a.codes[i];
      int cb = b.codes[i];
      combined[i] = ca < 0 || cb < 0 ? -1 : ca * nb + cb;
      if (combined[i] >= 0) {
        present[combined[i]] = true;
      }
    }
    int[] remap = new int[present.length];
    List<String> levels = new ArrayList<>();
    for (int k = 0; k < present.length; k++) {
      remap[k] = -1;
      if (present[k]) {
        remap[k] = levels.size();
        levels.add(a.levels.get(k / nb) + ";" + b.name + "=" + b.levels.get(k % nb));
      }
    }
    for (int i = 0; i < combined.length; i++) {
      combined[i] = combined[i] < 0 ? -1 : remap[combined[i]];
    }
    // Named after the first factor, so that levelLabel gives "a=x;b=y".
    return new Factor(a.name, combined, levels);
  }

  /** Label of a level as shown in outputs: {@code name=level} ({@code a=x;b=y} when crossed). */
  public String levelLabel(int level) {
    return name + "=" + levels.get(level);
  }

  /** Number of rows. */
  public int rows() {
    return codes.length;
  }

  /** Number of rows with a missing value. */
  public int missing() {
    int m = 0;
    for (int c : codes) {
      if (c < 0) {
        m++;
      }
    }
    return m;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Factor f
        && f.name.equals(name)
        && Arrays.equals(f.codes, codes)
        && f.levels.equals(levels);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, Arrays.hashCode(codes), levels);
  }

  @Override
  public String toString() {
    return "Factor[" + name + ", " + codes.length + " rows, levels " + levels + "]";
  }
}
