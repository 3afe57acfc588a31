package org.phare.core.territory;

import java.util.Arrays;
import java.util.List;

/**
 * Direct-address table from a commune code to its dense index. A COG commune code is five
 * characters: a département part ({@code 01}-{@code 95}, {@code 2A}, {@code 2B}, {@code 97} for
 * overseas) and three digits, so it maps to a slot of a 120,000-entry array without hashing. File
 * imports look up a commune for every one of millions of rows; a hash map of 35,000 string keys
 * costs several cache misses per lookup, this table one.
 */
final class CommuneCodeTable {

  /** The code is not of the commune shape: the caller falls back to a general lookup. */
  static final int NOT_A_COMMUNE_CODE = -2;

  private static final int SIZE = 10 * 12 * 1000;

  private final int[] indexBySlot;

  private CommuneCodeTable(int[] indexBySlot) {
    this.indexBySlot = indexBySlot;
  }

  /** A table of the given communes, in index order. */
  static CommuneCodeTable of(List<Territory> communes) {
    int[] slots = new int[SIZE];
    Arrays.fill(slots, -1);
    for (int i = 0; i < communes.size(); i++) {
      int slot = slot(communes.get(i).code());
      if (slot >= 0) {
        slots[slot] = i; // other shapes (test referentials) are found by the general lookup
      }
    }
    return new CommuneCodeTable(slots);
  }

  /**
   * The index of the commune; -1 when the code has the COG shape but no commune has it; {@link
   * #NOT_A_COMMUNE_CODE} for any other shape.
   */
  int index(String code) {
    int slot = slot(code);
    return slot < 0 ? NOT_A_COMMUNE_CODE : indexBySlot[slot];
  }

  /** 0-119,999 for codes of the shape [0-9][0-9AB][0-9]{3}, else -1. */
  private static int slot(String code) {
    if (code.length() != 5) {
      return -1;
    }
    int first = digit(code.charAt(0));
    char c = code.charAt(1);
    int second = c == 'A' ? 10 : c == 'B' ? 11 : digit(c);
    int rest = 0;
    for (int i = 2; i < 5; i++) {
      int d = digit(code.charAt(i));
      if (d < 0) {
        return -1;
      }
      rest = rest * 10 + d;
    }
    if (first < 0 || second < 0) {
      return -1;
    }
    return (first * 12 + second) * 1000 + rest;
  }

  private static int digit(char c) {
    return c >= '0' && c <= '9' ? c - '0' : -1;
  }
}
