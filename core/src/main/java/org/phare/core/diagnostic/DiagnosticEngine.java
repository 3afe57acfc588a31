package org.phare.core.diagnostic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.phare.core.indicator.Aggregation;
import org.phare.core.indicator.Domain;
import org.phare.core.indicator.IndicatorDataset;
import org.phare.core.indicator.IndicatorDefinition;
import org.phare.core.indicator.Series;
import org.phare.core.territory.Level;
import org.phare.core.territory.Territory;
import org.phare.core.territory.TerritoryId;
import org.phare.core.territory.TerritoryReferential;

/**
 * Diagnoses territories' fragilities from objective indicators.
 *
 * <p>For a territory of level L, a {@link Reference} and a vintage, each indicator is read at the
 * latest vintage not after the requested one. Its peers are the territories of level L (all of
 * France, or the same parent's for {@link Reference#PEERS}) that have a value. Then:
 *
 * <ul>
 *   <li>reference value: France's value (published or aggregated; the median of level L when France
 *       has none) for NATIONAL, the parent territory's value for PARENT, the peers' median for
 *       PEERS; counts ({@link Aggregation#SUM}) have a reference value only among peers, since a
 *       part is not comparable with a whole;
 *   <li>score = polarity sign x (value - reference value) / sd(peers' values): positive is more
 *       fragile than the reference, in standard deviations;
 *   <li>rank (1 = most fragile, ties share the best rank) and percentile among the reference's
 *       territories: all of level L for NATIONAL, the parent's children for PARENT and PEERS, the
 *       chosen territories for chosen peers (the spread stays the national one for PARENT, so that
 *       a département alone in its region keeps a score);
 *   <li>domain score = mean of its indicators' scores, only when at least {@link
 *       #MIN_DOMAIN_INDICATORS} indicators have a score (else "insufficient data": no score, no
 *       rank); its rank among peers uses every peer's domain score computed against the peers' mean
 *       (so that all peers are scored alike), under the same minimum;
 *   <li>priorities: the domains scoring at least {@link TerritoryDiagnostic#PRIORITY_THRESHOLD},
 *       most fragile first, at most three;
 *   <li>trend: against the same period one year earlier for quarterly or monthly series, else the
 *       previous vintage; STABLE within 1 % of the earlier value.
 * </ul>
 *
 * <p>Missing data stays explicit: NaN values, zero ranks, domains without data. Per-level
 * computations are cached, so diagnosing every territory of a level costs one pass per indicator.
 */
public final class DiagnosticEngine {

  /**
   * Minimum number of scored indicators for a domain score: below it, one or two indicators would
   * stand for a whole domain (La Réunion's employment score rested on one indicator), so the domain
   * shows "insufficient data" instead. Documented in docs/diagnostic.md.
   */
  public static final int MIN_DOMAIN_INDICATORS = 3;

  /** Most peers a user may choose (kept in a URL). */
  public static final int MAX_CHOSEN_PEERS = 50;

  private static final int MAX_PRIORITIES = 3;
  private static final double STABLE_SHARE = 0.01;

  private final IndicatorDataset data;
  private final TerritoryReferential referential;
  private final int minimumIndicators;
  private final Map<String, LevelContext> contexts = new ConcurrentHashMap<>();

  public DiagnosticEngine(IndicatorDataset data) {
    this(data, MIN_DOMAIN_INDICATORS);
  }

  /**
   * @param minimumIndicators scored indicators a domain needs for a score (at least 1)
   */
  public DiagnosticEngine(IndicatorDataset data, int minimumIndicators) {
    if (minimumIndicators < 1) {
      throw new IllegalArgumentException("a domain score needs at least one indicator");
    }
    this.data = data;
    this.referential = data.referential();
    this.minimumIndicators = minimumIndicators;
  }

  /** Scored indicators a domain needs for a score. */
  public int minimumIndicators() {
    return minimumIndicators;
  }

  public IndicatorDataset data() {
    return data;
  }

  /**
   * Diagnoses one territory.
   *
   * @param vintage the latest vintage to use (a year such as {@code 2021} or a period), null for
   *     the latest available
   * @throws java.util.NoSuchElementException for a territory outside the referential
   */
  public TerritoryDiagnostic diagnose(TerritoryId id, Reference reference, String vintage) {
    Territory territory = referential.require(id);
    return context(territory.level(), reference, vintage).diagnose(referential.index(id));
  }

  /**
   * Diagnoses one territory against peers the user chose: the reference value is the median of the
   * chosen territories and the territory itself, spreads and ranks are computed among them. Such a
   * diagnosis is not cached (the choices are unbounded).
   *
   * @param peers territories of the same level as {@code id}; the territory itself, if listed, is
   *     ignored
   * @throws org.phare.core.message.RefusedException for an unknown territory, one of another level,
   *     none left, or more than {@link #MAX_CHOSEN_PEERS}
   */
  public TerritoryDiagnostic diagnose(TerritoryId id, List<TerritoryId> peers, String vintage) {
    Territory territory = referential.require(id);
    if (peers.size() > MAX_CHOSEN_PEERS) {
      throw org.phare.core.message.RefusedException.badInput(
          "diagnostic.peers.too-many", "pairs", "count", peers.size(), "max", MAX_CHOSEN_PEERS);
    }
    java.util.TreeSet<Integer> members = new java.util.TreeSet<>();
    members.add(referential.index(id));
    for (TerritoryId peer : peers) {
      if (peer.level() != territory.level()) {
        throw org.phare.core.message.RefusedException.badInput(
            "diagnostic.peers.wrong-level",
            "pairs",
            "code",
            peer.code(),
            "level",
            territory.level());
      }
      if (referential.find(peer).isEmpty()) {
        throw org.phare.core.message.RefusedException.badInput(
            "diagnostic.peers.unknown", "pairs", "code", peer.code(), "level", territory.level());
      }
      members.add(referential.index(peer));
    }
    if (members.size() < 2) {
      throw org.phare.core.message.RefusedException.badInput("diagnostic.peers.none", "pairs");
    }
    int[] indices = members.stream().mapToInt(Integer::intValue).toArray();
    PeerGroups chosen = PeerGroups.chosen(referential.size(territory.level()), indices);
    return new LevelContext(territory.level(), Reference.PEERS, vintage, chosen, chosen, true)
        .diagnose(referential.index(id));
  }

  /** Diagnoses every territory of a level, handing each result to the sink (no list kept). */
  public void diagnoseAll(
      Level level, Reference reference, String vintage, Consumer<TerritoryDiagnostic> sink) {
    LevelContext context = context(level, reference, vintage);
    for (int i = 0; i < referential.size(level); i++) {
      sink.accept(context.diagnose(i));
    }
  }

  /** Diagnoses every territory of a level. */
  public List<TerritoryDiagnostic> diagnoseAll(Level level, Reference reference, String vintage) {
    List<TerritoryDiagnostic> all = new ArrayList<>(referential.size(level));
    diagnoseAll(level, reference, vintage, all::add);
    return all;
  }

  private LevelContext context(Level level, Reference reference, String vintage) {
    String key = level + "|" + reference + "|" + vintage;
    return contexts.computeIfAbsent(
        key,
        k ->
            new LevelContext(
                level,
                reference,
                vintage,
                PeerGroups.of(referential, level, reference),
                PeerGroups.forRanks(referential, level, reference),
                false));
  }

  /** Everything computed once per (level, reference, vintage). */
  private final class LevelContext {
    private final Level level;
    private final Reference reference;
    private final PeerGroups groups;
    private final PeerGroups rankGroups;
    private final boolean chosenPeers;
    private final int[] groupSizes;

    /** Per rank group, its territories (shared by every diagnosis of the group). */
    private final List<List<Territory>> rankGroupMembers;

    private final List<Column> columns = new ArrayList<>();
    private final Map<Domain, List<Column>> columnsByDomain = new EnumMap<>(Domain.class);

    /** Per domain, per territory: mean of peer-centred scores (NaN when no data). */
    private final Map<Domain, double[]> centredDomainScores = new EnumMap<>(Domain.class);

    /** Per domain, per group: statistics of centred domain scores, for ranks. */
    private final Map<Domain, GroupStatistics[]> domainGroupStatistics =
        new EnumMap<>(Domain.class);

    LevelContext(
        Level level,
        Reference reference,
        String vintage,
        PeerGroups groups,
        PeerGroups rankGroups,
        boolean chosenPeers) {
      this.level = level;
      this.reference = reference;
      this.groups = groups;
      this.rankGroups = rankGroups;
      this.chosenPeers = chosenPeers;
      this.groupSizes = new int[groups.groupCount()];
      for (int g : groups.groupOf()) {
        groupSizes[g]++;
      }
      List<List<Territory>> members = new ArrayList<>();
      for (int g = 0; g < rankGroups.groupCount(); g++) {
        members.add(new ArrayList<>());
      }
      for (int i = 0; i < rankGroups.groupOf().length; i++) {
        members.get(rankGroups.groupOf()[i]).add(referential.at(level, i));
      }
      this.rankGroupMembers = members.stream().map(List::copyOf).toList();
      for (IndicatorDefinition definition : data.definitions()) {
        Optional<String> resolved = data.resolveVintage(definition.code(), level, vintage);
        if (resolved.isPresent()) {
          Series series = data.series(definition.code(), resolved.get(), level).orElseThrow();
          columns.add(new Column(definition, resolved.get(), series));
        } else if (definition.levels().contains(level)) {
          columns.add(new Column(definition, null, null));
        }
      }
      for (Domain domain : Domain.values()) {
        columnsByDomain.put(domain, new ArrayList<>());
      }
      columns.forEach(c -> columnsByDomain.get(c.definition.domain()).add(c));
      int size = referential.size(level);
      for (Domain domain : Domain.values()) {
        double[] sums = new double[size];
        int[] counts = new int[size];
        for (Column column : columnsByDomain.get(domain)) {
          if (column.series == null || !column.definition.isScored()) {
            continue;
          }
          for (int i = 0; i < size; i++) {
            double centred = column.centredScore(i);
            if (!Double.isNaN(centred)) {
              sums[i] += centred;
              counts[i]++;
            }
          }
        }
        double[] scores = new double[size];
        for (int i = 0; i < size; i++) {
          scores[i] = counts[i] < minimumIndicators ? Double.NaN : sums[i] / counts[i];
        }
        centredDomainScores.put(domain, scores);
        domainGroupStatistics.put(domain, statisticsByGroup(scores, 1, rankGroups));
      }
    }

    TerritoryDiagnostic diagnose(int index) {
      Territory territory = referential.at(level, index);
      List<DomainResult> domains = new ArrayList<>(Domain.values().length);
      for (Domain domain : Domain.values()) {
        List<IndicatorResult> results = new ArrayList<>();
        double sum = 0;
        int scored = 0;
        for (Column column : columnsByDomain.get(domain)) {
          IndicatorResult result = column.result(index);
          results.add(result);
          if (!Double.isNaN(result.score())) {
            sum += result.score();
            scored++;
          }
        }
        boolean enough = scored >= minimumIndicators;
        double score = enough ? sum / scored : Double.NaN;
        double centred = centredDomainScores.get(domain)[index];
        GroupStatistics statistics = domainGroupStatistics.get(domain)[rankGroups.groupOf()[index]];
        int rank = Double.isNaN(centred) || !enough ? 0 : statistics.rank(centred);
        domains.add(
            new DomainResult(
                domain,
                score,
                rank,
                statistics.count,
                enough ? scored : 0,
                scored,
                minimumIndicators,
                results));
      }
      List<Domain> priorities =
          domains.stream()
              .filter(d -> d.hasData() && d.score() >= TerritoryDiagnostic.PRIORITY_THRESHOLD)
              .sorted(Comparator.comparingDouble(DomainResult::score).reversed())
              .limit(MAX_PRIORITIES)
              .map(DomainResult::domain)
              .toList();
      Territory referenceTerritory =
          switch (reference) {
            case NATIONAL -> referential.country();
            case PARENT -> referential.parent(territory).orElse(null);
            case PEERS -> null;
          };
      int peers = 0;
      int group = groups.groupOf()[index];
      for (int g : groups.groupOf()) {
        if (g == group) {
          peers++;
        }
      }
      return new TerritoryDiagnostic(
          territory,
          reference,
          referenceTerritory,
          peers,
          domains,
          priorities,
          rankGroupMembers.get(rankGroups.groupOf()[index]),
          chosenPeers);
    }

    private GroupStatistics[] statisticsByGroup(double[] values, int sign, PeerGroups groups) {
      int[] groupOf = groups.groupOf();
      double[][] buckets = new double[groups.groupCount()][];
      int[] counts = new int[groups.groupCount()];
      for (int i = 0; i < values.length; i++) {
        if (!Double.isNaN(values[i])) {
          counts[groupOf[i]]++;
        }
      }
      for (int g = 0; g < buckets.length; g++) {
        buckets[g] = new double[counts[g]];
      }
      Arrays.fill(counts, 0);
      for (int i = 0; i < values.length; i++) {
        if (!Double.isNaN(values[i])) {
          buckets[groupOf[i]][counts[groupOf[i]]++] = values[i];
        }
      }
      GroupStatistics[] statistics = new GroupStatistics[buckets.length];
      for (int g = 0; g < buckets.length; g++) {
        statistics[g] = new GroupStatistics(buckets[g], buckets[g].length, sign);
      }
      return statistics;
    }

    /** One indicator at this level: its series, peer statistics, reference values and trend. */
    private final class Column {
      final IndicatorDefinition definition;
      final String vintage;
      final Series series;
      final int sign;
      final GroupStatistics[] statistics;
      final GroupStatistics[] rankStatistics;
      final RankTable ranks;
      final double nationalReference;
      final Series parentSeries;
      final Level parentLevel;
      final String earlierVintage;
      final Series earlier;

      Column(IndicatorDefinition definition, String vintage, Series series) {
        this.definition = definition;
        this.vintage = vintage;
        this.series = series;
        this.sign = definition.polarity().sign() == 0 ? 1 : definition.polarity().sign();
        if (series == null) {
          statistics = null;
          rankStatistics = null;
          ranks = null;
          nationalReference = Double.NaN;
          parentSeries = null;
          parentLevel = null;
          earlierVintage = null;
          earlier = null;
          return;
        }
        double[] values = new double[series.size()];
        for (int i = 0; i < values.length; i++) {
          values[i] = series.value(i);
        }
        this.statistics = statisticsByGroup(values, sign, groups);
        this.rankStatistics =
            rankGroups == groups ? statistics : statisticsByGroup(values, sign, rankGroups);
        double[] oriented = new double[values.length];
        for (int i = 0; i < values.length; i++) {
          oriented[i] = sign * values[i];
        }
        this.ranks = RankTable.of(oriented, rankGroups.groupOf(), rankGroups.groupCount());
        double france = data.value(definition.code(), vintage, TerritoryId.FRANCE);
        this.nationalReference = Double.isNaN(france) ? statistics[0].median : france;
        if (reference == Reference.PARENT && level != Level.COUNTRY) {
          Level parent = parentLevelOf(level);
          this.parentLevel = parent;
          this.parentSeries = data.series(definition.code(), vintage, parent).orElse(null);
        } else {
          this.parentLevel = null;
          this.parentSeries = null;
        }
        this.earlierVintage = earlierVintage(data.vintages(definition.code(), level), vintage);
        this.earlier =
            earlierVintage == null
                ? null
                : data.series(definition.code(), earlierVintage, level).orElse(null);
      }

      double referenceValue(int index) {
        if (definition.aggregation() == Aggregation.SUM && reference != Reference.PEERS) {
          // a count (doctors, dwellings) is not comparable with the total of France or of the
          // parent
          return Double.NaN;
        }
        return switch (reference) {
          case NATIONAL -> nationalReference;
          case PEERS -> statistics[groups.groupOf()[index]].median;
          case PARENT -> {
            Territory territory = referential.at(level, index);
            Optional<Territory> parent = referential.parent(territory);
            if (parent.isEmpty()) {
              yield Double.NaN;
            }
            Series s =
                parent.get().level() == parentLevel
                    ? parentSeries
                    : data.series(definition.code(), vintage, parent.get().level()).orElse(null);
            yield s == null ? Double.NaN : s.value(referential.index(parent.get().id()));
          }
        };
      }

      double centredScore(int index) {
        GroupStatistics group = statistics[groups.groupOf()[index]];
        if (!series.has(index) || !(group.sd > 0)) {
          return Double.NaN;
        }
        return definition.polarity().sign() * (series.value(index) - group.mean) / group.sd;
      }

      IndicatorResult result(int index) {
        if (series == null || !series.has(index)) {
          return new IndicatorResult(
              definition,
              vintage,
              Double.NaN,
              series == null ? Double.NaN : referenceValue(index),
              Double.NaN,
              Double.NaN,
              0,
              series == null ? 0 : rankStatistics[rankGroups.groupOf()[index]].count,
              Double.NaN,
              null,
              false);
        }
        GroupStatistics group = statistics[groups.groupOf()[index]];
        double value = series.value(index);
        double referenceValue = referenceValue(index);
        double gap = value - referenceValue;
        double score =
            definition.isScored() && group.sd > 0 && !Double.isNaN(gap)
                ? definition.polarity().sign() * gap / group.sd
                : Double.NaN;
        return new IndicatorResult(
            definition,
            vintage,
            value,
            referenceValue,
            gap,
            score,
            ranks.rank(index),
            rankStatistics[rankGroups.groupOf()[index]].count,
            ranks.percentile(index),
            trend(index, value),
            series.aggregated(index));
      }

      private Trend trend(int index, double value) {
        if (earlier == null || !earlier.has(index)) {
          return null;
        }
        double before = earlier.value(index);
        double change = value - before;
        Trend.Direction direction;
        if (!definition.isScored()) {
          direction = Trend.Direction.NOT_ORIENTED;
        } else if (Math.abs(change) <= STABLE_SHARE * Math.abs(before)) {
          direction = Trend.Direction.STABLE;
        } else {
          direction =
              definition.polarity().sign() * change > 0
                  ? Trend.Direction.WORSENING
                  : Trend.Direction.IMPROVING;
        }
        return new Trend(earlierVintage, before, change, direction);
      }
    }
  }

  private static Level parentLevelOf(Level level) {
    return switch (level) {
      case COMMUNE -> Level.EPCI;
      case EPCI -> Level.DEPARTEMENT;
      case DEPARTEMENT -> Level.REGION;
      case REGION, COUNTRY -> Level.COUNTRY;
    };
  }

  /**
   * The vintage to compare with: for a period such as {@code 2024-T3} or {@code 2022-09}, the same
   * period a year earlier when present; otherwise the previous vintage.
   */
  static String earlierVintage(List<String> vintages, String vintage) {
    int position = vintages.indexOf(vintage);
    if (position <= 0) {
      return null;
    }
    if (vintage.length() > 4 && vintage.charAt(4) == '-') {
      try {
        int year = Integer.parseInt(vintage.substring(0, 4));
        String sameLastYear = (year - 1) + vintage.substring(4);
        if (vintages.contains(sameLastYear)) {
          return sameLastYear;
        }
      } catch (NumberFormatException e) {
        // not a dated period: fall back to the previous vintage
      }
    }
    return vintages.get(position - 1);
  }
}
