package org.phare.store.ecosystem;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
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
import org.phare.core.indicator.Domain;
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

  private record NodeRow(
      long id,
      String name,
      Family family,
      OrganisationType type,
      boolean ess,
      Set<Domain> domains) {}

  /** A territory's graph, filtered, with metrics (betweenness per {@link Betweenness#of}). */
  public TerritoryGraph graph(TerritoryId territory, TerritoryGraph.Filter filter) {
    return jdbi.withHandle(h -> graph(h, territory, filter, true));
  }

  /** Only the metrics of a territory's unfiltered network (no node list: cheaper for France). */
  public NetworkMetrics metrics(TerritoryId territory) {
    return jdbi.withHandle(h -> graph(h, territory, TerritoryGraph.Filter.NONE, false)).metrics();
  }

  private TerritoryGraph graph(
      Handle h, TerritoryId territory, TerritoryGraph.Filter filter, boolean withNodes) {
    TerritoryGraph.Filter f = filter == null ? TerritoryGraph.Filter.NONE : filter;
    String where = TerritoryColumns.condition("o", territory);
    List<NodeRow> rows =
        h.createQuery(
                "SELECT id, "
                    + (withNodes ? "name, type, ess, domains" : "type")
                    + ", family FROM eco_organisation o WHERE "
                    + where
                    + " AND (CAST(:family AS text) IS NULL OR family = :family) ORDER BY id")
            .bind("tcode", territory.code())
            .bind("family", f.family() == null ? null : f.family().name())
            .map(
                (rs, ctx) ->
                    new NodeRow(
                        rs.getLong("id"),
                        withNodes ? rs.getString("name") : null,
                        Family.valueOf(rs.getString("family")),
                        OrganisationType.valueOf(rs.getString("type")),
                        withNodes && rs.getBoolean("ess"),
                        withNodes
                            ? EcosystemStore.enums(rs.getArray("domains"), Domain.class)
                            : Set.of()))
            .list();
    Map<Long, Integer> index = new HashMap<>(rows.size() * 2);
    for (int i = 0; i < rows.size(); i++) {
      index.put(rows.get(i).id(), i);
    }
    if (!withNodes && f.domain() == null && f.category() == null) {
      return new TerritoryGraph(territory, List.of(), List.of(), metricsOnly(h, territory, rows));
    }
    // Members of partnerships with at least one member in the territory, grouped by partnership.
    Map<Long, long[]> linkCounts = new HashMap<>();
    Map<Long, Set<PartnershipCategory>> linkCategories = new HashMap<>();
    // Join only what the filters need: the whole country without filters reads the membership
    // table alone.
    boolean needPartnership = withNodes || f.category() != null || f.domain() != null;
    boolean needOrganisation = territory.level() != org.phare.core.territory.Level.COUNTRY;
    var memberQuery =
        h.createQuery(
                "SELECT m.partnership_id, m.organisation_id, "
                    + (needPartnership ? "p.category" : "NULL")
                    + " FROM eco_partnership_member m"
                    + (needPartnership ? " JOIN eco_partnership p ON p.id = m.partnership_id" : "")
                    + (needOrganisation
                        ? " JOIN eco_organisation o ON o.id = m.organisation_id"
                        : "")
                    + " WHERE "
                    + (needOrganisation ? where : "CAST(:tcode AS text) IS NOT NULL")
                    + (needPartnership
                        ? " AND (CAST(:category AS text) IS NULL OR p.category = :category)"
                            + " AND (CAST(:domain AS text) IS NULL OR :domain = ANY(p.domains))"
                        : "")
                    + " ORDER BY m.partnership_id, m.position")
            .bind("tcode", territory.code());
    if (needPartnership) {
      memberQuery
          .bind("category", f.category() == null ? null : f.category().name())
          .bind("domain", f.domain() == null ? null : f.domain().name());
    }
    List<long[]> memberRows =
        memberQuery
            .map(
                (rs, ctx) -> {
                  String category = rs.getString(3);
                  return new long[] {
                    rs.getLong(1),
                    rs.getLong(2),
                    category == null ? -1 : PartnershipCategory.valueOf(category).ordinal()
                  };
                })
            .list();
    Set<Integer> linked = new HashSet<>();
    List<int[]> pairs = new ArrayList<>();
    int start = 0;
    while (start < memberRows.size()) {
      int end = start;
      while (end < memberRows.size() && memberRows.get(end)[0] == memberRows.get(start)[0]) {
        end++;
      }
      List<Integer> members = new ArrayList<>();
      for (int k = start; k < end; k++) {
        Integer node = index.get(memberRows.get(k)[1]);
        if (node != null) {
          members.add(node);
        }
      }
      int categoryIndex = (int) memberRows.get(start)[2];
      PartnershipCategory category =
          categoryIndex < 0 ? null : PartnershipCategory.values()[categoryIndex];
      for (int a = 0; a < members.size(); a++) {
        for (int b = a + 1; b < members.size(); b++) {
          int lo = Math.min(members.get(a), members.get(b));
          int hi = Math.max(members.get(a), members.get(b));
          if (lo == hi) {
            continue;
          }
          long key = ((long) lo << 32) | hi;
          long[] count = linkCounts.get(key);
          if (count == null) {
            linkCounts.put(key, new long[] {1});
            pairs.add(new int[] {lo, hi});
          } else {
            count[0]++;
          }
          if (withNodes) {
            linkCategories
                .computeIfAbsent(key, k -> EnumSet.noneOf(PartnershipCategory.class))
                .add(category);
          }
          linked.add(lo);
          linked.add(hi);
        }
      }
      start = end;
    }
    // With a domain filter, keep organisations acting in the domain or linked by a kept
    // partnership.
    boolean[] keep = new boolean[rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      keep[i] =
          f.domain() == null || rows.get(i).domains().contains(f.domain()) || linked.contains(i);
    }
    Network.Builder builder = Network.builder();
    for (int i = 0; i < rows.size(); i++) {
      if (keep[i]) {
        builder.node(rows.get(i).id(), rows.get(i).family());
      }
    }
    for (int[] pair : pairs) {
      builder.link(rows.get(pair[0]).id(), rows.get(pair[1]).id());
    }
    Network network = builder.build();
    Betweenness betweenness = Betweenness.of(network);
    NetworkMetrics metrics = NetworkMetrics.of(network, betweenness);
    if (!withNodes) {
      return new TerritoryGraph(territory, List.of(), List.of(), metrics);
    }
    List<TerritoryGraph.Node> nodes = new ArrayList<>(network.size());
    for (int v = 0; v < network.size(); v++) {
      NodeRow row = rows.get(index.get(network.id(v)));
      nodes.add(
          new TerritoryGraph.Node(
              row.id(),
              row.name(),
              row.family(),
              row.type(),
              row.ess(),
              network.degree(v),
              betweenness.value(v)));
    }
    List<TerritoryGraph.Link> links = new ArrayList<>(pairs.size());
    for (int[] pair : pairs) {
      long key = ((long) pair[0] << 32) | pair[1];
      links.add(
          new TerritoryGraph.Link(
              rows.get(pair[0]).id(),
              rows.get(pair[1]).id(),
              (int) linkCounts.get(key)[0],
              linkCategories.get(key)));
    }
    return new TerritoryGraph(territory, nodes, links, metrics);
  }

  /**
   * Metrics without node or link lists (the national figure): memberships are streamed in
   * partnership order straight into the network builder, with no per-link objects.
   */
  private NetworkMetrics metricsOnly(Handle h, TerritoryId territory, List<NodeRow> rows) {
    Network.Builder builder = Network.builder();
    for (NodeRow row : rows) {
      builder.node(row.id(), row.family());
    }
    boolean needOrganisation = territory.level() != org.phare.core.territory.Level.COUNTRY;
    long[] state = {-1};
    long[][] members = {new long[16]};
    int[] count = {0};
    h.createQuery(
            "SELECT m.partnership_id, m.organisation_id FROM eco_partnership_member m"
                + (needOrganisation
                    ? " JOIN eco_organisation o ON o.id = m.organisation_id WHERE "
                        + TerritoryColumns.condition("o", territory)
                    : " WHERE CAST(:tcode AS text) IS NOT NULL")
                + " ORDER BY m.partnership_id")
        .bind("tcode", territory.code())
        .reduceResultSet(
            builder,
            (b, rs, ctx) -> {
              long partnership = rs.getLong(1);
              if (partnership != state[0]) {
                b.clique(java.util.Arrays.copyOf(members[0], count[0]));
                count[0] = 0;
                state[0] = partnership;
              }
              long organisation = rs.getLong(2);
              if (b.contains(organisation)) {
                if (count[0] == members[0].length) {
                  members[0] = java.util.Arrays.copyOf(members[0], 2 * count[0]);
                }
                members[0][count[0]++] = organisation;
              }
              return b;
            });
    builder.clique(java.util.Arrays.copyOf(members[0], count[0]));
    Network network = builder.build();
    return NetworkMetrics.of(network, Betweenness.of(network));
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
          String partnershipsInTerritory =
              "SELECT DISTINCT m.partnership_id FROM eco_partnership_member m JOIN"
                  + " eco_organisation o ON o.id = m.organisation_id WHERE "
                  + where;
          Map<PartnershipCategory, Integer> byCategory = zeros(PartnershipCategory.class);
          Map<Modality, Integer> byModality = zeros(Modality.class);
          int[] partnerships = new int[1];
          h.createQuery(
                  "SELECT p.category, p.modality, count(*) FROM eco_partnership p WHERE p.id IN ("
                      + partnershipsInTerritory
                      + ") GROUP BY p.category, p.modality")
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
                  "SELECT o.family, count(DISTINCT o.id) FROM eco_organisation o JOIN"
                      + " eco_partnership_member m ON m.organisation_id = o.id WHERE "
                      + where
                      + " GROUP BY o.family")
              .bind("tcode", territory.code())
              .map((rs, ctx) -> Map.entry(Family.valueOf(rs.getString(1)), rs.getInt(2)))
              .forEach(e -> partneringByFamily.put(e.getKey(), e.getValue()));
          Map<PartnershipCategory, Integer> companiesPerCategory = zeros(PartnershipCategory.class);
          h.createQuery(
                  "SELECT p.category, count(DISTINCT o.id) FROM eco_organisation o JOIN"
                      + " eco_partnership_member m ON m.organisation_id = o.id JOIN"
                      + " eco_partnership p ON p.id = m.partnership_id WHERE o.family ="
                      + " 'ECONOMIC_ACTOR' AND "
                      + where
                      + " GROUP BY p.category")
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
