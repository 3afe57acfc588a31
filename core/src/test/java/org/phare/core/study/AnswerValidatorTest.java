package org.phare.core.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.phare.core.message.Refusal;

/**
 * The server-side checks of a respondent's answers, on a small questionnaire shaped like the PHARE
 * grid (the grid itself is checked in store, where its definition file is read).
 */
class AnswerValidatorTest {

  static final List<Choice> DOMAINS =
      List.of(
          new Choice("EMPLOYMENT", "Emploi", "Employment"),
          new Choice("HOUSING", "Mal-logement", "Housing"),
          new Choice("HEALTH", "Santé", "Health"),
          new Choice("MOBILITY", "Mobilité", "Mobility"),
          new Choice("CULTURE", "Culture", "Culture"));

  static final List<Choice> PRACTICE =
      List.of(new Choice("YES", "Oui", "Yes"), new Choice("NO", "Non", "No"));

  static Question q(
      String id,
      QuestionType type,
      List<Choice> choices,
      List<Choice> items,
      boolean required,
      Condition when,
      double min,
      double max,
      int count,
      int maxLength) {
    return new Question(
        id, "", type, id, id, choices, items, required, when, min, max, count, maxLength);
  }

  static final Questionnaire GRID =
      new Questionnaire(
          "test-v1",
          "1",
          "Test",
          "Test",
          Set.of("CITIZENS", "COMPANIES", "MAYORS"),
          List.of(
              q(
                  "commune",
                  QuestionType.COMMUNE,
                  List.of(),
                  List.of(),
                  true,
                  new Condition(Set.of("CITIZENS"), null, Set.of()),
                  0,
                  0,
                  0,
                  0),
              q(
                  "fragility",
                  QuestionType.RATING,
                  List.of(),
                  DOMAINS,
                  true,
                  Condition.ALWAYS,
                  1,
                  10,
                  0,
                  0),
              q(
                  "priorities",
                  QuestionType.RANKING,
                  DOMAINS,
                  List.of(),
                  true,
                  Condition.ALWAYS,
                  0,
                  0,
                  3,
                  0),
              q(
                  "practice",
                  QuestionType.SINGLE_CHOICE,
                  PRACTICE,
                  List.of(),
                  true,
                  new Condition(Set.of("COMPANIES"), null, Set.of()),
                  0,
                  0,
                  0,
                  0),
              q(
                  "categories",
                  QuestionType.MULTIPLE_CHOICE,
                  DOMAINS,
                  List.of(),
                  true,
                  new Condition(Set.of("COMPANIES"), "practice", Set.of("YES")),
                  0,
                  2,
                  0,
                  0),
              q(
                  "dynamic",
                  QuestionType.SINGLE_CHOICE,
                  PRACTICE,
                  List.of(),
                  true,
                  new Condition(Set.of("MAYORS"), null, Set.of()),
                  0,
                  0,
                  0,
                  0),
              q(
                  "employees",
                  QuestionType.NUMBER,
                  List.of(),
                  List.of(),
                  false,
                  Condition.ALWAYS,
                  0,
                  1_000_000,
                  0,
                  0),
              q(
                  "comment",
                  QuestionType.TEXT,
                  List.of(),
                  List.of(),
                  false,
                  Condition.ALWAYS,
                  0,
                  0,
                  0,
                  2000)));

  /** A complete, valid answer of a company that practises partnerships. */
  static Map<String, List<String>> company() {
    Map<String, List<String>> a = new LinkedHashMap<>();
    for (Choice d : DOMAINS) {
      a.put("fragility." + d.code(), List.of("5"));
    }
    a.put("priorities", List.of("HEALTH", "EMPLOYMENT", "CULTURE"));
    a.put("practice", List.of("YES"));
    a.put("categories", List.of("HOUSING"));
    return a;
  }

  static List<Refusal> refusals(String actor, Map<String, List<String>> answers) {
    return AnswerValidator.validate(GRID, actor, answers, c -> c.equals("45234")).refusals();
  }

  static List<String> codes(List<Refusal> refusals) {
    return refusals.stream().map(r -> r.code() + "@" + r.field()).toList();
  }

  @Test
  void aCompleteAnswerIsAccepted() {
    assertThat(refusals("COMPANIES", company())).isEmpty();
  }

  @Test
  void blankValuesAreNoAnswerAndNumbersAreKeptWithAPoint() {
    Map<String, List<String>> a = company();
    a.put("employees", List.of(" 12,5 "));
    a.put("comment", List.of("   "));
    AnswerValidator.Result result = AnswerValidator.validate(GRID, "COMPANIES", a, c -> false);
    assertThat(result.refusals()).isEmpty();
    assertThat(result.answers().get("employees")).containsExactly("12.5");
    assertThat(result.answers()).doesNotContainKey("comment");
  }

  @Test
  void aRatingOutOfOneToTenIsRefusedOnItsItemField() {
    Map<String, List<String>> a = company();
    a.put("fragility.HEALTH", List.of("11"));
    a.put("fragility.HOUSING", List.of("0"));
    a.put("fragility.CULTURE", List.of("7.5"));
    List<Refusal> r = refusals("COMPANIES", a);
    assertThat(codes(r))
        .containsExactly(
            "study.answer.out-of-range@fragility.HOUSING",
            "study.answer.out-of-range@fragility.HEALTH",
            "study.answer.not-a-whole-number@fragility.CULTURE");
    // the message names the item ("Santé"), not the field code
    assertThat(((Choice) r.get(1).args().get("question")).labelFr()).isEqualTo("Santé");
  }

  @Test
  void twoOrFourPrioritiesAreRefused() {
    Map<String, List<String>> a = company();
    a.put("priorities", List.of("HEALTH", "EMPLOYMENT"));
    assertThat(codes(refusals("COMPANIES", a)))
        .containsExactly("study.answer.ranking-count@priorities");
    a.put("priorities", List.of("HEALTH", "EMPLOYMENT", "CULTURE", "HOUSING"));
    List<Refusal> r = refusals("COMPANIES", a);
    assertThat(codes(r)).containsExactly("study.answer.ranking-count@priorities");
    assertThat(r.get(0).args()).containsEntry("count", 4).containsEntry("expected", 3);
  }

  @Test
  void aDuplicatePriorityIsRefusedAndNamed() {
    Map<String, List<String>> a = company();
    a.put("priorities", List.of("HEALTH", "HEALTH", "CULTURE"));
    List<Refusal> r = refusals("COMPANIES", a);
    assertThat(codes(r)).containsExactly("study.answer.duplicate@priorities");
    assertThat(((Choice) r.get(0).args().get("value")).labelFr()).isEqualTo("Santé");
  }

  @Test
  void unknownChoicesAndUnknownFieldsAreRefused() {
    Map<String, List<String>> a = company();
    a.put("practice", List.of("MAYBE"));
    a.put("fragility.SPACE", List.of("3"));
    assertThat(codes(refusals("COMPANIES", a)))
        .containsExactlyInAnyOrder(
            "study.answer.unknown-question@fragility.SPACE",
            "study.answer.unknown-choice@practice");
  }

  @Test
  void missingRequiredAnswersAreEachNamed() {
    Map<String, List<String>> a = company();
    a.remove("fragility.MOBILITY");
    a.remove("practice");
    a.remove("categories");
    // categories is required but not shown without practice = YES: only practice is missing
    assertThat(codes(refusals("COMPANIES", a)))
        .containsExactly(
            "study.answer.required@fragility.MOBILITY", "study.answer.required@practice");
  }

  @Test
  void aConditionalQuestionIsRequiredOnlyWhenShown() {
    Map<String, List<String>> a = company();
    a.remove("categories");
    assertThat(codes(refusals("COMPANIES", a))).containsExactly("study.answer.required@categories");
    a.put("practice", List.of("NO"));
    assertThat(refusals("COMPANIES", a)).isEmpty();
  }

  @Test
  void answersToAQuestionWhoseConditionIsFalseAreRefused() {
    Map<String, List<String>> a = company();
    a.put("practice", List.of("NO"));
    a.put("dynamic", List.of("YES"));
    // categories answered although practice = NO; dynamic is for mayors only
    assertThat(codes(refusals("COMPANIES", a)))
        .containsExactly("study.answer.not-asked@categories", "study.answer.not-asked@dynamic");
  }

  @Test
  void aCitizenMustGiveACommuneOfTheStudysTerritory() {
    Map<String, List<String>> a = company();
    a.remove("practice");
    a.remove("categories");
    assertThat(codes(refusals("CITIZENS", a))).containsExactly("study.answer.required@commune");
    a.put("commune", List.of("18033"));
    assertThat(codes(refusals("CITIZENS", a)))
        .containsExactly("study.answer.unknown-commune@commune");
    a.put("commune", List.of("45234"));
    assertThat(refusals("CITIZENS", a)).isEmpty();
  }

  @Test
  void freeTextIsLimitedTo2000CodePoints() {
    Map<String, List<String>> a = company();
    a.put("comment", List.of("é".repeat(1999) + "😀"));
    assertThat(refusals("COMPANIES", a)).isEmpty();
    a.put("comment", List.of("<script>" + "x".repeat(1993)));
    List<Refusal> r = refusals("COMPANIES", a);
    assertThat(codes(r)).containsExactly("study.answer.text-too-long@comment");
    assertThat(r.get(0).args()).containsEntry("length", 2001).containsEntry("max", 2000);
  }

  @Test
  void tooManyChoicesAndSeveralValuesForASingleChoiceAreRefused() {
    Map<String, List<String>> a = company();
    a.put("categories", List.of("HOUSING", "HEALTH", "CULTURE"));
    a.put("practice", List.of("YES", "NO"));
    // practice has two values, so it is not "YES": categories is then not asked
    assertThat(codes(refusals("COMPANIES", a))).containsExactly("study.answer.one-value@practice");
  }

  @Property
  void aRatingIsAcceptedExactlyWhenItIsFromOneToTen(@ForAll @IntRange(min = -50, max = 50) int v) {
    Map<String, List<String>> a = company();
    a.put("fragility.EMPLOYMENT", List.of(Integer.toString(v)));
    assertThat(refusals("COMPANIES", a).isEmpty()).isEqualTo(v >= 1 && v <= 10);
  }

  @Property
  void aRankingIsAcceptedExactlyWhenItHoldsThreeDistinctKnownDomains(
      @ForAll @Size(max = 6) List<@IntRange(min = 0, max = 5) Integer> picks) {
    // index 5 is an unknown code
    List<String> ranking =
        picks.stream().map(i -> i < DOMAINS.size() ? DOMAINS.get(i).code() : "SPACE").toList();
    Map<String, List<String>> a = company();
    a.put("priorities", ranking);
    boolean expected =
        ranking.size() == 3 && new HashSet<>(ranking).size() == 3 && !ranking.contains("SPACE");
    List<Refusal> r = refusals("COMPANIES", a);
    assertThat(r.isEmpty()).isEqualTo(expected);
    // at most one reason for the one field, on that field
    assertThat(r).allMatch(x -> x.field().equals("priorities")).hasSizeLessThanOrEqualTo(1);
  }
}
