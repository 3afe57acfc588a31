package org.phare.store.indicator;

import java.util.Map;
import org.phare.core.territory.Level;
import org.phare.core.territory.TerritoryReferential;

/** DREES counts of doctors, dentists and nurses by département at 1 January. */
final class SanteProfessionnelsFormat extends PublishedFormat {

  private static final Map<String, String> INDICATORS =
      Map.of(
          "medecin", "sante-medecins",
          "dentiste", "sante-dentistes",
          "infirmier", "sante-infirmiers");

  SanteProfessionnelsFormat() {
    super(
        "sante-professionnels",
        "DREES, effectifs de médecins (RPPS), chirurgiens-dentistes (RPPS) et infirmiers (ADELI)");
  }

  @Override
  void read(CsvSource source, ObservationSink sink, TerritoryReferential referential)
      throws ImportException {
    int profession = source.column("profession");
    int code = source.column("code_departement");
    int year = source.column("annee");
    int count = source.column("effectif");
    source.forEachRow(
        row -> {
          String indicator = INDICATORS.get(row.text(profession));
          if (indicator == null) {
            throw row.error(profession, "import.label.unknown", "value", row.text(profession));
          }
          String department = row.text(code);
          if (department.isEmpty() || department.equals("00")) {
            sink.count("national total and 'COM ou étranger' rows skipped");
            return;
          }
          var id = sink.territory(row, code, Level.DEPARTEMENT, department);
          if (id.isPresent()) {
            sink.putIfPresent(
                row,
                count,
                indicator,
                id.get(),
                year(row, year),
                row.number(count),
                Double.NaN,
                Double.NaN);
          }
        });
  }
}
