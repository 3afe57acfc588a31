package org.phare.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.phare.core.indicator.IndicatorDefinition;
import org.phare.store.indicator.IndicatorCatalogue;

/** The English report names every unit of the catalogue in English (issue 15 point 3). */
class UnitsTest {

  @Test
  void every_unit_of_the_indicator_catalogue_has_an_english_form() {
    List<String> untranslated =
        IndicatorCatalogue.load().definitions().stream()
            .map(IndicatorDefinition::unit)
            .filter(unit -> unit != null && !unit.isBlank())
            .distinct()
            .filter(unit -> unit.matches(".*[a-zàâçéèêëîïôûùüÿ].*"))
            .filter(unit -> !Units.knows(unit))
            .sorted()
            .toList();
    assertThat(untranslated).as("units without an English form in Units").isEmpty();
  }

  @Test
  void a_french_unit_reads_in_english_and_stays_french_in_french() {
    assertThat(Lang.EN.unit("pour 10 000 pers.")).isEqualTo("per 10,000 people");
    assertThat(Lang.FR.unit("pour 10 000 pers.")).isEqualTo("pour 10 000 pers.");
  }
}
