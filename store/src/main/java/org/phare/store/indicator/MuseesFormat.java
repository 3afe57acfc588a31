package org.phare.store.indicator;

import java.util.LinkedHashMap;
import java.util.Map;
import org.phare.core.territory.Level;
import org.phare.core.territory.TerritoryReferential;

/**
 * Ministère de la Culture, fréquentation des Musées de France, one row per museum and year: the
 * visits ({@code total}) are summed per département ({@code code_departement}) and year. Museums
 * closed or not communicating that year ({@code note} F, NC: empty counts) add nothing, so the sum
 * is the attendance reported by the département's Musées de France.
 *
 * <p>The visits are also summed per commune ({@code musees-frequentation-communes}, a code of its
 * own: its communes without a declared visit count 0, which must never fill a département whose
 * museums declared nothing that year), from {@code code_commune} (the commune of the ministry's
 * year, mapped to COG 2026; municipal arrondissements into Paris, Lyon and Marseille), so that EPCI
 * get the sum of their communes. {@code code_commune} is empty where the museum's reference does
 * not designate the commune of its town (68 museums, about 0.6 % of the visits in 2021): those
 * count for their département only, and are counted in the warnings.
 */
final class MuseesFormat extends PublishedFormat {

  MuseesFormat() {
    super(
        "musees",
        "Ministère de la Culture, fréquentation des Musées de France (ref_musee, annee, total,"
            + " code_departement)");
  }

  /** A département and a year. */
  private record Key(String departement, String year) {}

  /** A commune (the file's code) and a year. */
  private record CommuneKey(String commune, String year) {}

  @Override
  void read(CsvSource source, ObservationSink sink, TerritoryReferential referential)
      throws ImportException {
    int year = source.column("annee");
    int total = source.column("total");
    int departement = source.column("code_departement");
    int commune = source.column("code_commune");
    Map<Key, double[]> sums = new LinkedHashMap<>();
    Map<CommuneKey, double[]> communeSums = new LinkedHashMap<>();
    source.forEachRow(
        row -> {
          double visits = row.number(total);
          if (Double.isNaN(visits)) {
            sink.count("museums closed or not communicating that year (no count)");
            return;
          }
          sums.computeIfAbsent(new Key(row.text(departement), year(row, year)), k -> new double[1])[
                  0] +=
              visits;
          String code = row.text(commune);
          if (code.isEmpty()) {
            sink.count("museum visits without a commune code (counted for the département only)");
            return;
          }
          String current = MunicipalArrondissements.commune(code);
          communeSums
                  .computeIfAbsent(new CommuneKey(current, year(row, year)), k -> new double[1])[
                  0] +=
              visits;
        });
    for (Map.Entry<Key, double[]> entry : sums.entrySet()) {
      var id = sink.territory(null, departement, Level.DEPARTEMENT, entry.getKey().departement());
      if (id.isPresent()) {
        sink.put(
            null,
            total,
            "musees-frequentation",
            id.get(),
            entry.getKey().year(),
            entry.getValue()[0],
            Double.NaN,
            Double.NaN);
      }
    }
    for (Map.Entry<CommuneKey, double[]> entry : communeSums.entrySet()) {
      sink.putCommune(
          null,
          commune,
          "musees-frequentation-communes",
          entry.getKey().commune(),
          entry.getKey().year(),
          entry.getValue()[0],
          Double.NaN,
          Double.NaN);
    }
  }
}
