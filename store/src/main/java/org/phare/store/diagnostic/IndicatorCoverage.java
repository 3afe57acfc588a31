package org.phare.store.diagnostic;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.phare.core.diagnostic.DiagnosticEngine;
import org.phare.core.indicator.Domain;
import org.phare.core.indicator.IndicatorDataset;
import org.phare.core.indicator.IndicatorDefinition;
import org.phare.core.indicator.Series;
import org.phare.core.territory.Level;

/**
 * How many scored indicators each domain has at each level, from the catalogue and the values in
 * memory: the table of docs/data.md, generated (see {@code DataCoverageDocTest}).
 *
 * <p>An indicator counts for a domain at a level when it is scored (not a context indicator) and
 * has a value, published, aggregated or derived, for at least {@link #MIN_TERRITORY_SHARE} of the
 * level's territories at its latest vintage: an indicator known for a handful of communes does not
 * make a domain score possible for the others.
 */
public final class IndicatorCoverage {

  /** Share of a level's territories that must have a value for an indicator to count. */
  public static final double MIN_TERRITORY_SHARE = 0.5;

  /** The levels of the table, coarse to fine. */
  public static final List<Level> LEVELS =
      List.of(Level.REGION, Level.DEPARTEMENT, Level.EPCI, Level.COMMUNE);

  private IndicatorCoverage() {}

  /** Per level, per domain: the number of scored indicators covering the level. */
  public static Map<Level, Map<Domain, Integer>> counts(IndicatorDataset data) {
    Map<Level, Map<Domain, Integer>> table = new EnumMap<>(Level.class);
    for (Level level : LEVELS) {
      Map<Domain, Integer> row = new EnumMap<>(Domain.class);
      for (Domain domain : Domain.values()) {
        row.put(domain, 0);
      }
      int size = data.referential().size(level);
      for (IndicatorDefinition definition : data.definitions()) {
        if (!definition.isScored()) {
          continue;
        }
        Optional<String> vintage = data.resolveVintage(definition.code(), level, null);
        if (vintage.isEmpty()) {
          continue;
        }
        Series series = data.series(definition.code(), vintage.get(), level).orElseThrow();
        if (series.count() >= MIN_TERRITORY_SHARE * size) {
          row.merge(definition.domain(), 1, Integer::sum);
        }
      }
      table.put(level, row);
    }
    return table;
  }

  /** The table as Markdown: one row per domain, one column per level, short cells marked. */
  public static String markdown(IndicatorDataset data) {
    Map<Level, Map<Domain, Integer>> table = counts(data);
    int minimum = DiagnosticEngine.MIN_DOMAIN_INDICATORS;
    StringBuilder out = new StringBuilder();
    out.append("| domain |");
    for (Level level : LEVELS) {
      out.append(' ').append(level.code()).append(" |");
    }
    out.append("\n|---|");
    for (int i = 0; i < LEVELS.size(); i++) {
      out.append("---:|");
    }
    out.append('\n');
    for (Domain domain : Domain.values()) {
      out.append("| ").append(domain.name()).append(" |");
      for (Level level : LEVELS) {
        int n = table.get(level).get(domain);
        out.append(' ').append(n < minimum ? "**" + n + "**" : Integer.toString(n)).append(" |");
      }
      out.append('\n');
    }
    out.append("| domains with a score possible (≥ ").append(minimum).append(") |");
    for (Level level : LEVELS) {
      long scored = table.get(level).values().stream().filter(n -> n >= minimum).count();
      out.append(' ').append(scored).append(" / 16 |");
    }
    out.append('\n');
    return out.toString();
  }
}
