package org.phare.store.ecosystem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.phare.store.ecosystem.Samples.CENTRE;
import static org.phare.store.ecosystem.Samples.LOIRET;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.phare.core.account.Actor;
import org.phare.core.ecosystem.CompanySize;
import org.phare.core.ecosystem.Family;
import org.phare.core.ecosystem.Network;
import org.phare.core.ecosystem.NetworkMetrics;
import org.phare.core.ecosystem.Organisation;
import org.phare.core.ecosystem.OrganisationType;
import org.phare.core.ecosystem.Partnership;
import org.phare.core.ecosystem.PartnershipCategory;
import org.phare.core.indicator.Domain;
import org.phare.core.territory.TerritoryId;

/**
 * The territory graph read from the database (three statements, primitive grouping) equals the
 * graph worked out straight from the registry's definition — organisations located in the territory
 * that pass the family filter; partnerships that pass the category and domain filters; each pair of
 * their members in the graph linked; with a domain filter, organisations acting in the domain or
 * linked — on random registries over two départements and partnerships across them.
 */
class TerritoryGraphEquivalenceTest {

  static final EcosystemDatabase DB = EcosystemDatabase.get();
  static final String[] LOIRET_COMMUNES = {"45234", "45232"};
  static final String[] CHER_COMMUNES = {"18033"};
  static final OrganisationType[] TYPES = {
    OrganisationType.COMPANY,
    OrganisationType.ASSOCIATION,
    OrganisationType.ASSOCIATION,
    OrganisationType.LOCAL_AUTHORITY,
    OrganisationType.FOUNDATION,
    OrganisationType.MEDIA,
    OrganisationType.CITIZENS_GROUP
  };
  static final Domain[] DOMAINS = {Domain.POVERTY, Domain.EMPLOYMENT, Domain.ISOLATION};

  record Generated(Organisation organisation, boolean inLoiret) {}

  @Property(tries = 4)
  void database_graph_equals_the_graph_built_from_the_definition(@ForAll long seed) {
    DB.reset();
    SplittableRandom random = new SplittableRandom(seed);
    Map<Long, Generated> organisations = new TreeMap<>();
    int count = 15 + random.nextInt(30);
    for (int i = 0; i < count; i++) {
      boolean inLoiret = random.nextInt(4) != 0;
      String[] communes = inLoiret ? LOIRET_COMMUNES : CHER_COMMUNES;
      OrganisationType type = TYPES[random.nextInt(TYPES.length)];
      Set<Domain> domains = EnumSet.noneOf(Domain.class);
      for (Domain d : DOMAINS) {
        if (random.nextInt(3) == 0) {
          domains.add(d);
        }
      }
      Organisation saved =
          DB.services
              .registry()
              .create(
                  Actor.SYSTEM,
                  new Organisation(
                      0,
                      "Organisation " + i,
                      type,
                      type == OrganisationType.COMPANY ? CompanySize.SME : null,
                      null,
                      random.nextBoolean(),
                      communes[random.nextInt(communes.length)],
                      domains,
                      Set.of(),
                      null,
                      null,
                      0),
                  true);
      organisations.put(saved.id(), new Generated(saved, inLoiret));
    }
    List<Long> ids = new ArrayList<>(organisations.keySet());
    List<Partnership> partnerships = new ArrayList<>();
    int partnershipCount = random.nextInt(3 * count);
    for (int p = 0; p < partnershipCount; p++) {
      Set<Long> members = new HashSet<>();
      int size = 2 + (random.nextInt(4) == 0 ? random.nextInt(3) : 0);
      while (members.size() < size) {
        // A squared index favours a few hubs.
        double u = random.nextDouble();
        members.add(ids.get((int) (u * u * ids.size())));
      }
      Set<Domain> domains = EnumSet.noneOf(Domain.class);
      domains.add(DOMAINS[random.nextInt(DOMAINS.length)]);
      PartnershipCategory category =
          PartnershipCategory.values()[random.nextInt(PartnershipCategory.values().length)];
      partnerships.add(
          DB.services
              .registry()
              .create(
                  Actor.SYSTEM,
                  new Partnership(
                      0,
                      "P" + p,
                      List.copyOf(members),
                      category,
                      null,
                      domains,
                      CENTRE,
                      null,
                      null,
                      Set.of(),
                      null,
                      null,
                      Set.of(),
                      0)));
    }
    Family family = Family.values()[random.nextInt(3)];
    PartnershipCategory category =
        PartnershipCategory.values()[random.nextInt(PartnershipCategory.values().length)];
    Domain domain = DOMAINS[random.nextInt(DOMAINS.length)];
    List<TerritoryGraph.Filter> filters =
        List.of(
            TerritoryGraph.Filter.NONE,
            new TerritoryGraph.Filter(family, null, null),
            new TerritoryGraph.Filter(null, category, null),
            new TerritoryGraph.Filter(null, null, domain),
            new TerritoryGraph.Filter(family, category, domain));
    for (TerritoryId territory : List.of(LOIRET, CENTRE, TerritoryId.FRANCE)) {
      for (TerritoryGraph.Filter filter : filters) {
        TerritoryGraph actual = DB.services.analysis().graph(territory, filter);
        TerritoryGraph expected =
            fromDefinition(
                territory, filter, organisations, partnerships, territory.equals(LOIRET));
        assertThat(actual.nodes())
            .as("nodes of %s with %s", territory, filter)
            .containsExactlyElementsOf(expected.nodes());
        assertThat(actual.links())
            .as("links of %s with %s", territory, filter)
            .containsExactlyInAnyOrderElementsOf(expected.links());
        assertThat(actual.metrics()).isEqualTo(expected.metrics());
      }
      assertThat(DB.services.analysis().metrics(territory))
          .isEqualTo(DB.services.analysis().graph(territory, TerritoryGraph.Filter.NONE).metrics());
    }
  }

  /** The straightforward reading of the definition, from the generated objects. */
  static TerritoryGraph fromDefinition(
      TerritoryId territory,
      TerritoryGraph.Filter filter,
      Map<Long, Generated> organisations,
      List<Partnership> partnerships,
      boolean loiretOnly) {
    Set<Long> candidates = new HashSet<>();
    organisations.forEach(
        (id, g) -> {
          boolean located = !loiretOnly || g.inLoiret();
          boolean family = filter.family() == null || g.organisation().family() == filter.family();
          if (located && family) {
            candidates.add(id);
          }
        });
    Map<List<Long>, Integer> counts = new HashMap<>();
    Map<List<Long>, Set<PartnershipCategory>> categories = new HashMap<>();
    Set<Long> linked = new HashSet<>();
    for (Partnership p : partnerships) {
      if ((filter.category() != null && p.category() != filter.category())
          || (filter.domain() != null && !p.domains().contains(filter.domain()))) {
        continue;
      }
      List<Long> inGraph = p.memberIds().stream().filter(candidates::contains).toList();
      for (int a = 0; a < inGraph.size(); a++) {
        for (int b = a + 1; b < inGraph.size(); b++) {
          List<Long> pair =
              List.of(
                  Math.min(inGraph.get(a), inGraph.get(b)),
                  Math.max(inGraph.get(a), inGraph.get(b)));
          counts.merge(pair, 1, Integer::sum);
          categories
              .computeIfAbsent(pair, k -> EnumSet.noneOf(PartnershipCategory.class))
              .add(p.category());
          linked.addAll(pair);
        }
      }
    }
    Network.Builder builder = Network.builder();
    List<Long> kept = new ArrayList<>();
    for (long id : new java.util.TreeSet<>(candidates)) {
      Organisation o = organisations.get(id).organisation();
      if (filter.domain() == null || o.domains().contains(filter.domain()) || linked.contains(id)) {
        builder.node(id, o.family());
        kept.add(id);
      }
    }
    counts.keySet().forEach(pair -> builder.link(pair.get(0), pair.get(1)));
    Network network = builder.build();
    org.phare.core.ecosystem.Betweenness betweenness =
        org.phare.core.ecosystem.Betweenness.of(network);
    List<TerritoryGraph.Node> nodes = new ArrayList<>();
    for (int v = 0; v < network.size(); v++) {
      Organisation o = organisations.get(kept.get(v)).organisation();
      nodes.add(
          new TerritoryGraph.Node(
              o.id(),
              o.name(),
              o.family(),
              o.type(),
              o.ess(),
              network.degree(v),
              betweenness.value(v)));
    }
    List<TerritoryGraph.Link> links = new ArrayList<>();
    counts.forEach(
        (pair, n) ->
            links.add(new TerritoryGraph.Link(pair.get(0), pair.get(1), n, categories.get(pair))));
    return new TerritoryGraph(territory, nodes, links, NetworkMetrics.of(network, betweenness));
  }
}
