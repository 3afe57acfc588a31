package org.phare.store.ecosystem;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.phare.core.ecosystem.Betweenness;
import org.phare.core.ecosystem.Family;
import org.phare.core.ecosystem.InitiativeKind;
import org.phare.core.ecosystem.Modality;
import org.phare.core.ecosystem.NationalReference;
import org.phare.core.ecosystem.Network;
import org.phare.core.ecosystem.NetworkMetrics;
import org.phare.core.ecosystem.OrganisationType;
import org.phare.core.ecosystem.PartnershipCategory;
import org.phare.core.ecosystem.PartnershipObjective;
import org.phare.core.territory.Level;
import org.phare.core.territory.TerritoryId;

/**
 * Read-side analyses of the registry: a territory's partnership graph with its metrics, and the
 * overview feeding parts 3 and 4 of the territory report.
 *
 * <p>The graph of a territory holds the organisations located in it; a partnership links each pair
 * of its members that are both in the graph (partners outside the territory are left out, so the
 * metrics describe the local fabric).
 */
public final class EcosystemAnalysis {

  private final Jdbi jdbi;
  private final EvaluationStore evaluations;

  public EcosystemAnalysis(EcosystemStore registry, EvaluationStore evaluations) {
    this.jdbi = registry.jdbi();
    this.evaluations = evaluations;
  }

  /** A territory's graph, filtered, with metrics (betweenness per {@link Betweenness#of}). */
  public TerritoryGraph graph(TerritoryId territory, TerritoryGraph.Filter filter) {
    return jdbi.withHandle(h -> graph(h, territory, filter, true));
  }

  /** Only the metrics of a territory's unfiltered network (no node list: cheaper for France). */
  public NetworkMetrics metrics(TerritoryId territory) {
    return jdbi.withHandle(h -> graph(h, territory, TerritoryGraph.Filter.NONE, false)).metrics();
  }

  /**
   * Reads the graph in three statements — the organisations, the memberships of those
   * organisations, then (only when links are listed or partnerships filtered) the category of the
   * partnerships that link two of them — and builds it with primitive arrays: no object per
   * membership or per link until the result itself.
   */
  private TerritoryGraph graph(
      Handle h, TerritoryId territory, TerritoryGraph.Filter filter, boolean withNodes) {
    TerritoryGraph.Filter f = filter == null ? TerritoryGraph.Filter.NONE : filter;
    String inTerritory =
        TerritoryColumns.condition("o", territory)
            + (f.family() == null ? "" : " AND o.family = :family");
    var nodeQuery =
        h.createQuery(
                "SELECT o.id, o.family"
                    + (withNodes ? ", o.name, o.type, o.ess" : "")
                    + (f.domain() == null ? "" : ", CAST(:domain AS text) = ANY(o.domains)")
                    + " FROM eco_organisation o WHERE "
                    + inTerritory
                    + " ORDER BY o.id")
            .bind("tcode", territory.code());
    if (f.family() != null) {
      nodeQuery.bind("family", f.family().name());
    }
    if (f.domain() != null) {
      nodeQuery.bind("domain", f.domain().name());
    }
    NodeTable rows =
        nodeQuery.reduceResultSet(
            new NodeTable(withNodes),
            (table, rs, ctx) -> {
              table.add(
                  rs.getLong(1),
                  Family.valueOf(rs.getString(2)),
                  withNodes ? rs.getString(3) : null,
                  withNodes ? OrganisationType.valueOf(rs.getString(4)) : null,
                  withNodes && rs.getBoolean(5),
                  f.domain() != null && rs.getBoolean(withNodes ? 6 : 3));
              return table;
            });

    // Memberships of those organisations, grouped by partnership; partnerships with fewer than two
    // of them make no link and are dropped here. Below the country, the organisations are given
    // as ARRAY(subquery): the planner then reads the membership index for them instead of
    // hashing the whole membership table (a 2,000-organisation département: 15 ms instead of
    // 160 ms on the benchmark registry).
    boolean everyMember = territory.level() == Level.COUNTRY && f.family() == null;
    var memberQuery =
        h.createQuery(
                "SELECT m.partnership_id, m.organisation_id FROM eco_partnership_member m WHERE "
                    + (everyMember
                        ? "CAST(:tcode AS text) IS NOT NULL"
                        : "m.organisation_id = ANY(ARRAY(SELECT o.id FROM eco_organisation o"
                            + " WHERE "
                            + inTerritory
                            + "))")
                    + " ORDER BY m.partnership_id")
            .bind("tcode", territory.code());
    if (f.family() != null) {
      memberQuery.bind("family", f.family().name());
    }
    Groups groups = memberQuery.reduceResultSet(new Groups(rows), Groups::read).finish();

    // Categories, which also apply the partnership filters (a partnership not returned is out).
    boolean needCategories = withNodes || f.category() != null || f.domain() != null;
    int[] category = new int[groups.count];
    boolean[] keptGroup = new boolean[groups.count];
    if (!needCategories) {
      Arrays.fill(keptGroup, true);
    } else if (groups.count > 0) {
      Long[] ids = new Long[groups.count];
      for (int g = 0; g < groups.count; g++) {
        ids[g] = groups.partnership[g];
      }
      var categoryQuery =
          h.createQuery(
                  "SELECT p.id, p.category FROM eco_partnership p WHERE p.id = ANY(:ids)"
                      + (f.category() == null ? "" : " AND p.category = :category")
                      + (f.domain() == null ? "" : " AND CAST(:domain AS text) = ANY(p.domains)")
                      + " ORDER BY p.id")
              .bindArray("ids", Long.class, (Object[]) ids);
      if (f.category() != null) {
        categoryQuery.bind("category", f.category().name());
      }
      if (f.domain() != null) {
        categoryQuery.bind("domain", f.domain().name());
      }
      // Both lists are in partnership order: a merge.
      int[] next = {0};
      categoryQuery.reduceResultSet(
          groups,
          (g, rs, ctx) -> {
            long id = rs.getLong(1);
            while (g.partnership[next[0]] != id) {
              next[0]++;
            }
            keptGroup[next[0]] = true;
            category[next[0]] = PartnershipCategory.valueOf(rs.getString(2)).ordinal();
            return g;
          });
    }

    // Every linked pair of a kept partnership as one long: (lower node, higher node, category),
    // sorted, so that equal pairs are adjacent: counted and their categories merged in one pass.
    int n = rows.size;
    if (n >= 1 << 30) {
      throw new IllegalStateException("a graph of " + n + " organisations is beyond this method");
    }
    long[] keys = new long[16];
    int keyCount = 0;
    boolean[] linked = new boolean[n];
    for (int g = 0; g < groups.count; g++) {
      if (!keptGroup[g]) {
        continue;
      }
      for (int a = groups.start[g]; a < groups.start[g + 1]; a++) {
        for (int b = a + 1; b < groups.start[g + 1]; b++) {
          int lo = Math.min(groups.members[a], groups.members[b]);
          int hi = Math.max(groups.members[a], groups.members[b]);
          if (keyCount == keys.length) {
            keys = Arrays.copyOf(keys, 2 * keyCount);
          }
          keys[keyCount++] = (((long) lo * n + hi) << CATEGORY_BITS) | category[g];
          linked[lo] = true;
          linked[hi] = true;
        }
      }
    }
    Arrays.sort(keys, 0, keyCount);
    int pairCount = 0;
    long[] pairs = new long[keyCount];
    int[] partnerships = new int[keyCount];
    int[] categories = new int[keyCount];
    for (int k = 0; k < keyCount; k++) {
      long pair = keys[k] >>> CATEGORY_BITS;
      if (pairCount == 0 || pairs[pairCount - 1] != pair) {
        pairs[pairCount++] = pair;
      }
      partnerships[pairCount - 1]++;
      categories[pairCount - 1] |= 1 << (int) (keys[k] & ((1 << CATEGORY_BITS) - 1));
    }

    // With a domain filter, keep organisations acting in the domain or linked by a kept
    // partnership.
    Network.Builder builder = Network.builder();
    int[] rowOfNode = new int[n];
    int nodeCount = 0;
    for (int i = 0; i < n; i++) {
      if (f.domain() == null || rows.inDomain[i] || linked[i]) {
        builder.node(rows.ids[i], rows.families[i]);
        rowOfNode[nodeCount++] = i;
      }
    }
    for (int p = 0; p < pairCount; p++) {
      builder.link(rows.ids[(int) (pairs[p] / n)], rows.ids[(int) (pairs[p] % n)]);
    }
    Network network = builder.build();
    Betweenness betweenness = Betweenness.of(network);
    NetworkMetrics metrics = NetworkMetrics.of(network, betweenness);
    if (!withNodes) {
      return new TerritoryGraph(territory, List.of(), List.of(), metrics);
    }
    List<TerritoryGraph.Node> nodes = new ArrayList<>(network.size());
    for (int v = 0; v < network.size(); v++) {
      int row = rowOfNode[v];
      nodes.add(
          new TerritoryGraph.Node(
              rows.ids[row],
              rows.names[row],
              rows.families[row],
              rows.types[row],
              rows.ess[row],
              network.degree(v),
              betweenness.value(v)));
    }
    PartnershipCategory[] allCategories = PartnershipCategory.values();
    List<TerritoryGraph.Link> links = new ArrayList<>(pairCount);
    for (int p = 0; p < pairCount; p++) {
      Set<PartnershipCategory> linkCategories = EnumSet.noneOf(PartnershipCategory.class);
      for (PartnershipCategory c : allCategories) {
        if ((categories[p] & (1 << c.ordinal())) != 0) {
          linkCategories.add(c);
        }
      }
      links.add(
          new TerritoryGraph.Link(
              rows.ids[(int) (pairs[p] / n)],
              rows.ids[(int) (pairs[p] % n)],
              partnerships[p],
              linkCategories));
    }
    return new TerritoryGraph(territory, nodes, links, metrics);
  }

  /** Bits for a category ordinal in a pair key. */
  private static final int CATEGORY_BITS =
      32 - Integer.numberOfLeadingZeros(PartnershipCategory.values().length - 1);

  /** The organisations of a graph in id order, as parallel arrays. */
  private static final class NodeTable {
    final boolean withNodes;
    long[] ids = new long[64];
    Family[] families = new Family[64];
    String[] names;
    OrganisationType[] types;
    boolean[] ess;
    boolean[] inDomain = new boolean[64];
    int size;

    NodeTable(boolean withNodes) {
      this.withNodes = withNodes;
      if (withNodes) {
        names = new String[64];
        types = new OrganisationType[64];
        ess = new boolean[64];
      }
    }

    void add(
        long id,
        Family family,
        String name,
        OrganisationType type,
        boolean isEss,
        boolean actsInDomain) {
      if (size == ids.length) {
        int capacity = 2 * size;
        ids = Arrays.copyOf(ids, capacity);
        families = Arrays.copyOf(families, capacity);
        inDomain = Arrays.copyOf(inDomain, capacity);
        if (withNodes) {
          names = Arrays.copyOf(names, capacity);
          types = Arrays.copyOf(types, capacity);
          ess = Arrays.copyOf(ess, capacity);
        }
      }
      ids[size] = id;
      families[size] = family;
      inDomain[size] = actsInDomain;
      if (withNodes) {
        names[size] = name;
        types[size] = type;
        ess[size] = isEss;
      }
      size++;
    }

    /** Row of an organisation id, or -1 (ids are sorted). */
    int row(long id) {
      int row = Arrays.binarySearch(ids, 0, size, id);
      return row < 0 ? -1 : row;
    }
  }

  /**
   * Partnerships with at least two members in the graph, read from memberships in partnership
   * order: group g has id partnership[g] and member rows members[start[g] .. start[g+1]).
   */
  private static final class Groups {
    final NodeTable rows;
    long[] partnership = new long[64];
    int[] start = new int[65];
    int[] members = new int[128];
    int count;
    int size;
    long current;
    boolean open;

    Groups(NodeTable rows) {
      this.rows = rows;
    }

    static Groups read(Groups groups, java.sql.ResultSet rs, Object ctx)
        throws java.sql.SQLException {
      groups.add(rs.getLong(1), rs.getLong(2));
      return groups;
    }

    void add(long partnershipId, long organisationId) {
      if (!open || partnershipId != current) {
        close();
        current = partnershipId;
        open = true;
        start[count] = size;
      }
      int row = rows.row(organisationId);
      if (row >= 0) {
        if (size == members.length) {
          members = Arrays.copyOf(members, 2 * size);
        }
        members[size++] = row;
      }
    }

    /** Ends the current partnership: kept with two members or more, else forgotten. */
    private void close() {
      if (!open) {
        return;
      }
      if (size - start[count] >= 2) {
        if (count + 1 == partnership.length) {
          partnership = Arrays.copyOf(partnership, 2 * partnership.length);
          start = Arrays.copyOf(start, partnership.length + 1);
        }
        partnership[count] = current;
        count++;
        start[count] = size;
      } else {
        size = start[count];
      }
      open = false;
    }

    Groups finish() {
      close();
      start[count] = size;
      return this;
    }
  }

  /** The registry's overview of a territory (report parts 3 and 4). */
  public EcosystemOverview overview(TerritoryId territory) {
    NetworkMetrics network = metrics(territory);
    return jdbi.withHandle(
        h -> {
          String where = TerritoryColumns.condition("o", territory);
          Map<Family, Integer> byFamily = zeros(Family.class);
          Map<OrganisationType, Integer> byType = zeros(OrganisationType.class);
          int[] totals = new int[2];
          h.createQuery(
                  "SELECT type, count(*), count(*) FILTER (WHERE ess) FROM eco_organisation o"
                      + " WHERE "
                      + where
                      + " GROUP BY type")
              .bind("tcode", territory.code())
              .map((rs, ctx) -> new Object[] {rs.getString(1), rs.getInt(2), rs.getInt(3)})
              .forEach(
                  r -> {
                    OrganisationType type = OrganisationType.valueOf((String) r[0]);
                    byType.put(type, (Integer) r[1]);
                    byFamily.merge(type.family(), (Integer) r[1], Integer::sum);
                    totals[0] += (Integer) r[1];
                    totals[1] += (Integer) r[2];
                  });
          // Semi-joins (EXISTS) and DISTINCT pairs rather than IN (SELECT DISTINCT ...) and
          // count(DISTINCT ...): the same counts, without sorting every membership (France's
          // overview: about 3.5 s down to 1.3 s of SQL on the benchmark registry, loaded machine).
          String partnershipsInTerritory =
              "EXISTS (SELECT 1 FROM eco_partnership_member m JOIN eco_organisation o ON o.id ="
                  + " m.organisation_id WHERE m.partnership_id = p.id AND "
                  + where
                  + ")";
          Map<PartnershipCategory, Integer> byCategory = zeros(PartnershipCategory.class);
          Map<Modality, Integer> byModality = zeros(Modality.class);
          int[] partnerships = new int[1];
          h.createQuery(
                  "SELECT p.category, p.modality, count(*) FROM eco_partnership p WHERE "
                      + partnershipsInTerritory
                      + " GROUP BY p.category, p.modality")
              .bind("tcode", territory.code())
              .map((rs, ctx) -> new Object[] {rs.getString(1), rs.getString(2), rs.getInt(3)})
              .forEach(
                  r -> {
                    int n = (Integer) r[2];
                    partnerships[0] += n;
                    byCategory.merge(PartnershipCategory.valueOf((String) r[0]), n, Integer::sum);
                    if (r[1] != null) {
                      byModality.merge(Modality.valueOf((String) r[1]), n, Integer::sum);
                    }
                  });
          // Partnering organisations per family, and partnering companies per category.
          Map<Family, Integer> partneringByFamily = zeros(Family.class);
          h.createQuery(
                  "SELECT o.family, count(*) FROM eco_organisation o WHERE "
                      + where
                      + " AND EXISTS (SELECT 1 FROM eco_partnership_member m WHERE"
                      + " m.organisation_id = o.id) GROUP BY o.family")
              .bind("tcode", territory.code())
              .map((rs, ctx) -> Map.entry(Family.valueOf(rs.getString(1)), rs.getInt(2)))
              .forEach(e -> partneringByFamily.put(e.getKey(), e.getValue()));
          Map<PartnershipCategory, Integer> companiesPerCategory = zeros(PartnershipCategory.class);
          h.createQuery(
                  "SELECT category, count(*) FROM (SELECT DISTINCT o.id, p.category FROM"
                      + " eco_organisation o JOIN eco_partnership_member m ON m.organisation_id ="
                      + " o.id JOIN eco_partnership p ON p.id = m.partnership_id WHERE o.family ="
                      + " 'ECONOMIC_ACTOR' AND "
                      + where
                      + ") AS company_category GROUP BY category")
              .bind("tcode", territory.code())
              .map(
                  (rs, ctx) ->
                      Map.entry(PartnershipCategory.valueOf(rs.getString(1)), rs.getInt(2)))
              .forEach(e -> companiesPerCategory.put(e.getKey(), e.getValue()));
          int partneringCompanies = partneringByFamily.get(Family.ECONOMIC_ACTOR);
          Map<PartnershipCategory, Double> categoryShare = new EnumMap<>(PartnershipCategory.class);
          companiesPerCategory.forEach(
              (c, n) ->
                  categoryShare.put(
                      c, partneringCompanies == 0 ? Double.NaN : (double) n / partneringCompanies));
          Map<PartnershipObjective, Integer> objectivesOfCompanies =
              new EnumMap<>(PartnershipObjective.class);
          Map<PartnershipObjective, Integer> objectivesOfAssociations =
              new EnumMap<>(PartnershipObjective.class);
          for (PartnershipObjective objective : PartnershipObjective.values()) {
            (objective.side() == PartnershipObjective.Side.COMPANY
                    ? objectivesOfCompanies
                    : objectivesOfAssociations)
                .put(objective, 0);
          }
          h.createQuery(
                  "SELECT objective, count(*) FROM eco_organisation o, unnest(o.objectives) AS"
                      + " objective WHERE "
                      + where
                      + " GROUP BY objective")
              .bind("tcode", territory.code())
              .map(
                  (rs, ctx) ->
                      Map.entry(PartnershipObjective.valueOf(rs.getString(1)), rs.getInt(2)))
              .forEach(
                  e ->
                      (e.getKey().side() == PartnershipObjective.Side.COMPANY
                              ? objectivesOfCompanies
                              : objectivesOfAssociations)
                          .put(e.getKey(), e.getValue()));
          Map<InitiativeKind, Integer> initiatives = zeros(InitiativeKind.class);
          h.createQuery(
                  "SELECT kind, count(*) FROM eco_initiative o WHERE " + where + " GROUP BY kind")
              .bind("tcode", territory.code())
              .map((rs, ctx) -> Map.entry(InitiativeKind.valueOf(rs.getString(1)), rs.getInt(2)))
              .forEach(e -> initiatives.put(e.getKey(), e.getValue()));
          return new EcosystemOverview(
              territory,
              totals[0],
              byFamily,
              byType,
              totals[1],
              partnerships[0],
              byCategory,
              byModality,
              EcosystemOverview.PracticeRate.of(
                  byFamily.get(Family.ECONOMIC_ACTOR),
                  partneringCompanies,
                  NationalReference.COMPANY_PRACTICE_RATE),
              EcosystemOverview.PracticeRate.of(
                  byFamily.get(Family.GENERAL_INTEREST),
                  partneringByFamily.get(Family.GENERAL_INTEREST),
                  NationalReference.ASSOCIATION_PRACTICE_RATE),
              categoryShare,
              NationalReference.CATEGORY_SHARE_AMONG_PARTNERING_COMPANIES,
              objectivesOfCompanies,
              objectivesOfAssociations,
              initiatives,
              network,
              evaluations.impactScores(territory));
        });
  }

  private static <E extends Enum<E>> Map<E, Integer> zeros(Class<E> type) {
    Map<E, Integer> map = new EnumMap<>(type);
    Arrays.stream(type.getEnumConstants()).forEach(e -> map.put(e, 0));
    return map;
  }
}
