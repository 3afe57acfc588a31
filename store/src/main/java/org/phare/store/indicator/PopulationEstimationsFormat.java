package org.phare.store.indicator;

import org.phare.core.territory.Level;
import org.phare.core.territory.TerritoryReferential;

/**
 * INSEE population estimates at 1 January by département and 5-year age group: total population and
 * the age groups used by the ageing indicators.
 */
final class PopulationEstimationsFormat extends PublishedFormat {

  private static final String[] UNDER_20 = {"0_4", "5_9", "10_14", "15_19"};
  private static final String[] FROM_60 = {"60_64", "65_69", "70_74", "75_79", "80_84", "85_89"};
  private static final String[] FROM_90 = {"90_94", "95_plus"};

  PopulationEstimationsFormat() {
    super(
        "population-estimations",
        "INSEE, estimations de population par département, sexe et âge quinquennal");
  }

  @Override
  void read(CsvSource source, ObservationSink sink, TerritoryReferential referential)
      throws ImportException {
    int year = source.column("annee");
    int code = source.column("code_departement");
    int total = source.column("ensemble_total");
    int[] under20 = columns(source, UNDER_20);
    int[] from60 = columns(source, FROM_60);
    int[] from90 = columns(source, FROM_90);
    source.forEachRow(
        row -> {
          if (row.text(code).isEmpty()) {
            sink.count("aggregate rows (France métropolitaine, DOM) skipped");
            return;
          }
          var id = sink.territory(row, code, Level.DEPARTEMENT, row.text(code));
          if (id.isEmpty()) {
            return;
          }
          String vintage = year(row, year);
          double old90 = row.requiredNumber(from90[0]);
          double old95 = row.number(from90[1]);
          if (Double.isNaN(old95)) {
            // DOM 1990-1998: no 95+ group; the 90-94 group then holds everyone aged 90 or more
            // (the groups still add up to the total).
            sink.count("rows without a 95+ group: the 90-94 group counts all people aged 90+");
          } else {
            old90 += old95;
          }
          // from60 = 60-64, 65-69, 70-74, 75-79, 80-84, 85-89
          double from75 = sum(row, from60, 3, from60.length) + old90;
          double from65 = sum(row, from60, 1, 3) + from75;
          double all60 = row.requiredNumber(from60[0]) + from65;
          put(sink, row, total, "population", id.get(), vintage, row.requiredNumber(total));
          put(sink, row, under20[0], "population-moins-20", id.get(), vintage, sum(row, under20));
          put(sink, row, from60[0], "population-60-plus", id.get(), vintage, all60);
          put(sink, row, from60[1], "population-65-plus", id.get(), vintage, from65);
          put(sink, row, from60[3], "population-75-plus", id.get(), vintage, from75);
        });
  }

  private static void put(
      ObservationSink sink,
      CsvRow row,
      int column,
      String indicator,
      org.phare.core.territory.TerritoryId id,
      String vintage,
      double value)
      throws ImportException {
    sink.put(row, column, indicator, id, vintage, value, Double.NaN, Double.NaN);
  }

  private static int[] columns(CsvSource source, String[] groups) throws ImportException {
    int[] columns = new int[groups.length];
    for (int i = 0; i < groups.length; i++) {
      columns[i] = source.column("ensemble_" + groups[i]);
    }
    return columns;
  }

  private static double sum(CsvRow row, int[] columns) throws ImportException {
    return sum(row, columns, 0, columns.length);
  }

  private static double sum(CsvRow row, int[] columns, int from, int to) throws ImportException {
    double sum = 0;
    for (int i = from; i < to; i++) {
      sum += row.requiredNumber(columns[i]);
    }
    return sum;
  }
}
