package org.phare.core.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Values computed by {@code src/test/resources/survey/extra_references.R} (R 4.2.2, survey 4.1-1;
 * the R call of each value is in the {@code r_call} column of {@code
 * extra_references_R_survey.csv}). Tolerance: 1e-6 relative unless stated.
 */
class ExtraReferencesTest {

  static final double REL = 1e-6;
  static final Map<String, Double> REF = new HashMap<>();

  static {
    CsvTable t = CsvTable.read(resource("extra_references_R_survey.csv"));
    for (int i = 0; i < t.size(); i++) {
      Map<String, String> r = t.row(i);
      REF.put(r.get("id") + "|" + r.get("quantity"), Double.parseDouble(r.get("value")));
    }
  }

  static Path resource(String name) {
    try {
      return Path.of(ExtraReferencesTest.class.getResource("/survey/" + name).toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static double ref(String id, String quantity) {
    Double v = REF.get(id + "|" + quantity);
    if (v == null) {
      throw new AssertionError("no reference " + id + " " + quantity);
    }
    return v;
  }

  static void close(double actual, String id, String quantity) {
    double expected = ref(id, quantity);
    assertThat(actual)
        .as(id + " " + quantity)
        .isCloseTo(expected, within(REL * Math.max(Math.abs(expected), 1e-12)));
  }

  static SurveyDesign dstrat() {
    return ReferenceDesigns.load("apistrat", "id=~1, strata=~stype, weights=~pw, fpc=~fpc")
        .design();
  }

  static SurveyDesign dclus1() {
    return ReferenceDesigns.load("apiclus1", "id=~dnum, weights=~pw, fpc=~fpc").design();
  }

  static SurveyDesign dclus2() {
    return ReferenceDesigns.load("apiclus2", "id=~dnum+snum, fpc=~fpc1+fpc2").design();
  }

  static SurveyDesign dnhanes() {
    return ReferenceDesigns.load(
            "nhanes", "strata=~SDMVSTRA, id=~SDMVPSU, weights=~WTMEC2YR, nest=TRUE")
        .design();
  }

  static SurveyDesign dhdv() {
    return ReferenceDesigns.load("hdv2003", "id=~1, weights=~poids").design();
  }

  static boolean[] where(String dataset, String column, String value) {
    String[] v = ReferenceDesigns.table(dataset).strings(column);
    boolean[] m = new boolean[v.length];
    for (int i = 0; i < v.length; i++) {
      m[i] = value.equals(v[i]);
    }
    return m;
  }

  static double[] num(String dataset, String column) {
    return ReferenceDesigns.table(dataset).numbers(column);
  }

  static void checkInterval(Estimate e, String id) {
    close(e.estimate(), id, "estimate");
    close(e.se(), id, "se");
    close(e.ciLow(), id, "ci_low");
    close(e.ciHigh(), id, "ci_high");
  }

  @Test
  void mean_intervals_use_t_on_the_degrees_of_freedom_of_the_subset_design() {
    SurveyEstimator s = new SurveyEstimator(dstrat());
    Estimate all = s.mean("api00", num("apistrat", "api00"), null, null);
    checkInterval(all, "mean.apistrat.api00");
    assertThat(all.degreesOfFreedom()).isEqualTo((int) ref("mean.apistrat.api00", "df"));
    Estimate e = s.mean("api00", num("apistrat", "api00"), where("apistrat", "stype", "E"), "E");
    checkInterval(e, "mean.apistrat.api00.stype=E");
    assertThat(e.degreesOfFreedom()).isEqualTo(99);
    Estimate nh =
        new SurveyEstimator(dnhanes())
            .mean("HI_CHOL", num("nhanes", "HI_CHOL"), where("nhanes", "race", "3"), "race=3");
    checkInterval(nh, "mean.nhanes.HI_CHOL.race=3");
    checkInterval(
        new SurveyEstimator(dclus2()).mean("api00", num("apiclus2", "api00"), null, null),
        "mean.apiclus2.api00");
  }

  @Test
  void proportion_intervals_are_logit_intervals_like_svyciprop() {
    Factor sch = ReferenceDesigns.table("apistrat").factor("sch.wide");
    Estimate yes =
        new SurveyEstimator(dstrat()).proportions(sch, null, null).get(sch.levels().indexOf("Yes"));
    checkInterval(yes, "prop.apistrat.sch.wide=Yes");
    Estimate m =
        new SurveyEstimator(dstrat())
            .proportions(sch, where("apistrat", "stype", "M"), "stype=M")
            .get(sch.levels().indexOf("Yes"));
    checkInterval(m, "prop.apistrat.sch.wide=Yes.stype=M");
    Factor sch1 = ReferenceDesigns.table("apiclus1").factor("sch.wide");
    checkInterval(
        new SurveyEstimator(dclus1()).proportions(sch1, null, null).get(1),
        "prop.apiclus1.sch.wide=Yes");
  }

  @Test
  void share_at_least_a_threshold_matches_svyciprop_of_the_indicator() {
    SurveyEstimator hdv = new SurveyEstimator(dhdv());
    double[] tv = num("hdv2003", "heures.tv");
    checkInterval(hdv.shareAtLeast("heures.tv", tv, 3, null, null), "share.hdv.heures.tv>=3");
    checkInterval(
        hdv.shareAtLeast("heures.tv", tv, 3, where("hdv2003", "sexe", "Femme"), "sexe=Femme"),
        "share.hdv.heures.tv>=3.sexe=Femme");
    checkInterval(
        new SurveyEstimator(dstrat())
            .shareAtLeast(
                "api00", num("apistrat", "api00"), 700, where("apistrat", "stype", "H"), "H"),
        "share.apistrat.api00>=700.stype=H");
    // The by-group fast path gives the same figures.
    Estimate fem =
        hdv
            .sharesAtLeast(
                "heures.tv", tv, 3, ReferenceDesigns.table("hdv2003").factor("sexe"), true)
            .stream()
            .filter(e -> "sexe=Femme".equals(e.group()))
            .findFirst()
            .orElseThrow();
    checkInterval(fem, "share.hdv.heures.tv>=3.sexe=Femme");
  }

  @Test
  void quantiles_follow_qrule_math_and_woodruff_intervals() {
    SurveyEstimator s = new SurveyEstimator(dstrat());
    for (String p : List.of("0.25", "0.9")) {
      Estimate q = s.quantile("api00", num("apistrat", "api00"), Double.parseDouble(p), null, null);
      checkInterval(q, "quantile.apistrat.api00." + p);
    }
    checkInterval(
        new SurveyEstimator(dhdv())
            .quantile("age", num("hdv2003", "age"), 0.5, where("hdv2003", "sexe", "Femme"), "F"),
        "quantile.hdv.age.0.5.sexe=Femme");
    checkInterval(
        new SurveyEstimator(dnhanes()).quantile("w", num("nhanes", "WTMEC2YR"), 0.5, null, null),
        "quantile.nhanes.agecat.none");
    checkInterval(
        new SurveyEstimator(dclus2())
            .quantile("enroll", num("apiclus2", "enroll"), 0.5, null, null),
        "quantile.apiclus2.enroll.0.5");
  }

  static void checkComparisons(
      SurveyDesign design, String dataset, String by, List<Estimate> estimates, String prefix) {
    Factor f = ReferenceDesigns.table(dataset).factor(by);
    for (Estimate e : estimates) {
      if (e.group() == null) {
        continue;
      }
      String id = prefix + e.group();
      Comparison c = e.comparison();
      close(c.diff(), id, "diff");
      close(c.se(), id, "se_diff");
      close(c.t(), id, "t");
      close(c.pValue(), id, "p");
      assertThat(c.degreesOfFreedom()).isEqualTo((int) ref(id, "df"));
      Mark expected =
          ref(id, "p") < 0.05 ? (ref(id, "diff") > 0 ? Mark.ABOVE : Mark.BELOW) : Mark.NONE;
      assertThat(c.mark()).isEqualTo(expected);
    }
    assertThat(estimates).hasSize(f.levels().size() + 1);
  }

  @Test
  void group_minus_rest_matches_svyby_and_svycontrast() {
    SurveyDesign strat = dstrat();
    checkComparisons(
        strat,
        "apistrat",
        "stype",
        new SurveyEstimator(strat)
            .means(
                "api00",
                num("apistrat", "api00"),
                ReferenceDesigns.table("apistrat").factor("stype"),
                true),
        "diff.apistrat.api00.");
    SurveyDesign nh = dnhanes();
    checkComparisons(
        nh,
        "nhanes",
        "race",
        new SurveyEstimator(nh)
            .means(
                "HI_CHOL",
                num("nhanes", "HI_CHOL"),
                ReferenceDesigns.table("nhanes").factor("race"),
                true),
        "diff.nhanes.HI_CHOL.");
    SurveyDesign c2 = dclus2();
    checkComparisons(
        c2,
        "apiclus2",
        "stype",
        new SurveyEstimator(c2)
            .means(
                "api00",
                num("apiclus2", "api00"),
                ReferenceDesigns.table("apiclus2").factor("stype"),
                true),
        "diff.apiclus2.api00.");
    SurveyDesign c1 = dclus1();
    List<Estimate> props =
        new SurveyEstimator(c1)
                .proportions(
                    ReferenceDesigns.table("apiclus1").factor("sch.wide"),
                    ReferenceDesigns.table("apiclus1").factor("stype"),
                    true)
                .stream()
                .filter(e -> e.category().equals("Yes"))
                .toList();
    checkComparisons(c1, "apiclus1", "stype", props, "diff.apiclus1.sch.wide.");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "apistrat.stype.sch.wide",
        "apiclus1.stype.awards",
        "hdv.sexe.occup",
        "nhanes.race.RIAGENDR"
      })
  void rao_scott_matches_svychisq(String id) {
    String[] parts = id.split("\\.", 2);
    String dataset = parts[0].equals("hdv") ? "hdv2003" : parts[0];
    String[] vars = parts[1].startsWith("sch") ? new String[] {"", ""} : parts[1].split("\\.", 2);
    if (id.equals("apistrat.stype.sch.wide")) {
      vars = new String[] {"stype", "sch.wide"};
    }
    SurveyDesign design =
        switch (dataset) {
          case "apistrat" -> dstrat();
          case "apiclus1" -> dclus1();
          case "hdv2003" -> dhdv();
          default -> dnhanes();
        };
    CsvTable t = ReferenceDesigns.table(dataset);
    RaoScott rs = RaoScott.test(design, t.factor(vars[0]), t.factor(vars[1]));
    String key = "chisq." + id;
    close(rs.pearson(), key, "X2");
    close(rs.f(), key, "F");
    close(rs.numeratorDf(), key, "ndf");
    close(rs.denominatorDf(), key, "ddf");
    close(rs.pValueF(), key, "p_F");
    close(rs.pValueChisq(), key, "p_Chisq");
  }

  static Margin margin(String column, String popColumn) {
    Factor f = ReferenceDesigns.table("apistrat").factor(column);
    Map<String, Double> totals = new LinkedHashMap<>();
    for (String v : ReferenceDesigns.table("apipop").strings(popColumn)) {
      totals.merge(v, 1.0, Double::sum);
    }
    return new Margin(f, totals);
  }

  @Test
  void raking_reproduces_R_rake_weights_and_calibrate_standard_errors() {
    CalibrationResult r =
        Calibration.rake(
            dstrat(),
            List.of(margin("stype", "stype"), margin("sch.wide", "sch.wide")),
            CalibrationOptions.DEFAULT);
    CsvTable w = CsvTable.read(resource("calibrated_weights_apistrat.csv"));
    double[] expected = w.numbers("rake");
    for (int i = 0; i < expected.length; i++) {
      // R rake(..., control=list(epsilon=1e-12, maxit=1000)); 1e-9 relative.
      assertThat(r.weights()[i]).isCloseTo(expected[i], within(1e-9 * expected[i]));
    }
    SurveyEstimator s = new SurveyEstimator(r.design());
    for (String v : List.of("api00", "meals")) {
      Estimate m = s.mean(v, num("apistrat", v), null, null);
      close(m.estimate(), "rake.apistrat.mean." + v, "estimate");
      close(m.estimate(), "rake.apistrat.mean." + v, "estimate_rake");
      close(m.se(), "rake.apistrat.mean." + v, "se");
    }
  }

  @Test
  void linear_calibration_reproduces_R_calibrate() {
    CsvTable pop = ReferenceDesigns.table("apipop");
    CsvTable t = ReferenceDesigns.table("apistrat");
    String[] stype = t.strings("stype");
    double[] one = new double[stype.length];
    double[] h = new double[stype.length];
    double[] m = new double[stype.length];
    for (int i = 0; i < stype.length; i++) {
      one[i] = 1;
      h[i] = stype[i].equals("H") ? 1 : 0;
      m[i] = stype[i].equals("M") ? 1 : 0;
    }
    double popH = 0;
    double popM = 0;
    for (String s : pop.strings("stype")) {
      popH += s.equals("H") ? 1 : 0;
      popM += s.equals("M") ? 1 : 0;
    }
    double api99 = 0;
    for (double v : pop.numbers("api99")) {
      api99 += v;
    }
    CalibrationResult r =
        Calibration.linear(
            dstrat(),
            new double[][] {one, h, m, t.numbers("api99")},
            new double[] {pop.size(), popH, popM, api99},
            CalibrationOptions.DEFAULT);
    double[] expected = CsvTable.read(resource("calibrated_weights_apistrat.csv")).numbers("greg");
    for (int i = 0; i < expected.length; i++) {
      assertThat(r.weights()[i]).isCloseTo(expected[i], within(1e-9 * expected[i]));
    }
    SurveyEstimator s = new SurveyEstimator(r.design());
    for (String v : List.of("api00", "meals")) {
      Estimate mean = s.mean(v, num("apistrat", v), null, null);
      close(mean.estimate(), "greg.apistrat.mean." + v, "estimate");
      close(mean.se(), "greg.apistrat.mean." + v, "se");
      Estimate total = s.total(v, num("apistrat", v), null, null);
      close(total.estimate(), "greg.apistrat.total." + v, "estimate");
      close(total.se(), "greg.apistrat.total." + v, "se");
    }
  }

  static SurveyDesign.Builder lonelyNhanes(double[][] cols) {
    CsvTable t = ReferenceDesigns.table("nhanes");
    double[] strata = t.numbers("SDMVSTRA");
    double[] psu = t.numbers("SDMVPSU");
    double[] w = t.numbers("WTMEC2YR");
    double[] y = t.numbers("HI_CHOL");
    int n = 0;
    for (int i = 0; i < strata.length; i++) {
      if (!(strata[i] == 83 && psu[i] == 2)) {
        n++;
      }
    }
    int[] s = new int[n];
    int[] c = new int[n];
    double[] ww = new double[n];
    double[] yy = new double[n];
    int k = 0;
    for (int i = 0; i < strata.length; i++) {
      if (!(strata[i] == 83 && psu[i] == 2)) {
        s[k] = (int) strata[i];
        c[k] = (int) psu[i];
        ww[k] = w[i];
        yy[k] = y[i];
        k++;
      }
    }
    cols[0] = yy;
    cols[1] = ww;
    return SurveyDesign.builder(n).strata(s).clusters(c).weights(ww);
  }

  @Test
  void lonely_psu_fails_by_default_and_follows_R_adjust_and_certainty() {
    double[][] cols = new double[2][];
    SurveyDesign fail = lonelyNhanes(cols).build();
    assertThatThrownBy(() -> new SurveyEstimator(fail).mean("HI_CHOL", cols[0], null, null))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("stratum 83 has only one sampled unit at stage 1");
    for (LonelyPsu option : List.of(LonelyPsu.ADJUST, LonelyPsu.CERTAINTY)) {
      SurveyDesign d = lonelyNhanes(cols).lonelyPsu(option).build();
      String id = "lonely." + option.name().toLowerCase(java.util.Locale.ROOT) + ".nhanes.";
      Estimate m = new SurveyEstimator(d).mean("HI_CHOL", cols[0], null, null);
      close(m.estimate(), id + "HI_CHOL", "estimate");
      close(m.se(), id + "HI_CHOL", "se");
      Estimate t = new SurveyEstimator(d).total("w", cols[1], null, null);
      close(t.se(), id + "total.WTMEC2YR", "se");
    }
  }

  @Test
  void multi_response_shares_match_R_on_the_cited_base() {
    CsvTable prio = CsvTable.read(resource("hdv2003_priorities.csv"));
    MultiResponse item =
        MultiResponse.of("hobby", prio.factor("c1"), prio.factor("c2"), prio.factor("c3"));
    SurveyEstimator s = new SurveyEstimator(dhdv());
    Factor sexe = ReferenceDesigns.table("hdv2003").factor("sexe");
    List<Estimate> all = s.multiResponse(item, sexe, false);
    int checked = 0;
    for (Estimate e : all) {
      String kind = e.statistic() == Statistic.CITED ? "cited" : "first";
      String id = "multi.hdv." + kind + "." + e.category();
      if (e.group() == null) {
        close(e.estimate(), id, "estimate");
        close(e.se(), id, "se");
        checked++;
      } else if (e.group().equals("sexe=Femme") && e.statistic() == Statistic.CITED) {
        close(e.estimate(), id + ".sexe=Femme", "estimate");
        close(e.se(), id + ".sexe=Femme", "se");
        checked++;
      }
    }
    assertThat(checked).isEqualTo(21);
  }
}
