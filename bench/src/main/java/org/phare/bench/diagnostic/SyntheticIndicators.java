package org.phare.bench.diagnostic;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.phare.core.indicator.Aggregation;
import org.phare.core.indicator.Domain;
import org.phare.core.indicator.IndicatorDataset;
import org.phare.core.indicator.IndicatorDefinition;
import org.phare.core.indicator.Observation;
import org.phare.core.indicator.Polarity;
import org.phare.core.territory.Level;
import org.phare.core.territory.Territory;
import org.phare.core.territory.TerritoryReferential;

/**
 * A synthetic national file: {@code count} rate indicators spread over the 16 domains, with a
 * numerator and a denominator for every current commune (about 35,000), one vintage. Deterministic
 * (seeded), so runs compare.
 */
public final class SyntheticIndicators {

  private SyntheticIndicators() {}

  public static List<IndicatorDefinition> catalogue(int count) {
    List<IndicatorDefinition> definitions = new ArrayList<>();
    Domain[] domains = Domain.values();
    for (int i = 0; i < count; i++) {
      definitions.add(
          new IndicatorDefinition(
              "synthetic-" + i,
              "Indicateur synthétique " + i,
              "Synthetic indicator " + i,
              domains[i % domains.length],
              "%",
              i % 3 == 0 ? Polarity.HIGHER_IS_LESS_FRAGILE : Polarity.HIGHER_IS_MORE_FRAGILE,
              "synthetic",
              Set.of(Level.values()),
              Aggregation.RATE,
              100,
              "cases",
              "population",
              null));
    }
    return definitions;
  }

  /** Calls the sink with every commune observation. */
  public static void forEachObservation(
      TerritoryReferential referential,
      List<IndicatorDefinition> catalogue,
      java.util.function.Consumer<Observation> sink) {
    Random random = new Random(20261122);
    List<Territory> communes = referential.all(Level.COMMUNE);
    for (IndicatorDefinition definition : catalogue) {
      double base = 5 + random.nextDouble() * 20;
      for (Territory commune : communes) {
        double denominator = Math.max(1, commune.population());
        double rate = Math.max(0, base + random.nextGaussian() * 3);
        double numerator = Math.rint(denominator * rate) / 100;
        sink.accept(
            new Observation(
                definition.code(),
                commune.id(),
                "2024",
                100 * numerator / denominator,
                numerator,
                denominator));
      }
    }
  }

  public static IndicatorDataset dataset(TerritoryReferential referential, int count) {
    List<IndicatorDefinition> catalogue = catalogue(count);
    IndicatorDataset.Builder builder = IndicatorDataset.builder(referential, catalogue);
    forEachObservation(referential, catalogue, builder::add);
    return builder.build();
  }
}
