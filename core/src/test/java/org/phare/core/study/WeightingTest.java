package org.phare.core.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.phare.core.message.RefusedException;

class WeightingTest {

  static Map<String, String> r(String sex, String age) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("sex", sex);
    m.put("age", age);
    return m;
  }

  static final List<Weighting.Target> MARGINS =
      List.of(
          new Weighting.Target("sex", Map.of("F", 60.0, "M", 40.0)),
          new Weighting.Target("age", Map.of("Y", 30.0, "O", 70.0)));

  @Test
  void oneRespondentPerCellIsRakedToTheProductOfTheMargins() {
    // Raking keeps the odds ratio of the starting table (1 here): the fixed point is the
    // independence table, cell total = sex total × age total / 100:
    // F,Y 60×30/100 = 18; F,O 60×70/100 = 42; M,Y 40×30/100 = 12; M,O 40×70/100 = 28.
    Weighting.Result result =
        Weighting.rake(List.of(r("F", "Y"), r("F", "O"), r("M", "Y"), r("M", "O")), MARGINS);
    assertThat(result.status()).isEqualTo(Weighting.Status.RAKED);
    assertThat(result.reason()).isNull();
    assertThat(result.weights()).containsExactly(new double[] {18, 42, 12, 28}, within(1e-8));
  }

  @Test
  void twoRespondentsInACellKeepTheStartingOddsRatioOfTwo() {
    // Counts F,Y = 2 (two respondents), F,O = M,Y = M,O = 1: the raked cell totals keep the odds
    // ratio 2·1/(1·1) = 2. With a = total of (F,Y): F,O = 60 − a, M,Y = 30 − a, M,O = 10 + a and
    // a (10 + a) = 2 (60 − a)(30 − a)  ⇔  a² − 190 a + 3600 = 0  ⇔  a = (190 − √21700)/2
    // = 21.345400698...; each F,Y respondent weighs a/2.
    double a = (190 - Math.sqrt(21700)) / 2;
    Weighting.Result result =
        Weighting.rake(
            List.of(r("F", "Y"), r("F", "Y"), r("F", "O"), r("M", "Y"), r("M", "O")), MARGINS);
    assertThat(result.raked()).isTrue();
    assertThat(a).isCloseTo(21.3454007, within(1e-7));
    assertThat(result.weights())
        .containsExactly(new double[] {a / 2, a / 2, 60 - a, 30 - a, 10 + a}, within(1e-8));
  }

  @Test
  void anEmptyCategoryFallsBackToUnweightedAndSaysWhich() {
    // nobody is young: the 30 young people have no one to stand for them
    Weighting.Result result = Weighting.rake(List.of(r("F", "O"), r("M", "O")), MARGINS);
    assertThat(result.status()).isEqualTo(Weighting.Status.FAILED);
    assertThat(result.weights()).containsExactly(1, 1);
    assertThat(result.reason().code()).isEqualTo("study.weighting.empty-category");
    assertThat(result.reason().args())
        .containsEntry("variable", "age")
        .containsEntry("category", "Y");
  }

  @Test
  void noMarginsMeansUnweightedByChoice() {
    Weighting.Result result = Weighting.rake(List.of(r("F", "O")), List.of());
    assertThat(result.status()).isEqualTo(Weighting.Status.NONE);
    assertThat(result.reason()).isNull();
    assertThat(result.weights()).containsExactly(1);
  }

  @Test
  void inconsistentMarginsAndUnknownCategoriesAreReasonsNotExceptions() {
    List<Weighting.Target> inconsistent =
        List.of(
            new Weighting.Target("sex", Map.of("F", 60.0, "M", 40.0)),
            new Weighting.Target("age", Map.of("Y", 30.0, "O", 80.0)));
    assertThat(Weighting.rake(List.of(r("F", "Y"), r("M", "O")), inconsistent).reason().code())
        .isEqualTo("study.weighting.inconsistent");
    assertThat(Weighting.rake(List.of(r("F", "Y"), r("X", "O")), MARGINS).reason().code())
        .isEqualTo("study.weighting.unknown-category");
    assertThat(Weighting.rake(List.of(r(null, "Y"), r("M", "O")), MARGINS).reason().code())
        .isEqualTo("study.weighting.unknown-category");
  }

  @Test
  void aCategoryWithAZeroTotalDropsWhenNobodyIsInIt() {
    List<Weighting.Target> margins =
        List.of(new Weighting.Target("size", Map.of("S", 30.0, "L", 10.0, "XL", 0.0)));
    List<Map<String, String>> rows = new ArrayList<>();
    rows.add(Map.of("size", "S"));
    rows.add(Map.of("size", "S"));
    rows.add(Map.of("size", "L"));
    // one margin: each category's total shared equally, S 30/2 = 15, L 10/1 = 10
    assertThat(Weighting.rake(rows, margins).weights())
        .containsExactly(new double[] {15, 15, 10}, within(1e-9));
  }

  static final Map<String, List<String>> ALLOWED =
      Map.of("company_size", List.of("S0", "S1_9", "S10_49"), "company_sector", List.of("A", "B"));

  @Test
  void theMarginsFileIsReadWithFrenchNumbers() {
    List<Weighting.Target> margins =
        MarginsCsv.parse(
            "\uFEFFvariable;category;total\r\ncompany_size;S0;1 200\r\ncompany_size;S1_9;300,5\r\n"
                + "company_sector;A;1500,5\n",
            ALLOWED);
    assertThat(margins).hasSize(2);
    assertThat(margins.get(0).totals())
        .containsExactly(Map.entry("S0", 1200.0), Map.entry("S1_9", 300.5));
    assertThat(margins.get(1).sum()).isEqualTo(1500.5);
    assertThat(MarginsCsv.write(margins))
        .isEqualTo(
            "variable;category;total\ncompany_size;S0;1200\ncompany_size;S1_9;300.5\n"
                + "company_sector;A;1500.5\n");
  }

  @Test
  void everyBadLineOfTheMarginsFileIsRefusedWithItsLineAndColumn() {
    String file =
        "variable;category;total\n"
            + "company_size;S0;12\n"
            + "size;S0;12\n" // line 3: unknown variable, column 1
            + "company_size;S99;12\n" // line 4: unknown category, column 2
            + "company_size;S1_9;douze\n" // line 5: not a number, column 3
            + "company_size;S0;3\n" // line 6: twice
            + "company_size;S10_49\n"; // line 7: two cells
    assertThatThrownBy(() -> MarginsCsv.parse(file, ALLOWED))
        .isInstanceOfSatisfying(
            RefusedException.class,
            e ->
                assertThat(e.refusals())
                    .extracting(
                        x -> x.code() + "@" + x.args().get("line") + ":" + x.args().get("column"))
                    .containsExactly(
                        "study.margins.variable@3:1",
                        "study.margins.category@4:2",
                        "study.margins.total@5:3",
                        "study.margins.twice@6:2",
                        "study.margins.cells@7:null"));
    assertThatThrownBy(() -> MarginsCsv.parse("a;b\n", ALLOWED))
        .isInstanceOfSatisfying(
            RefusedException.class,
            e -> assertThat(e.refusals().get(0).code()).isEqualTo("study.margins.header"));
    assertThatThrownBy(() -> MarginsCsv.parse("  \n", ALLOWED))
        .isInstanceOfSatisfying(
            RefusedException.class,
            e -> assertThat(e.refusals().get(0).code()).isEqualTo("study.margins.empty"));
  }
}
