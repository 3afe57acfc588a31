package org.phare.store.indicator;

import org.phare.core.territory.TerritoryReferential;

/**
 * INSEE RP 2017 at IRIS level for Paris (DoReMIFaSolData extract): commuting modes of employed
 * people, summed over the IRIS of the municipal arrondissements into the commune of Paris (75056).
 */
final class ParisIrisFormat extends PublishedFormat {

  private static final String PARIS = "75056";
  private static final String[] INDICATORS = {
    "mobilite-velo-part", "mobilite-transports-commun-part", "mobilite-voiture-part"
  };
  private static final String[] COLUMNS = {
    "C17_ACTOCC15P_VELO", "C17_ACTOCC15P_TCOM", "C17_ACTOCC15P_VOIT"
  };

  ParisIrisFormat() {
    super(
        "paris-iris",
        "INSEE RP 2017 par IRIS de Paris (modes de transport domicile-travail), agrégé à Paris");
  }

  @Override
  void read(CsvSource source, ObservationSink sink, TerritoryReferential referential)
      throws ImportException {
    int commune = source.column("COM");
    int employed = source.column("C17_ACTOCC15P");
    int[] columns = new int[COLUMNS.length];
    for (int i = 0; i < COLUMNS.length; i++) {
      columns[i] = source.column(COLUMNS[i]);
    }
    double[] numerators = new double[COLUMNS.length];
    double[] denominator = new double[1];
    int[] irises = new int[1];
    source.forEachRow(
        row -> {
          String code = row.text(commune);
          if (!code.startsWith("751") || code.length() != 5) {
            throw row.error(commune, "import.territory.not-paris-arrondissement", "code", code);
          }
          denominator[0] += row.requiredNumber(employed);
          for (int i = 0; i < COLUMNS.length; i++) {
            numerators[i] += row.requiredNumber(columns[i]);
          }
          irises[0]++;
        });
    if (irises[0] == 0) {
      return;
    }
    sink.note("IRIS of the 20 municipal arrondissements summed into Paris (" + irises[0] + ")");
    for (int i = 0; i < COLUMNS.length; i++) {
      sink.putCommune(
          null,
          0,
          INDICATORS[i],
          PARIS,
          "2017",
          100 * numerators[i] / denominator[0],
          numerators[i],
          denominator[0]);
    }
  }
}
