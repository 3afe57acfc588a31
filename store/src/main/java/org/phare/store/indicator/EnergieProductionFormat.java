package org.phare.store.indicator;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.phare.core.territory.Level;
import org.phare.core.territory.TerritoryId;
import org.phare.core.territory.TerritoryReferential;

/**
 * Enedis annual electricity production by technology and département, one row per voltage domain:
 * the three domains are summed per département and year. A département-year where one domain's cell
 * is secret gets no value for that technology (a partial sum would understate it).
 */
final class EnergieProductionFormat extends PublishedFormat {

  private static final String[] TECHNOLOGIES = {
    "photovoltaique", "eolien", "hydraulique", "bio_energie"
  };
  private static final String[] INDICATORS = {
    "energie-production-photovoltaique",
    "energie-production-eolien",
    "energie-production-hydraulique",
    "energie-production-bioenergie"
  };
  private static final String TOTAL = "energie-production-renouvelable";

  EnergieProductionFormat() {
    super(
        "energie-production",
        "Enedis, production électrique annuelle par filière à la maille département");
  }

  @Override
  void read(CsvSource source, ObservationSink sink, TerritoryReferential referential)
      throws ImportException {
    int year = source.column("annee");
    int code = source.column("code_departement");
    int voltage = source.column("domaine_de_tension");
    int[] energy = new int[TECHNOLOGIES.length];
    for (int i = 0; i < TECHNOLOGIES.length; i++) {
      energy[i] = source.column("energie_produite_annuelle_" + TECHNOLOGIES[i] + "_enedis_mwh");
    }
    Set<String> seen = new HashSet<>();
    Map<String, double[]> totals = new LinkedHashMap<>();
    Map<String, TerritoryId> territories = new LinkedHashMap<>();
    source.forEachRow(
        row -> {
          String department = row.text(code);
          // Published without the leading zero: "1" is Ain.
          if (department.length() == 1) {
            department = "0" + department;
          }
          String vintage = year(row, year);
          if (!seen.add(department + '|' + vintage + '|' + row.text(voltage))) {
            throw row.error(
                voltage,
                "import.row.duplicate",
                "key",
                "département " + department + ", " + vintage + ", " + row.text(voltage),
                "firstLine",
                0);
          }
          var id = sink.territory(row, code, Level.DEPARTEMENT, department);
          if (id.isEmpty()) {
            return;
          }
          String key = department + '|' + vintage;
          territories.put(key, id.get());
          double[] sums = totals.computeIfAbsent(key, k -> new double[TECHNOLOGIES.length]);
          for (int i = 0; i < TECHNOLOGIES.length; i++) {
            double value = row.number(energy[i]);
            sums[i] += value; // NaN (secret) propagates: the whole département-year is missing
            if (Double.isNaN(value)) {
              sink.missing(INDICATORS[i]);
            }
          }
        });
    for (Map.Entry<String, double[]> entry : totals.entrySet()) {
      TerritoryId id = territories.get(entry.getKey());
      String vintage = entry.getKey().substring(entry.getKey().indexOf('|') + 1);
      double total = 0;
      for (int i = 0; i < TECHNOLOGIES.length; i++) {
        double value = entry.getValue()[i];
        total += value;
        if (!Double.isNaN(value)) {
          sink.put(null, 0, INDICATORS[i], id, vintage, value, Double.NaN, Double.NaN);
        }
      }
      if (Double.isNaN(total)) {
        sink.count(
            "département-years without a renewable total (a technology is secret in one voltage"
                + " domain)");
      } else {
        sink.put(null, 0, TOTAL, id, vintage, total, Double.NaN, Double.NaN);
      }
    }
  }
}
