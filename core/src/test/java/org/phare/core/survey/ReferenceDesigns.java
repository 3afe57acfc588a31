package org.phare.core.survey;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.phare.core.testing.SharedData;

/**
 * The designs of {@code survey-microdata/reference_estimates_R_survey.csv}, each built from the R
 * {@code svydesign} call written in its {@code design} column.
 */
final class ReferenceDesigns {

  record Loaded(CsvTable data, SurveyDesign design) {}

  private static final Map<String, CsvTable> CACHE = new HashMap<>();

  static synchronized CsvTable table(String dataset) {
    return CACHE.computeIfAbsent(
        dataset, d -> CsvTable.read(SharedData.path("survey-microdata/" + d + ".csv")));
  }

  static Loaded load(String dataset, String designCall) {
    CsvTable t = table(dataset);
    SurveyDesign.Builder b = SurveyDesign.builder(t.size());
    String call = designCall.replaceAll("\\s+", "");
    if (dataset.equals("apipop")) {
      // census: every school once, fpc = population size, so the variance is zero.
      double[] n = new double[t.size()];
      Arrays.fill(n, t.size());
      return new Loaded(t, b.fpc(n).build());
    }
    if (call.contains("weights=~pw")) {
      b.weights(t.numbers("pw"));
    }
    if (call.contains("weights=~poids")) {
      b.weights(t.numbers("poids"));
    }
    if (call.contains("weights=~WTMEC2YR")) {
      b.weights(t.numbers("WTMEC2YR"));
    }
    if (call.contains("strata=~stype")) {
      b.strata(t.codes("stype"));
    }
    if (call.contains("strata=~SDMVSTRA")) {
      b.strata(t.codes("SDMVSTRA"));
    }
    if (call.contains("id=~dnum+snum")) {
      b.clusters(t.codes("dnum"), t.codes("snum"));
    } else if (call.contains("id=~dnum")) {
      b.clusters(t.codes("dnum"));
    } else if (call.contains("id=~SDMVPSU")) {
      b.clusters(t.codes("SDMVPSU"));
    } else if (call.contains("id=~id1+id2")) {
      b.clusters(t.codes("id1"), t.codes("id2"));
    }
    if (call.contains("fpc=~fpc1+fpc2")) {
      b.fpc(t.numbers("fpc1"), t.numbers("fpc2"));
    } else if (call.contains("fpc=~n1+n2")) {
      b.fpc(t.numbers("n1"), t.numbers("n2"));
    } else if (call.contains("fpc=~fpc")) {
      b.fpc(t.numbers("fpc"));
    }
    return new Loaded(t, b.build());
  }

  private ReferenceDesigns() {}
}
