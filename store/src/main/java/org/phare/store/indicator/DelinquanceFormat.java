package org.phare.store.indicator;

import java.util.Map;
import org.phare.core.territory.Level;
import org.phare.core.territory.TerritoryReferential;

/**
 * SSMSI recorded crime by département and year: the count ({@code nombre}) is the numerator, the
 * INSEE population ({@code insee_pop}) — or the number of dwellings ({@code insee_log}) for
 * burglaries — the denominator, and {@code taux_pour_mille} the published rate.
 */
final class DelinquanceFormat extends PublishedFormat {

  private static final Map<String, String> INDICATORS =
      Map.ofEntries(
          Map.entry("Homicides", "delinquance-homicides"),
          Map.entry("Tentatives d'homicides", "delinquance-tentatives-homicides"),
          Map.entry("Coups et blessures volontaires", "delinquance-coups-blessures"),
          Map.entry(
              "Coups et blessures volontaires intrafamiliaux",
              "delinquance-coups-blessures-intrafamiliaux"),
          Map.entry("Autres coups et blessures volontaires", "delinquance-autres-coups-blessures"),
          Map.entry("Violences sexuelles", "delinquance-violences-sexuelles"),
          Map.entry("Vols avec armes", "delinquance-vols-avec-armes"),
          Map.entry("Vols violents sans arme", "delinquance-vols-violents-sans-arme"),
          Map.entry(
              "Vols sans violence contre des personnes",
              "delinquance-vols-sans-violence-personnes"),
          Map.entry("Cambriolages de logement", "delinquance-cambriolages"),
          Map.entry("Vols de véhicules", "delinquance-vols-vehicules"),
          Map.entry("Vols dans les véhicules", "delinquance-vols-dans-vehicules"),
          Map.entry("Vols d'accessoires sur véhicules", "delinquance-vols-accessoires-vehicules"),
          Map.entry(
              "Destructions et dégradations volontaires", "delinquance-destructions-degradations"),
          Map.entry("Escroqueries", "delinquance-escroqueries"),
          Map.entry("Trafic de stupéfiants", "delinquance-trafic-stupefiants"),
          Map.entry("Usage de stupéfiants", "delinquance-usage-stupefiants"));

  DelinquanceFormat() {
    super(
        "delinquance",
        "SSMSI, délinquance enregistrée par la police et la gendarmerie, base départementale");
  }

  @Override
  void read(CsvSource source, ObservationSink sink, TerritoryReferential referential)
      throws ImportException {
    int code = source.column("Code_departement");
    int year = source.column("annee");
    int label = source.column("indicateur");
    int count = source.column("nombre");
    int rate = source.column("taux_pour_mille");
    int population = source.column("insee_pop");
    int dwellings = source.column("insee_log");
    source.forEachRow(
        row -> {
          String indicator = INDICATORS.get(row.text(label));
          if (indicator == null) {
            throw row.error(label, "import.label.unknown", "value", row.text(label));
          }
          var id = sink.territory(row, code, Level.DEPARTEMENT, row.text(code));
          if (id.isEmpty()) {
            return;
          }
          int denominatorColumn =
              indicator.equals("delinquance-cambriolages") ? dwellings : population;
          double value = row.number(rate);
          double numerator = row.number(count);
          double denominator = row.number(denominatorColumn);
          sink.putIfPresent(
              row, rate, indicator, id.get(), year(row, year), value, numerator, denominator);
        });
  }
}
