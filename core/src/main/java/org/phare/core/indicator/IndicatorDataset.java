package org.phare.core.indicator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import org.phare.core.territory.Level;
import org.phare.core.territory.Territory;
import org.phare.core.territory.TerritoryId;
import org.phare.core.territory.TerritoryReferential;

/**
 * All indicator values in memory, by indicator, vintage and level, completed with aggregates and
 * derived rates.
 *
 * <p>Completion, in {@link Builder#build()}:
 *
 * <ol>
 *   <li><b>Aggregation</b> upwards of {@link Aggregation#RATE} and {@link Aggregation#SUM}
 *       indicators from the finest level that has values, for territories without a published
 *       value. A rate is {@code scale x sum(numerators) / sum(denominators)} over the children that
 *       have both parts (never a mean of rates), computed only when those children hold at least
 *       {@link #MIN_RATE_COVERAGE} of the parent's population; a sum only when every child has a
 *       value. The coverage is kept with the value. A count whose source lists only the communes
 *       that have some ({@link IndicatorDefinition#absentMeansZero()}, the BPE) first gets zero for
 *       the communes absent from a vintage, so that it sums commune → EPCI → département → region →
 *       France.
 *   <li><b>Derivation</b> of rates defined from two indicators ({@link Derivation}), at every
 *       level, after aggregation.
 * </ol>
 */
public final class IndicatorDataset {

  /** Minimum population share of the children with data for a rate aggregate to be computed. */
  public static final double MIN_RATE_COVERAGE = 0.5;

  private final TerritoryReferential referential;
  private final Map<String, IndicatorDefinition> definitions;
  private final Map<String, NavigableMap<String, Map<Level, Series>>> series;

  private IndicatorDataset(
      TerritoryReferential referential,
      Map<String, IndicatorDefinition> definitions,
      Map<String, NavigableMap<String, Map<Level, Series>>> series) {
    this.referential = referential;
    this.definitions = definitions;
    this.series = series;
  }

  public static Builder builder(
      TerritoryReferential referential, List<IndicatorDefinition> catalogue) {
    return new Builder(referential, catalogue);
  }

  public TerritoryReferential referential() {
    return referential;
  }

  /** Catalogue definitions, in catalogue order. */
  public List<IndicatorDefinition> definitions() {
    return List.copyOf(definitions.values());
  }

  public Optional<IndicatorDefinition> definition(String code) {
    return Optional.ofNullable(definitions.get(code));
  }

  /** Vintages with at least one value at the level, oldest first. */
  public List<String> vintages(String indicator, Level level) {
    NavigableMap<String, Map<Level, Series>> byVintage = series.get(indicator);
    if (byVintage == null) {
      return List.of();
    }
    List<String> result = new ArrayList<>();
    byVintage.forEach(
        (vintage, byLevel) -> {
          Series s = byLevel.get(level);
          if (s != null && s.count() > 0) {
            result.add(vintage);
          }
        });
    return result;
  }

  /** Every vintage of the indicator, oldest first. */
  public List<String> vintages(String indicator) {
    NavigableMap<String, Map<Level, Series>> byVintage = series.get(indicator);
    return byVintage == null ? List.of() : List.copyOf(byVintage.keySet());
  }

  /**
   * The latest vintage with values at the level that is not after the requested one ({@code 2021}
   * accepts {@code 2021-T4}); the latest overall when {@code requested} is null.
   */
  public Optional<String> resolveVintage(String indicator, Level level, String requested) {
    List<String> vintages = vintages(indicator, level);
    for (int i = vintages.size() - 1; i >= 0; i--) {
      String vintage = vintages.get(i);
      if (requested == null || vintage.compareTo(requested) <= 0 || vintage.startsWith(requested)) {
        return Optional.of(vintage);
      }
    }
    return Optional.empty();
  }

  /** The values of an indicator for a vintage at a level, if any. */
  public Optional<Series> series(String indicator, String vintage, Level level) {
    NavigableMap<String, Map<Level, Series>> byVintage = series.get(indicator);
    if (byVintage == null) {
      return Optional.empty();
    }
    Map<Level, Series> byLevel = byVintage.get(vintage);
    return byLevel == null ? Optional.empty() : Optional.ofNullable(byLevel.get(level));
  }

  /** One value, NaN when missing. */
  public double value(String indicator, String vintage, TerritoryId territory) {
    int index = referential.index(territory);
    if (index < 0) {
      return Double.NaN;
    }
    return series(indicator, vintage, territory.level())
        .map(s -> s.value(index))
        .orElse(Double.NaN);
  }

  /** Number of stored values (published, aggregated and derived). */
  public long size() {
    long total = 0;
    for (NavigableMap<String, Map<Level, Series>> byVintage : series.values()) {
      for (Map<Level, Series> byLevel : byVintage.values()) {
        for (Series s : byLevel.values()) {
          total += s.count();
        }
      }
    }
    return total;
  }

  /** Collects observations, then completes them. Not thread-safe. */
  public static final class Builder {
    private final TerritoryReferential referential;
    private final Map<String, IndicatorDefinition> definitions = new LinkedHashMap<>();
    private final Map<String, NavigableMap<String, Map<Level, Series>>> series = new HashMap<>();

    private Builder(TerritoryReferential referential, List<IndicatorDefinition> catalogue) {
      this.referential = referential;
      for (IndicatorDefinition definition : catalogue) {
        definitions.put(definition.code(), definition);
      }
    }

    /**
     * Adds a published value.
     *
     * @throws IllegalArgumentException for an indicator outside the catalogue, a territory outside
     *     the referential, or a second value for the same indicator, territory and vintage
     */
    public Builder add(Observation observation) {
      if (!definitions.containsKey(observation.indicator())) {
        throw new IllegalArgumentException(
            "indicator '" + observation.indicator() + "' is not in the catalogue");
      }
      int index = referential.index(observation.territory());
      if (index < 0) {
        throw new IllegalArgumentException(
            "territory " + observation.territory() + " is not in the referential");
      }
      Series s =
          seriesFor(
              observation.indicator(), observation.vintage(), observation.territory().level());
      if (!s.set(index, observation.value(), observation.numerator(), observation.denominator())) {
        throw new IllegalArgumentException(
            "two values for "
                + observation.indicator()
                + " / "
                + observation.territory()
                + " / "
                + observation.vintage());
      }
      return this;
    }

    private Series seriesFor(String indicator, String vintage, Level level) {
      return series
          .computeIfAbsent(indicator, k -> new TreeMap<>())
          .computeIfAbsent(vintage, k -> new EnumMap<>(Level.class))
          .computeIfAbsent(level, l -> new Series(l, referential.size(l)));
    }

    /** Aggregates, derives, and freezes. */
    public IndicatorDataset build() {
      for (IndicatorDefinition definition : definitions.values()) {
        if (definition.absentMeansZero()) {
          completeWithZeros(definition);
        }
      }
      for (IndicatorDefinition definition : definitions.values()) {
        if (definition.derivation() == null && definition.aggregation() != Aggregation.NONE) {
          NavigableMap<String, Map<Level, Series>> byVintage = series.get(definition.code());
          if (byVintage != null) {
            byVintage.forEach((vintage, byLevel) -> aggregate(definition, vintage, byLevel));
          }
        }
      }
      for (IndicatorDefinition definition : definitions.values()) {
        if (definition.derivation() != null) {
          derive(definition);
        }
      }
      Map<String, NavigableMap<String, Map<Level, Series>>> frozen = new HashMap<>();
      series.forEach(
          (code, byVintage) -> frozen.put(code, Collections.unmodifiableNavigableMap(byVintage)));
      return new IndicatorDataset(referential, Collections.unmodifiableMap(definitions), frozen);
    }

    /**
     * Fills the levels the catalogue allows, from the closest finer level that nests exactly: an
     * EPCI and a département from communes, a region from départements (else communes), France from
     * regions (else départements, else communes). Published values are never replaced.
     */
    private void aggregate(
        IndicatorDefinition definition, String vintage, Map<Level, Series> byLevel) {
      for (Level target : List.of(Level.EPCI, Level.DEPARTEMENT, Level.REGION, Level.COUNTRY)) {
        if (!definition.levels().contains(target)) {
          continue;
        }
        Level source = sourceLevel(target, byLevel);
        if (source != null) {
          aggregateInto(definition, vintage, byLevel, byLevel.get(source), target);
        }
      }
    }

    /** Absent communes of each vintage of a listed-only count have none: zero, as published. */
    private void completeWithZeros(IndicatorDefinition definition) {
      NavigableMap<String, Map<Level, Series>> byVintage = series.get(definition.code());
      if (byVintage == null) {
        return;
      }
      for (Map<Level, Series> byLevel : byVintage.values()) {
        Series communes = byLevel.get(Level.COMMUNE);
        if (communes == null || communes.count() == 0) {
          continue;
        }
        for (int i = 0; i < communes.size(); i++) {
          if (!communes.has(i)) {
            communes.set(i, 0, Double.NaN, Double.NaN);
          }
        }
      }
    }

    private static Level sourceLevel(Level target, Map<Level, Series> byLevel) {
      List<Level> candidates =
          switch (target) {
            case EPCI, DEPARTEMENT -> List.of(Level.COMMUNE);
            case REGION -> List.of(Level.DEPARTEMENT, Level.COMMUNE);
            case COUNTRY -> List.of(Level.REGION, Level.DEPARTEMENT, Level.COMMUNE);
            case COMMUNE -> List.of();
          };
      for (Level candidate : candidates) {
        Series s = byLevel.get(candidate);
        if (s != null && s.count() > 0) {
          return candidate;
        }
      }
      return null;
    }

    private void aggregateInto(
        IndicatorDefinition definition,
        String vintage,
        Map<Level, Series> byLevel,
        Series source,
        Level target) {
      Level finest = source.level();
      boolean rate = definition.aggregation() == Aggregation.RATE;
      {
        // one pass over the source territories, accumulating into their ancestor of the target
        // level
        int size = referential.size(target);
        double[] sumValue = new double[size];
        double[] sumNumerator = new double[size];
        double[] sumDenominator = new double[size];
        double[] coveredPopulation = new double[size];
        int[] children = new int[size];
        int[] childrenWithData = new int[size];
        List<Territory> sources = referential.all(finest);
        for (int i = 0; i < sources.size(); i++) {
          Territory child = sources.get(i);
          int parent = ancestorIndex(child, target);
          if (parent < 0) {
            continue;
          }
          children[parent]++;
          if (rate
              ? !(source.has(i)
                  && !Double.isNaN(source.numerator(i))
                  && !Double.isNaN(source.denominator(i)))
              : !source.has(i)) {
            continue;
          }
          childrenWithData[parent]++;
          // an aggregated child only covers part of its own population
          double childCoverage = source.aggregated(i) ? source.coverage(i) : 1;
          coveredPopulation[parent] += Math.max(0, child.population()) * childCoverage;
          if (rate) {
            sumNumerator[parent] += source.numerator(i);
            sumDenominator[parent] += source.denominator(i);
          } else {
            sumValue[parent] += source.value(i);
          }
        }
        Series existing = byLevel.get(target);
        for (int p = 0; p < size; p++) {
          if (childrenWithData[p] == 0 || (existing != null && existing.has(p))) {
            continue;
          }
          Territory parentTerritory = referential.at(target, p);
          double coverage =
              parentTerritory.population() > 0
                  ? coveredPopulation[p] / parentTerritory.population()
                  : (double) childrenWithData[p] / children[p];
          if (rate) {
            if (coverage < MIN_RATE_COVERAGE || sumDenominator[p] <= 0) {
              continue;
            }
            if (existing == null) {
              existing = seriesFor(definition.code(), vintage, target);
            }
            existing.setAggregated(
                p,
                definition.scale() * sumNumerator[p] / sumDenominator[p],
                sumNumerator[p],
                sumDenominator[p],
                Math.min(1, coverage));
          } else {
            if (childrenWithData[p] < children[p]) {
              continue;
            }
            if (existing == null) {
              existing = seriesFor(definition.code(), vintage, target);
            }
            existing.setAggregated(p, sumValue[p], Double.NaN, Double.NaN, 1);
          }
        }
      }
    }

    private int ancestorIndex(Territory child, Level level) {
      if (level == Level.COUNTRY) {
        return referential.index(TerritoryId.FRANCE);
      }
      return child.ancestor(level).map(referential::index).orElse(-1);
    }

    private void derive(IndicatorDefinition definition) {
      Derivation derivation = definition.derivation();
      NavigableMap<String, Map<Level, Series>> numerators =
          series.get(derivation.numeratorIndicator());
      NavigableMap<String, Map<Level, Series>> denominators =
          series.get(derivation.denominatorIndicator());
      if (numerators == null || denominators == null) {
        return;
      }
      for (Map.Entry<String, Map<Level, Series>> entry : numerators.entrySet()) {
        String vintage = entry.getKey();
        for (Map.Entry<Level, Series> levelEntry : entry.getValue().entrySet()) {
          Level level = levelEntry.getKey();
          Series numerator = levelEntry.getValue();
          Series denominator = denominatorFor(denominators, vintage, level);
          if (denominator == null) {
            continue;
          }
          Series target = null;
          for (int i = 0; i < numerator.size(); i++) {
            if (numerator.has(i) && denominator.has(i) && denominator.value(i) > 0) {
              if (target == null) {
                target = seriesFor(definition.code(), vintage, level);
              }
              double value = definition.scale() * numerator.value(i) / denominator.value(i);
              if (numerator.aggregated(i) || denominator.aggregated(i)) {
                target.setAggregated(i, value, numerator.value(i), denominator.value(i), 1);
              } else {
                target.set(i, value, numerator.value(i), denominator.value(i));
              }
            }
          }
        }
      }
    }

    /**
     * The denominator of the same vintage, else the latest earlier one with values at the level.
     */
    private static Series denominatorFor(
        NavigableMap<String, Map<Level, Series>> denominators, String vintage, Level level) {
      String year = vintage.length() >= 4 ? vintage.substring(0, 4) : vintage;
      for (Map.Entry<String, Map<Level, Series>> entry :
          denominators.headMap(vintage, true).descendingMap().entrySet()) {
        Series s = entry.getValue().get(level);
        if (s != null && s.count() > 0) {
          return s;
        }
      }
      Map<Level, Series> sameYear = denominators.get(year);
      return sameYear == null ? null : sameYear.get(level);
    }
  }
}
