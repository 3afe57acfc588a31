package org.phare.core.ecosystem;

import java.util.Arrays;

/**
 * An undirected simple graph of organisations: one node per organisation, one link between two
 * organisations that share at least one partnership (a partnership of k members links each pair of
 * them). Parallel links are merged and self-loops dropped, so metrics count relations, not
 * partnerships. Stored as compressed adjacency arrays (CSR) so that breadth-first searches on
 * 50,000 nodes stay cheap.
 */
public final class Network {

  private final long[] ids;
  private final Family[] families;
  private final int[] offsets;
  private final int[] neighbours;

  private Network(long[] ids, Family[] families, int[] offsets, int[] neighbours) {
    this.ids = ids;
    this.families = families;
    this.offsets = offsets;
    this.neighbours = neighbours;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Number of nodes. */
  public int size() {
    return ids.length;
  }

  /** Number of (undirected, merged) links. */
  public int linkCount() {
    return neighbours.length / 2;
  }

  public long id(int node) {
    return ids[node];
  }

  public Family family(int node) {
    return families[node];
  }

  public int degree(int node) {
    return offsets[node + 1] - offsets[node];
  }

  /** Neighbour {@code k} (0 ≤ k < degree) of {@code node}. */
  public int neighbour(int node, int k) {
    return neighbours[offsets[node] + k];
  }

  int[] offsets() {
    return offsets;
  }

  int[] neighbours() {
    return neighbours;
  }

  /** Collects nodes and links; unknown organisation ids in a link are an error. */
  public static final class Builder {
    private final IndexById indexById = new IndexById();
    private long[] ids = new long[16];
    private Family[] families = new Family[16];
    private int nodeCount;
    private long[] pairs = new long[16];
    private int pairCount;

    private Builder() {}

    /** Adds an organisation; adding the same id twice keeps the first. */
    public Builder node(long id, Family family) {
      if (indexById.putIfAbsent(id, nodeCount) < 0) {
        if (nodeCount == ids.length) {
          ids = Arrays.copyOf(ids, nodeCount * 2);
          families = Arrays.copyOf(families, nodeCount * 2);
        }
        ids[nodeCount] = id;
        families[nodeCount] = family;
        nodeCount++;
      }
      return this;
    }

    /** Links two organisations already added; a self-link is ignored. */
    public Builder link(long a, long b) {
      int ia = indexById.get(a);
      int ib = indexById.get(b);
      if (ia < 0 || ib < 0) {
        throw new IllegalArgumentException(
            "link " + a + "-" + b + " names an organisation that is not a node");
      }
      if (ia == ib) {
        return this;
      }
      int lo = Math.min(ia, ib);
      int hi = Math.max(ia, ib);
      if (pairCount == pairs.length) {
        pairs = Arrays.copyOf(pairs, pairCount * 2);
      }
      pairs[pairCount++] = ((long) lo << 32) | hi;
      return this;
    }

    /** Links every pair of the given members (a partnership or an initiative). */
    public Builder clique(long... members) {
      for (int i = 0; i < members.length; i++) {
        for (int j = i + 1; j < members.length; j++) {
          link(members[i], members[j]);
        }
      }
      return this;
    }

    public boolean contains(long id) {
      return indexById.get(id) >= 0;
    }

    public Network build() {
      long[] sorted = Arrays.copyOf(pairs, pairCount);
      Arrays.sort(sorted);
      int unique = 0;
      for (int i = 0; i < sorted.length; i++) {
        if (i == 0 || sorted[i] != sorted[i - 1]) {
          sorted[unique++] = sorted[i];
        }
      }
      int[] degree = new int[nodeCount];
      for (int i = 0; i < unique; i++) {
        degree[(int) (sorted[i] >>> 32)]++;
        degree[(int) sorted[i]]++;
      }
      int[] offsets = new int[nodeCount + 1];
      for (int v = 0; v < nodeCount; v++) {
        offsets[v + 1] = offsets[v] + degree[v];
      }
      int[] fill = Arrays.copyOf(offsets, nodeCount);
      int[] neighbours = new int[2 * unique];
      for (int i = 0; i < unique; i++) {
        int a = (int) (sorted[i] >>> 32);
        int b = (int) sorted[i];
        neighbours[fill[a]++] = b;
        neighbours[fill[b]++] = a;
      }
      return new Network(
          Arrays.copyOf(ids, nodeCount), Arrays.copyOf(families, nodeCount), offsets, neighbours);
    }
  }

  /**
   * Organisation id → node index, open addressing with linear probing over primitive arrays: the
   * national graph looks up about a million ids while it is built, and boxed {@code HashMap<Long,
   * Integer>} lookups were a tenth of the time of the national metrics.
   */
  private static final class IndexById {
    private long[] keys = new long[64];
    private int[] values = new int[64];
    private boolean[] used = new boolean[64];
    private int size;

    /** The index of {@code id}, or -1. */
    int get(long id) {
      int mask = keys.length - 1;
      for (int slot = slot(id, mask); used[slot]; slot = (slot + 1) & mask) {
        if (keys[slot] == id) {
          return values[slot];
        }
      }
      return -1;
    }

    /** Stores {@code id → index} unless present; returns the previous index, or -1. */
    int putIfAbsent(long id, int index) {
      if (2 * (size + 1) > keys.length) {
        grow();
      }
      int mask = keys.length - 1;
      int slot = slot(id, mask);
      while (used[slot]) {
        if (keys[slot] == id) {
          return values[slot];
        }
        slot = (slot + 1) & mask;
      }
      used[slot] = true;
      keys[slot] = id;
      values[slot] = index;
      size++;
      return -1;
    }

    private void grow() {
      long[] oldKeys = keys;
      int[] oldValues = values;
      boolean[] oldUsed = used;
      keys = new long[oldKeys.length * 2];
      values = new int[oldKeys.length * 2];
      used = new boolean[oldKeys.length * 2];
      int mask = keys.length - 1;
      for (int i = 0; i < oldKeys.length; i++) {
        if (oldUsed[i]) {
          int slot = slot(oldKeys[i], mask);
          while (used[slot]) {
            slot = (slot + 1) & mask;
          }
          used[slot] = true;
          keys[slot] = oldKeys[i];
          values[slot] = oldValues[i];
        }
      }
    }

    /** Database ids are consecutive: spread them (Stafford's mix 13, as in SplittableRandom). */
    private static int slot(long id, int mask) {
      long z = (id ^ (id >>> 30)) * 0xbf58476d1ce4e5b9L;
      z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
      return (int) (z ^ (z >>> 31)) & mask;
    }
  }
}
