package org.phare.core.survey;

import java.util.List;
import java.util.Objects;

/**
 * A multi-response question ("the 3 priority domains among 16"): for each respondent, the codes of
 * the items cited in order ({@code choices[k][row]}, {@code -1} when position {@code k} is empty).
 * The base of every share is the set of respondents who cited at least one item.
 *
 * @param name question name (used as the variable name in outputs)
 * @param levels the item labels
 * @param choices one column per position, first citation first
 */
public record MultiResponse(String name, List<String> levels, int[][] choices) {

  /** Validates the shape and the codes. */
  public MultiResponse {
    Objects.requireNonNull(name, "name");
    levels = List.copyOf(levels);
    if (choices.length == 0) {
      throw new IllegalArgumentException("multi-response " + name + " needs at least one column");
    }
    for (int[] col : choices) {
      if (col.length != choices[0].length) {
        throw new IllegalArgumentException("multi-response " + name + ": columns differ in length");
      }
      for (int c : col) {
        if (c < -1 || c >= levels.size()) {
          throw new IllegalArgumentException("multi-response " + name + ": code " + c);
        }
      }
    }
  }

  /** Builds it from factors sharing their labels (levels are the union, sorted). */
  public static MultiResponse of(String name, Factor... columns) {
    java.util.TreeSet<String> all = new java.util.TreeSet<>();
    for (Factor f : columns) {
      all.addAll(f.levels());
    }
    List<String> levels = List.copyOf(all);
    int[][] choices = new int[columns.length][];
    for (int k = 0; k < columns.length; k++) {
      Factor f = columns[k];
      int[] remap = new int[f.levels().size()];
      for (int l = 0; l < remap.length; l++) {
        remap[l] = levels.indexOf(f.levels().get(l));
      }
      choices[k] = new int[f.rows()];
      for (int i = 0; i < f.rows(); i++) {
        choices[k][i] = f.codes()[i] < 0 ? -1 : remap[f.codes()[i]];
      }
    }
    return new MultiResponse(name, levels, choices);
  }

  /** True when respondent {@code row} cited at least one item. */
  boolean answered(int row) {
    for (int[] col : choices) {
      if (col[row] >= 0) {
        return true;
      }
    }
    return false;
  }

  /** 1 when respondent {@code row} cited {@code item} (first position only when asked), else 0. */
  double cited(int row, int item, boolean firstOnly) {
    if (firstOnly) {
      return choices[0][row] == item ? 1 : 0;
    }
    for (int[] col : choices) {
      if (col[row] == item) {
        return 1;
      }
    }
    return 0;
  }
}
