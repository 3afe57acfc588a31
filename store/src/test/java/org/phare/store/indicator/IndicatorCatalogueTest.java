package org.phare.store.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.phare.core.indicator.Aggregation;
import org.phare.core.indicator.Domain;
import org.phare.core.indicator.IndicatorDefinition;

class IndicatorCatalogueTest {

  private static IndicatorCatalogue parse(String yaml) {
    return IndicatorCatalogue.load(
        new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml");
  }

  @Test
  void bundled_catalogue_covers_every_domain_or_says_why() {
    IndicatorCatalogue catalogue = IndicatorCatalogue.load();
    for (Domain domain : Domain.values()) {
      boolean covered = catalogue.definitions().stream().anyMatch(d -> d.domain() == domain);
      assertThat(covered || catalogue.domainsWithoutIndicator().containsKey(domain))
          .as(domain.name())
          .isTrue();
    }
  }

  @Test
  void rates_have_a_scale_and_derived_rates_point_to_catalogue_counts() {
    IndicatorCatalogue catalogue = IndicatorCatalogue.load();
    for (IndicatorDefinition d : catalogue.definitions()) {
      if (d.derivation() != null) {
        assertThat(catalogue.require(d.derivation().denominatorIndicator()).aggregation())
            .as(d.code())
            .isEqualTo(Aggregation.SUM);
      }
    }
    assertThat(catalogue.require("part-75-plus").scale()).isEqualTo(100);
  }

  @Test
  void require_names_the_missing_code() {
    assertThatThrownBy(() -> IndicatorCatalogue.load().require("nope"))
        .isInstanceOf(NoSuchElementException.class)
        .hasMessageContaining("nope");
  }

  @Test
  void invalid_entry_names_the_indicator_and_field() {
    String yaml =
        "indicators:\n"
            + "  - code: x\n"
            + "    labelFr: X\n"
            + "    labelEn: X\n"
            + "    domain: EMPLOYMENT\n"
            + "    unit: '%'\n"
            + "    polarity: UP\n"
            + "    source: {producer: P, dataset: D}\n"
            + "    levels: [region]\n"
            + "    aggregation: NONE\n";
    assertThatThrownBy(() -> parse(yaml))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("indicator x")
        .hasMessageContaining("field 'polarity'");
  }

  @Test
  void derivation_must_reference_known_indicators() {
    String yaml =
        "indicators:\n"
            + "  - code: y\n"
            + "    labelFr: Y\n"
            + "    labelEn: Y\n"
            + "    domain: HEALTH\n"
            + "    unit: '%'\n"
            + "    polarity: NEUTRAL\n"
            + "    source: {producer: P, dataset: D}\n"
            + "    levels: [departement]\n"
            + "    aggregation: RATE\n"
            + "    scale: 100\n"
            + "    derivation: {numerator: a, denominator: b}\n";
    assertThatThrownBy(() -> parse(yaml))
        .hasMessageContaining("indicator y")
        .hasMessageContaining("field 'derivation'")
        .hasMessageContaining("'a'");
  }
}
