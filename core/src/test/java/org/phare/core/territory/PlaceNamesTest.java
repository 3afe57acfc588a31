package org.phare.core.territory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Territory names in French sentences, with the TNCC of the COG 2026 (decoupage-administratif
 * regions.json and departements.json, field typeLiaison) copied by hand for each case.
 */
class PlaceNamesTest {

  static Territory t(Level level, String code, String name, int liaison) {
    return new Territory(TerritoryId.of(level, code), name, 1, Map.of(), "metro", liaison);
  }

  // regions.json: 24 Centre-Val de Loire 2, 53 Bretagne 0, 32 Hauts-de-France 4, 04 La Réunion 0,
  // 01 Guadeloupe 3, 11 Île-de-France 1
  static final Territory CENTRE = t(Level.REGION, "24", "Centre-Val de Loire", 2);
  static final Territory BRETAGNE = t(Level.REGION, "53", "Bretagne", 0);
  static final Territory HAUTS = t(Level.REGION, "32", "Hauts-de-France", 4);
  static final Territory REUNION = t(Level.REGION, "04", "La Réunion", 0);
  static final Territory GUADELOUPE = t(Level.REGION, "01", "Guadeloupe", 3);
  static final Territory IDF = t(Level.REGION, "11", "Île-de-France", 1);
  // departements.json: 45 Loiret 2, 73 Savoie 3, 01 Ain 5, 40 Landes 4, 77 Seine-et-Marne 0,
  // 75 Paris 0, 35 Ille-et-Vilaine 1
  static final Territory LOIRET = t(Level.DEPARTEMENT, "45", "Loiret", 2);
  static final Territory SAVOIE = t(Level.DEPARTEMENT, "73", "Savoie", 3);
  static final Territory AIN = t(Level.DEPARTEMENT, "01", "Ain", 5);
  static final Territory LANDES = t(Level.DEPARTEMENT, "40", "Landes", 4);
  static final Territory SEINE_ET_MARNE = t(Level.DEPARTEMENT, "77", "Seine-et-Marne", 0);
  static final Territory PARIS = t(Level.DEPARTEMENT, "75", "Paris", 0);
  static final Territory ILLE = t(Level.DEPARTEMENT, "35", "Ille-et-Vilaine", 1);

  @Test
  void regions_take_the_cog_article_or_the_word_region() {
    assertThat(PlaceNames.named(CENTRE)).isEqualTo("le Centre-Val de Loire");
    assertThat(PlaceNames.to(CENTRE)).isEqualTo("au Centre-Val de Loire");
    assertThat(PlaceNames.in(CENTRE)).isEqualTo("en Centre-Val de Loire");
    assertThat(PlaceNames.of(CENTRE)).isEqualTo("du Centre-Val de Loire");
    assertThat(PlaceNames.named(BRETAGNE)).isEqualTo("la région Bretagne");
    assertThat(PlaceNames.in(BRETAGNE)).isEqualTo("en Bretagne");
    assertThat(PlaceNames.to(HAUTS)).isEqualTo("aux Hauts-de-France");
    assertThat(PlaceNames.in(HAUTS)).isEqualTo("dans les Hauts-de-France");
    assertThat(PlaceNames.in(REUNION)).isEqualTo("à La Réunion");
    assertThat(PlaceNames.of(REUNION)).isEqualTo("de La Réunion");
    assertThat(PlaceNames.of(GUADELOUPE)).isEqualTo("de la Guadeloupe");
    assertThat(PlaceNames.in(IDF)).isEqualTo("en Île-de-France");
    assertThat(PlaceNames.of(IDF)).isEqualTo("de la région Île-de-France");
  }

  @Test
  void departements_take_le_la_l_les_or_stay_bare_where_the_cog_writes_none() {
    assertThat(PlaceNames.subject(LOIRET)).isEqualTo("Le Loiret");
    assertThat(PlaceNames.in(LOIRET)).isEqualTo("dans le Loiret");
    assertThat(PlaceNames.to(LOIRET)).isEqualTo("au Loiret");
    assertThat(PlaceNames.in(SAVOIE)).isEqualTo("en Savoie");
    assertThat(PlaceNames.of(SAVOIE)).isEqualTo("de la Savoie");
    assertThat(PlaceNames.named(AIN)).isEqualTo("l’Ain");
    assertThat(PlaceNames.of(AIN)).isEqualTo("de l’Ain");
    assertThat(PlaceNames.in(AIN)).isEqualTo("dans l’Ain");
    assertThat(PlaceNames.to(LANDES)).isEqualTo("aux Landes");
    assertThat(PlaceNames.of(LANDES)).isEqualTo("des Landes");
    assertThat(PlaceNames.named(SEINE_ET_MARNE)).isEqualTo("le département de Seine-et-Marne");
    assertThat(PlaceNames.in(SEINE_ET_MARNE)).isEqualTo("en Seine-et-Marne");
    assertThat(PlaceNames.to(SEINE_ET_MARNE)).isEqualTo("au département de Seine-et-Marne");
    assertThat(PlaceNames.named(ILLE)).isEqualTo("le département d’Ille-et-Vilaine");
    assertThat(PlaceNames.in(PARIS)).isEqualTo("à Paris");
  }

  @Test
  void communes_epci_and_france() {
    Territory orleans = t(Level.COMMUNE, "45234", "Orléans", -1);
    Territory mans = t(Level.COMMUNE, "72181", "Le Mans", -1);
    Territory loges = t(Level.EPCI, "244500427", "CC des Loges", -1);
    Territory metropole = t(Level.EPCI, "244500468", "Orléans Métropole", -1);
    Territory france = new Territory(TerritoryId.FRANCE, "France", 1, Map.of(), "france");
    assertThat(PlaceNames.in(orleans)).isEqualTo("à Orléans");
    assertThat(PlaceNames.of(orleans)).isEqualTo("d’Orléans");
    assertThat(PlaceNames.in(mans)).isEqualTo("au Mans");
    assertThat(PlaceNames.of(mans)).isEqualTo("du Mans");
    assertThat(PlaceNames.subject(mans)).isEqualTo("Le Mans");
    assertThat(PlaceNames.named(loges)).isEqualTo("la CC des Loges");
    assertThat(PlaceNames.in(loges)).isEqualTo("dans la CC des Loges");
    assertThat(PlaceNames.to(metropole)).isEqualTo("à Orléans Métropole");
    assertThat(PlaceNames.to(france)).isEqualTo("à la France");
    assertThat(PlaceNames.in(france)).isEqualTo("en France");
    assertThat(PlaceNames.subject(france)).isEqualTo("La France");
  }
}
