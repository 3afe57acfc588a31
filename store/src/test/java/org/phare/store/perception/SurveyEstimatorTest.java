package org.phare.store.perception;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.phare.core.testing.SharedData;

class SurveyEstimatorTest {

  record School(String stype, double pw, double api00) {}

  static List<School> apistrat() throws IOException {
    List<School> schools = new ArrayList<>();
    try (CsvReader<NamedCsvRecord> reader =
        CsvReader.builder().ofNamedCsvRecord(SharedData.path("survey-microdata/apistrat.csv"))) {
      for (NamedCsvRecord row : reader) {
        schools.add(
            new School(
                row.getField("stype"),
                Double.parseDouble(row.getField("pw")),
                Double.parseDouble(row.getField("api00"))));
      }
    }
    return schools;
  }

  @Test
  void stratified_mean_and_se_agree_with_R_survey() throws IOException {
    List<School> schools = apistrat();
    Estimate all =
        SurveyEstimator.mean(schools, s -> true, School::api00, School::pw, School::stype);
    // R survey 4.1-1, svydesign(id=~1, strata=~stype, weights=~pw) without fpc, svymean(~api00):
    // 662.287363159321, SE 9.53613229692516
    // (shared/data/survey-microdata/reference_estimates_R_survey.csv); tolerance 1e-6.
    assertThat(all.value()).isCloseTo(662.287363159321, within(1e-6));
    assertThat(all.se()).isCloseTo(9.53613229692516, within(1e-6));
    assertThat(all.n()).isEqualTo(200);
  }

  @Test
  void domain_mean_and_se_agree_with_R_survey() throws IOException {
    List<School> schools = apistrat();
    Estimate elementary =
        SurveyEstimator.mean(
            schools, s -> s.stype().equals("E"), School::api00, School::pw, School::stype);
    // Same reference file, domain stype=E: 674.43, SE 12.5249428313782; tolerance 1e-6.
    assertThat(elementary.value()).isCloseTo(674.43, within(1e-6));
    assertThat(elementary.se()).isCloseTo(12.5249428313782, within(1e-6));
  }

  @Test
  void empty_and_single_bases_say_so() {
    List<School> one = List.of(new School("E", 2, 500));
    assertThat(
            SurveyEstimator.mean(one, s -> false, School::api00, School::pw, School::stype).value())
        .isNaN();
    Estimate single =
        SurveyEstimator.mean(one, s -> true, School::api00, School::pw, School::stype);
    assertThat(single.value()).isEqualTo(500);
    assertThat(single.se()).isNaN();
  }

  @Test
  void comparison_with_the_rest_is_a_two_sided_z_test() {
    // (0.60 − 0.50) / √(0.03² + 0.02²) = 2.77 > 1.96: above; (0.52 − 0.50) / 0.036 = 0.55: not.
    assertThat(
            SurveyEstimator.compare(
                new Estimate(0.60, 0.03, 200, 1), new Estimate(0.50, 0.02, 800, 1)))
        .isEqualTo(SurveyEstimator.Significance.ABOVE);
    assertThat(
            SurveyEstimator.compare(
                new Estimate(0.52, 0.03, 200, 1), new Estimate(0.50, 0.02, 800, 1)))
        .isEqualTo(SurveyEstimator.Significance.NOT_SIGNIFICANT);
    assertThat(
            SurveyEstimator.compare(
                new Estimate(0.40, 0.03, 200, 1), new Estimate(0.50, 0.02, 800, 1)))
        .isEqualTo(SurveyEstimator.Significance.BELOW);
  }
}
