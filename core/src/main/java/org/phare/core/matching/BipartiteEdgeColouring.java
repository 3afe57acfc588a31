package org.phare.core.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits the edges of a bipartite graph into matchings: a proper edge colouring with as many
 * colours as the maximum degree (König's edge-colouring theorem, 1916), then made equitable so that
 * colour classes differ in size by at most one (de Werra, 1971). Each colour becomes a round of the
 * speed-dating: a matching means nobody sits at two tables, equal sizes mean every round uses the
 * same number of tables.
 *
 * <p>Colouring inserts edges one by one; when the colour free at one end is busy at the other, the
 * two-coloured alternating path from that end is flipped (it cannot reach the first end in a
 * bipartite graph). Balancing swaps the colours of an alternating path with one more edge of the
 * largest class than of the smallest. Both are O(E · V).
 */
final class BipartiteEdgeColouring {

  private final int left;
  private final int colours;
  private final int[] edgeLeft;
  private final int[] edgeRight;
  private final int[] colour;
  // at[vertex * colours + c] = edge of colour c at vertex, or -1; right vertices follow left ones.
  private final int[] at;

  private BipartiteEdgeColouring(
      int left, int right, int[] edgeLeft, int[] edgeRight, int colours) {
    this.left = left;
    this.colours = colours;
    this.edgeLeft = edgeLeft;
    this.edgeRight = edgeRight;
    this.colour = new int[edgeLeft.length];
    this.at = new int[(left + right) * colours];
    Arrays.fill(at, -1);
  }

  /**
   * Colours edge i = (edgeLeft[i], edgeRight[i]) with a colour in [0, colours) so that edges
   * sharing a vertex differ and the colour classes' sizes differ by at most one. The graph must be
   * simple (no edge given twice).
   *
   * @throws IllegalArgumentException when a vertex has more edges than colours
   */
  static int[] colour(int left, int right, int[] edgeLeft, int[] edgeRight, int colours) {
    if (edgeLeft.length != edgeRight.length) {
      throw new IllegalArgumentException("edge arrays differ in length");
    }
    if (edgeLeft.length == 0) {
      return new int[0];
    }
    if (colours <= 0) {
      throw new IllegalArgumentException("edges cannot be coloured with " + colours + " colours");
    }
    BipartiteEdgeColouring colouring =
        new BipartiteEdgeColouring(left, right, edgeLeft, edgeRight, colours);
    for (int edge = 0; edge < edgeLeft.length; edge++) {
      colouring.insert(edge);
    }
    colouring.balance();
    return colouring.colour;
  }

  private void insert(int edge) {
    int u = edgeLeft[edge];
    int v = left + edgeRight[edge];
    int a = freeColour(u, edge);
    int b = freeColour(v, edge);
    if (at[v * colours + a] >= 0) {
      swap(path(v, a, b), a, b);
    }
    set(edge, a);
  }

  private int freeColour(int vertex, int edge) {
    for (int c = 0; c < colours; c++) {
      if (at[vertex * colours + c] < 0) {
        return c;
      }
    }
    throw new IllegalArgumentException(
        "vertex of edge "
            + edgeLeft[edge]
            + "-"
            + edgeRight[edge]
            + " has more than "
            + colours
            + " edges");
  }

  /** The maximal path from vertex whose edges alternate colours first, second, first... */
  private List<Integer> path(int vertex, int first, int second) {
    List<Integer> path = new ArrayList<>();
    int current = vertex;
    int c = first;
    while (at[current * colours + c] >= 0) {
      int edge = at[current * colours + c];
      path.add(edge);
      current = other(edge, current);
      c = c == first ? second : first;
    }
    return path;
  }

  private void swap(List<Integer> path, int a, int b) {
    for (int edge : path) {
      unset(edge);
    }
    for (int edge : path) {
      colour[edge] = colour[edge] == a ? b : a;
      set(edge, colour[edge]);
    }
  }

  private void balance() {
    int[] size = new int[colours];
    for (int c : colour) {
      size[c]++;
    }
    while (true) {
      int largest = 0;
      int smallest = 0;
      for (int c = 1; c < colours; c++) {
        if (size[c] > size[largest]) {
          largest = c;
        }
        if (size[c] < size[smallest]) {
          smallest = c;
        }
      }
      if (size[largest] - size[smallest] <= 1) {
        return;
      }
      // Components of the two classes are paths and even cycles; since the largest class has more
      // edges, some path starts and ends with one of its edges: swapping it moves one edge over.
      boolean moved = false;
      for (int vertex = 0; vertex < at.length / colours && !moved; vertex++) {
        if (at[vertex * colours + largest] >= 0 && at[vertex * colours + smallest] < 0) {
          List<Integer> path = path(vertex, largest, smallest);
          if (path.size() % 2 == 1) {
            swap(path, largest, smallest);
            size[largest]--;
            size[smallest]++;
            moved = true;
          }
        }
      }
      if (!moved) {
        throw new IllegalStateException("no alternating path to balance colour classes");
      }
    }
  }

  private int other(int edge, int vertex) {
    int u = edgeLeft[edge];
    return vertex == u ? left + edgeRight[edge] : u;
  }

  private void set(int edge, int c) {
    colour[edge] = c;
    at[edgeLeft[edge] * colours + c] = edge;
    at[(left + edgeRight[edge]) * colours + c] = edge;
  }

  private void unset(int edge) {
    int c = colour[edge];
    at[edgeLeft[edge] * colours + c] = -1;
    at[(left + edgeRight[edge]) * colours + c] = -1;
  }
}
