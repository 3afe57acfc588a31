package org.phare.core.matching;

import java.util.Arrays;

/**
 * Minimum-cost flow by successive shortest paths (Ahuja, Magnanti &amp; Orlin, <i>Network
 * Flows</i>, 1993, §9.7), with Johnson potentials so that each shortest path is a Dijkstra on
 * non-negative reduced costs. Costs are integers (callers scale affinities) so that ties and
 * optimality are exact; negative arc costs are allowed as long as the initial graph has no negative
 * cycle (ours are DAGs: source, companies, associations, sink), the first potentials come from
 * Bellman-Ford.
 *
 * <p>After sending k units, the flow is of minimum cost among all flows of value k. Dijkstra is the
 * dense O(V²) variant: the graphs here are dense (every company to every association), so a heap
 * would not pay. After each Dijkstra, every shortest path is used (depth-first search on the arcs
 * of zero reduced cost, as in the primal-dual method), so the number of Dijkstra runs is the number
 * of distinct path costs rather than the number of units: O(phases · (V² + E)) in all.
 */
final class MinCostFlow {

  private static final long INF = Long.MAX_VALUE / 4;

  private final int nodes;
  private final int[] head;
  private int[] next;
  private int[] to;
  private int[] capacity;
  private long[] cost;
  private int arcs;
  private long totalCost;

  MinCostFlow(int nodes, int expectedArcs) {
    this.nodes = nodes;
    this.head = new int[nodes];
    Arrays.fill(head, -1);
    int size = Math.max(2, 2 * expectedArcs);
    next = new int[size];
    to = new int[size];
    capacity = new int[size];
    cost = new long[size];
  }

  /** Adds an arc and its residual twin; returns the arc's index for {@link #flow(int)}. */
  int addArc(int from, int target, int cap, long arcCost) {
    if (cap < 0) {
      throw new IllegalArgumentException("negative capacity " + cap);
    }
    if (arcs + 2 > to.length) {
      int size = to.length * 2;
      next = Arrays.copyOf(next, size);
      to = Arrays.copyOf(to, size);
      capacity = Arrays.copyOf(capacity, size);
      cost = Arrays.copyOf(cost, size);
    }
    int arc = arcs;
    link(arc, from, target, cap, arcCost);
    link(arc + 1, target, from, 0, -arcCost);
    arcs += 2;
    return arc;
  }

  private void link(int arc, int from, int target, int cap, long arcCost) {
    to[arc] = target;
    capacity[arc] = cap;
    cost[arc] = arcCost;
    next[arc] = head[from];
    head[from] = arc;
  }

  /** Units of flow on an arc returned by {@link #addArc}. */
  int flow(int arc) {
    return capacity[arc + 1];
  }

  /** Cost of the flow sent so far. */
  long totalCost() {
    return totalCost;
  }

  /**
   * Sends up to {@code maxUnits} from {@code source} to {@code sink}, one cheapest path at a time.
   *
   * @param onlyImproving stop as soon as the cheapest path costs 0 or more (gives the minimum-cost
   *     flow of any value up to maxUnits, rather than of value maxUnits)
   * @return the units sent (less than maxUnits when the sink becomes unreachable)
   */
  int run(int source, int sink, int maxUnits, boolean onlyImproving) {
    long[] potential = bellmanFord(source);
    long[] dist = new long[nodes];
    boolean[] done = new boolean[nodes];
    currentArc = new int[nodes];
    onPath = new boolean[nodes];
    int sent = 0;
    while (sent < maxUnits) {
      Arrays.fill(dist, INF);
      Arrays.fill(done, false);
      dist[source] = 0;
      for (int iteration = 0; iteration < nodes; iteration++) {
        int u = -1;
        long best = INF;
        for (int v = 0; v < nodes; v++) {
          if (!done[v] && dist[v] < best) {
            best = dist[v];
            u = v;
          }
        }
        if (u < 0) {
          break;
        }
        done[u] = true;
        if (u == sink) {
          break;
        }
        for (int arc = head[u]; arc >= 0; arc = next[arc]) {
          if (capacity[arc] > 0) {
            int v = to[arc];
            long reduced = cost[arc] + potential[u] - potential[v];
            if (dist[u] + reduced < dist[v]) {
              dist[v] = dist[u] + reduced;
            }
          }
        }
      }
      if (dist[sink] >= INF) {
        break;
      }
      // Dijkstra stopped once the sink was settled: settled nodes move by their distance, the
      // others by the sink's, which keeps every reduced cost non-negative (an unsettled node is at
      // least as far as the sink).
      long sinkDistance = dist[sink];
      for (int v = 0; v < nodes; v++) {
        potential[v] += done[v] ? dist[v] : sinkDistance;
      }
      long pathCost = potential[sink] - potential[source];
      if (onlyImproving && pathCost >= 0) {
        break;
      }
      // Every path made of zero-reduced-cost arcs is a shortest path: send along as many as
      // possible before the next Dijkstra (affinities are discrete, so ties abound). Reverse arcs
      // of such arcs also have zero reduced cost, so the potentials stay valid.
      Arrays.fill(currentArc, -2);
      while (sent < maxUnits) {
        Arrays.fill(onPath, false);
        int units = augment(source, sink, maxUnits - sent, potential);
        if (units == 0) {
          break;
        }
        sent += units;
        totalCost += pathCost * units;
      }
    }
    return sent;
  }

  private int[] currentArc;
  private boolean[] onPath;

  /**
   * Depth-first search for one path of zero-reduced-cost arcs with free capacity; pushes up to
   * {@code limit} units along it. Arcs found useless are skipped for the rest of the phase
   * (current-arc pointers), so a phase costs about O(E + units x path length).
   */
  private int augment(int u, int sink, int limit, long[] potential) {
    if (u == sink) {
      return limit;
    }
    onPath[u] = true;
    if (currentArc[u] == -2) {
      currentArc[u] = head[u];
    }
    for (; currentArc[u] >= 0; currentArc[u] = next[currentArc[u]]) {
      int arc = currentArc[u];
      int v = to[arc];
      if (capacity[arc] > 0 && !onPath[v] && cost[arc] + potential[u] - potential[v] == 0) {
        int pushed = augment(v, sink, Math.min(limit, capacity[arc]), potential);
        if (pushed > 0) {
          capacity[arc] -= pushed;
          capacity[arc ^ 1] += pushed;
          onPath[u] = false;
          return pushed;
        }
      }
    }
    onPath[u] = false;
    return 0;
  }

  private long[] bellmanFord(int source) {
    long[] dist = new long[nodes];
    Arrays.fill(dist, INF);
    dist[source] = 0;
    for (int round = 0; round < nodes; round++) {
      boolean changed = false;
      for (int u = 0; u < nodes; u++) {
        if (dist[u] >= INF) {
          continue;
        }
        for (int arc = head[u]; arc >= 0; arc = next[arc]) {
          if (capacity[arc] > 0 && dist[u] + cost[arc] < dist[to[arc]]) {
            dist[to[arc]] = dist[u] + cost[arc];
            changed = true;
          }
        }
      }
      if (!changed) {
        return dist;
      }
    }
    throw new IllegalStateException("negative cycle in the initial flow graph");
  }
}
