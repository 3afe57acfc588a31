package org.phare.store.indicator;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.phare.core.territory.TerritoryReferential;

/**
 * INSEE Base permanente des équipements: one row per IRIS (or commune) and equipment type; counts
 * are summed per commune (COG of the file's year, mapped to COG 2026; the municipal arrondissements
 * of Paris, Lyon and Marseille into their commune). A commune absent from the file has none of
 * these equipments.
 */
final class BpeFormat extends PublishedFormat {

  private static final Map<String, String> INDICATORS =
      Map.ofEntries(
          Map.entry("A206", "bpe-bureaux-poste"),
          Map.entry("C201", "bpe-colleges"),
          Map.entry("C301", "bpe-lycees"),
          Map.entry("D106", "bpe-urgences"),
          Map.entry("D201", "bpe-medecins-generalistes"),
          Map.entry("D301", "bpe-pharmacies"),
          Map.entry("E107", "bpe-gares"),
          Map.entry("E108", "bpe-gares"),
          Map.entry("E109", "bpe-gares"),
          Map.entry("F303", "bpe-cinemas"));

  BpeFormat() {
    super("bpe", "INSEE, base permanente des équipements (DEPCOM, DCIRIS, TYPEQU, NB_EQUIP)");
  }

  @Override
  void read(CsvSource source, ObservationSink sink, TerritoryReferential referential)
      throws ImportException {
    int commune = source.column("DEPCOM");
    int iris = source.column("DCIRIS");
    int year = source.column("AN");
    int type = source.column("TYPEQU");
    int count = source.column("NB_EQUIP");
    Map<String, Long> firstLine = new HashMap<>(1 << 17);
    Map<Total, double[]> totals = new LinkedHashMap<>(1 << 16);
    source.forEachRow(
        row -> {
          String indicator = INDICATORS.get(row.text(type));
          if (indicator == null) {
            sink.count("equipment types outside the catalogue skipped");
            return;
          }
          Long first = firstLine.putIfAbsent(row.text(iris) + '|' + row.text(type), row.line());
          if (first != null) {
            throw row.error(
                type,
                "import.row.duplicate",
                "key",
                "IRIS " + row.text(iris) + ", " + row.text(type),
                "firstLine",
                first);
          }
          // Paris, Lyon and Marseille are listed by municipal arrondissement only
          String code = MunicipalArrondissements.commune(row.text(commune));
          Total key = new Total(indicator, code, year(row, year));
          totals.computeIfAbsent(key, k -> new double[1])[0] += row.requiredNumber(count);
        });
    for (Map.Entry<Total, double[]> entry : totals.entrySet()) {
      Total key = entry.getKey();
      sink.putCommune(
          null,
          0,
          key.indicator(),
          key.commune(),
          key.year(),
          entry.getValue()[0],
          Double.NaN,
          Double.NaN);
    }
  }

  /** What a row adds to: an indicator, a commune (the file's code) and a year. */
  private record Total(String indicator, String commune, String year) {}
}
