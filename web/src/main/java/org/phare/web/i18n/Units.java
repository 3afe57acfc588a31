package org.phare.web.i18n;

import java.util.Map;

/**
 * The English of the units the indicator catalogue and the identity card write in French (the
 * catalogue's {@code unit}), so the English report shows no French unit. A unit missing here is
 * shown as written (and the English wording test names it).
 */
final class Units {

  private Units() {}

  private static final Map<String, String> ENGLISH =
      Map.ofEntries(
          Map.entry("% de la SAU", "% of utilised agricultural area"),
          Map.entry("MWh par hab.", "MWh per inhab."),
          Map.entry("M€ chaînés", "€M chained"),
          Map.entry("M€ courants", "€M current"),
          Map.entry("allocataires", "recipients"),
          Map.entry("ans", "years"),
          Map.entry("atteintes par an", "offences per year"),
          Map.entry("bornes", "charging points"),
          Map.entry("bénéficiaires", "beneficiaries"),
          Map.entry("centres de santé", "health centres"),
          Map.entry(
              "consultations par an et par habitant", "consultations per year per inhabitant"),
          Map.entry("contrats", "contracts"),
          Map.entry("dossiers", "files"),
          Map.entry("entrées par habitant", "visits per inhabitant"),
          Map.entry("entrées", "visits"),
          Map.entry("hab./km²", "inhab./km²"),
          Map.entry("hab.", "inhab."),
          Map.entry("habitants", "inhabitants"),
          Map.entry("jeunes", "young people"),
          Map.entry("km pour 100 000 hab.", "km per 100,000 inhab."),
          Map.entry("labellisations", "labels"),
          Map.entry("logements par an", "dwellings per year"),
          Map.entry("maisons de santé", "health homes"),
          Map.entry("mois", "months"),
          Map.entry("morts par an", "deaths per year"),
          Map.entry("personnes par an", "people per year"),
          Map.entry("points de %", "percentage points"),
          Map.entry("pour 1 000 hab. de 60 ans ou plus", "per 1,000 inhab. aged 60 or over"),
          Map.entry("pour 1 000 hab.", "per 1,000 inhab."),
          Map.entry("pour 1 000 logements", "per 1,000 dwellings"),
          Map.entry("pour 100 000 hab.", "per 100,000 inhab."),
          Map.entry("pour 100 jeunes", "per 100 young people"),
          Map.entry("primes", "grants"),
          Map.entry("professionnels", "professionals"),
          Map.entry("unités", "units"),
          Map.entry("utilisateurs", "users"),
          Map.entry("équipements", "facilities"),
          Map.entry("€ par UC et par an", "€ per consumption unit per year"),
          Map.entry("€ par emploi", "€ per job"),
          Map.entry("entrées par personne", "visits per person"),
          Map.entry("minutes", "minutes"),
          Map.entry("personnes", "people"),
          Map.entry("pour 10 000 pers.", "per 10,000 people"),
          Map.entry("pour 100 enfants", "per 100 children"),
          Map.entry("ratio", "ratio"),
          Map.entry("MWh", "MWh"),
          Map.entry("km", "km"),
          Map.entry("€ par habitant", "€ per inhabitant"));

  /** Whether the unit has an English form here (symbols such as {@code %} need none). */
  static boolean knows(String french) {
    return ENGLISH.containsKey(french);
  }

  static String english(String french) {
    return ENGLISH.getOrDefault(french, french);
  }
}
