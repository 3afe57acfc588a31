package org.phare.store.indicator;

import org.phare.core.territory.Level;
import org.phare.core.territory.TerritoryReferential;

/**
 * INSEE Filosofi (income and poverty). Two published layouts:
 *
 * <ul>
 *   <li>{@code filosofi-2016}: the commune and EPCI files (CODGEO, NBPERSMENFISC16, TP6016...); a
 *       9-digit CODGEO is an EPCI (SIREN), else a commune (COG 2016, mapped to COG 2026);
 *   <li>{@code filosofi-2013-departements}: the département file with French column labels and
 *       decimal commas.
 * </ul>
 *
 * Poverty rates and shares of taxed households carry their numerator and denominator (persons,
 * resp. households, in fiscal households) so that they aggregate; medians and deciles do not.
 */
final class FilosofiFormat extends PublishedFormat {

  /** Column names of one layout, in the order of {@link #INDICATORS}. */
  private record Layout(
      String vintage, String code, String persons, String households, String... columns) {}

  /** Indicator codes; the first two are rates over persons resp. households. */
  private static final String[] INDICATORS = {
    "pauvrete-taux",
    "menages-imposes-part",
    "niveau-vie-median",
    "niveau-vie-d1",
    "niveau-vie-rapport-interdecile",
    "pauvrete-taux-75-plus",
    "pauvrete-taux-locataires",
    "revenus-minima-sociaux-part",
    "revenus-chomage-part",
    "pauvrete-taux-moins-30",
    "pauvrete-taux-60-74",
    "revenus-pensions-part",
    "revenus-prestations-logement-part"
  };

  /**
   * Persons in fiscal households, the commune and EPCI population of the 2016 files: the
   * denominator of the BPE equipment rates at those levels (no population of 2018 exists for every
   * commune in the bundle, see docs/data.md).
   */
  static final String PERSONS = "menages-fiscaux-personnes";

  private static final Layout LAYOUT_2016 =
      new Layout(
          "2016",
          "CODGEO",
          "NBPERSMENFISC16",
          "NBMENFISC16",
          "TP6016",
          "PIMP16",
          "MED16",
          "D116",
          "RD16",
          "TP60AGE616",
          "TP60TOL216",
          "PPMINI16",
          "PCHO16",
          "TP60AGE116",
          "TP60AGE516",
          "PPEN16",
          "PPLOGT16");

  private static final Layout LAYOUT_2013 =
      new Layout(
          "2013",
          "Code géographique",
          "Nombre de personnes dans les ménages fiscaux",
          "Nombre de ménages fiscaux",
          "Taux de pauvreté-Ensemble (% pop totale)",
          "Part des ménages fiscaux imposés (%)",
          "Revenu disponible par unité de consommation (Médiane)",
          "Revenu disponible par unité de consommation (1er décile)",
          "Revenu disponible par unité de consommation (Rapport inter-décile 9e décile/1er decile)",
          "Taux de pauvreté selon l’âge du référent fiscal (% des 75 ans ou plus)",
          "Taux de pauvreté selon le statut d’occupation du logement (locataires)",
          null,
          null,
          "Taux de pauvreté selon l’âge du référent fiscal (% des moins de 30 ans)",
          "Taux de pauvreté selon l’âge du référent fiscal (% des 60 à 74 ans)",
          null,
          null);

  private final Layout layout;

  private FilosofiFormat(String name, String description, Layout layout) {
    super(name, description);
    this.layout = layout;
  }

  static FilosofiFormat communesAndEpci2016() {
    return new FilosofiFormat(
        "filosofi-2016",
        "INSEE, Filosofi 2016, indicateurs communes (COG 2016) ou EPCI (CODGEO, TP6016...)",
        LAYOUT_2016);
  }

  static FilosofiFormat departements2013() {
    return new FilosofiFormat(
        "filosofi-2013-departements",
        "INSEE, Filosofi 2013, revenus et pauvreté par département (libellés français)",
        LAYOUT_2013);
  }

  @Override
  void read(CsvSource source, ObservationSink sink, TerritoryReferential referential)
      throws ImportException {
    int code = source.column(layout.code());
    int persons = source.column(layout.persons());
    int households = source.column(layout.households());
    int[] columns = new int[INDICATORS.length];
    for (int i = 0; i < INDICATORS.length; i++) {
      String name = layout.columns()[i];
      columns[i] = name == null ? -1 : source.column(name);
    }
    String vintage = layout.vintage();
    source.forEachRow(
        row -> {
          String territory = row.text(code);
          double personCount = row.number(persons);
          double householdCount = row.number(households);
          if (layout == LAYOUT_2016) {
            putPersons(sink, row, code, persons, territory, vintage, personCount);
          }
          for (int i = 0; i < INDICATORS.length; i++) {
            if (columns[i] < 0) {
              continue;
            }
            double value = row.number(columns[i]);
            double denominator = i == 0 ? personCount : i == 1 ? householdCount : Double.NaN;
            double numerator = value / 100 * denominator;
            if (layout == LAYOUT_2016 && territory.length() == 5) {
              sink.putCommuneIfPresent(
                  row,
                  columns[i],
                  INDICATORS[i],
                  territory,
                  vintage,
                  value,
                  numerator,
                  denominator);
              continue;
            }
            Level level = territory.length() == 9 ? Level.EPCI : Level.DEPARTEMENT;
            if (Double.isNaN(value)) {
              sink.missing(INDICATORS[i]);
              continue;
            }
            var id = sink.territory(row, code, level, territory);
            if (id.isPresent()) {
              sink.put(
                  row, columns[i], INDICATORS[i], id.get(), vintage, value, numerator, denominator);
            }
          }
        });
  }

  /** The persons of a commune (mapped to COG 2026, summed over merged communes) or an EPCI. */
  private static void putPersons(
      ObservationSink sink,
      CsvRow row,
      int code,
      int persons,
      String territory,
      String vintage,
      double personCount)
      throws ImportException {
    if (territory.length() == 5) {
      sink.putCommuneIfPresent(
          row, persons, PERSONS, territory, vintage, personCount, Double.NaN, Double.NaN);
      return;
    }
    if (Double.isNaN(personCount)) {
      sink.missing(PERSONS);
      return;
    }
    var id = sink.territory(row, code, Level.EPCI, territory);
    if (id.isPresent()) {
      sink.put(row, persons, PERSONS, id.get(), vintage, personCount, Double.NaN, Double.NaN);
    }
  }
}
