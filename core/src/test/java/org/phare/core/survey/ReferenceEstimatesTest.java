package org.phare.core.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.phare.core.testing.SharedData;

/**
 * Every row of {@code survey-microdata/reference_estimates_R_survey.csv} (R 4.2.2, survey 4.1-1,
 * see its PROVENANCE.md) is reproduced: estimate and SE within 1e-6 relative. The R call behind a
 * row is {@code svymean / svytotal / svymean(~factor) / svyratio / svyquantile(qrule="math")} on
 * the {@code svydesign} written in the {@code design} column, on {@code subset(design, domain)} for
 * a domain, with {@code na.rm=TRUE}; {@code sum_of_weights} is {@code sum(weights(design))}.
 */
class ReferenceEstimatesTest {

  static final double RELATIVE = 1e-6;

  static Stream<Arguments> rows() {
    CsvTable ref =
        CsvTable.read(SharedData.path("survey-microdata/reference_estimates_R_survey.csv"));
    List<Arguments> out = new ArrayList<>();
    for (int i = 0; i < ref.size(); i++) {
      Map<String, String> r = ref.row(i);
      out.add(
          Arguments.of(
              r.get("dataset")
                  + " | "
                  + r.get("estimator")
                  + " "
                  + r.get("variable")
                  + " | "
                  + r.get("domain")
                  + " | "
                  + r.get("design"),
              r));
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void reproduces_the_R_survey_reference(String label, Map<String, String> r) {
    ReferenceDesigns.Loaded loaded = ReferenceDesigns.load(r.get("dataset"), r.get("design"));
    CsvTable t = loaded.data();
    SurveyDesign design = loaded.design();
    SurveyEstimator est = new SurveyEstimator(design);
    String estimator = r.get("estimator");
    String variable = r.get("variable");
    String domainText = r.get("domain");
    boolean[] domain = null;
    String category = null;
    if (domainText.startsWith("level=")) {
      category = domainText.substring("level=".length());
    } else if (!domainText.startsWith("ALL")) {
      String[] kv = domainText.split("=", 2);
      String[] values = t.strings(kv[0]);
      domain = new boolean[values.length];
      for (int i = 0; i < values.length; i++) {
        domain[i] = kv[1].equals(values[i]);
      }
    }
    double expected = Double.parseDouble(r.get("estimate"));
    Double expectedSe = r.get("se").isEmpty() ? null : Double.parseDouble(r.get("se"));
    double actual;
    double actualSe;
    if (estimator.equals("sum_of_weights")) {
      actual = Arrays.stream(design.weights()).sum();
      actualSe = Double.NaN;
    } else if (estimator.equals("count")) {
      actual = design.rows();
      actualSe = Double.NaN;
    } else if (estimator.equals("unweighted_mean")) {
      // R: mean(hdv2003$age), i.e. svymean on a design with all weights 1.
      SurveyDesign ones = SurveyDesign.builder(t.size()).build();
      Estimate e = new SurveyEstimator(ones).mean(variable, t.numbers(variable), null, null);
      actual = e.estimate();
      actualSe = e.se();
    } else {
      Estimate e;
      if (estimator.equals("mean")) {
        e = est.mean(variable, t.numbers(variable), domain, domainText);
      } else if (estimator.equals("total")) {
        e = est.total(variable, t.numbers(variable), domain, domainText);
      } else if (estimator.equals("ratio")) {
        String[] nd = variable.split("/");
        e = est.ratio(variable, t.numbers(nd[0]), t.numbers(nd[1]), domain, domainText);
      } else if (estimator.equals("proportion")) {
        String wanted = category;
        e =
            est.proportions(t.factor(variable), domain, domainText).stream()
                .filter(x -> x.category().equals(wanted))
                .findFirst()
                .orElseThrow();
      } else if (estimator.startsWith("quantile_")) {
        double p = Double.parseDouble(estimator.substring(9).split("[ (]")[0]);
        e = est.quantile(variable, t.numbers(variable), p, domain, domainText);
      } else {
        throw new AssertionError("unknown estimator " + estimator);
      }
      actual = e.estimate();
      actualSe = e.se();
    }
    assertThat(actual).as("estimate").isCloseTo(expected, within(RELATIVE * Math.abs(expected)));
    if (expectedSe != null) {
      assertThat(actualSe)
          .as("standard error")
          .isCloseTo(expectedSe, within(RELATIVE * Math.abs(expectedSe)));
    } else if (r.get("dataset").equals("apipop") && estimator.matches("mean|total")) {
      // A census has no sampling variance: fpc = N in every stratum.
      Estimate e =
          estimator.equals("mean")
              ? est.mean(variable, t.numbers(variable), null, null)
              : est.total(variable, t.numbers(variable), null, null);
      assertThat(e.se()).isZero();
    }
  }
}
