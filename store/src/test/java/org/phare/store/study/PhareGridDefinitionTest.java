package org.phare.store.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.phare.core.indicator.Domain;
import org.phare.core.study.AnswerValidator;
import org.phare.core.study.Choice;
import org.phare.core.study.Question;
import org.phare.core.study.QuestionType;
import org.phare.core.study.Questionnaire;

/** The definition file of the PHARE grid (DESIGN.md §3) as read, and answers checked against it. */
class PhareGridDefinitionTest {

  final Questionnaire grid = Questionnaires.phareGrid();

  Question q(String id) {
    return grid.find(id).orElseThrow();
  }

  @Test
  void theSixteenDomainsAreRatedOneToTenAndThreeAreRanked() {
    List<String> domains = Arrays.stream(Domain.values()).map(Domain::name).toList();
    assertThat(q("fragility").type()).isEqualTo(QuestionType.RATING);
    assertThat(q("fragility").items()).extracting(Choice::code).isEqualTo(domains);
    assertThat(q("fragility").min()).isEqualTo(1.0);
    assertThat(q("fragility").max()).isEqualTo(10.0);
    assertThat(q("priorities").type()).isEqualTo(QuestionType.RANKING);
    assertThat(q("priorities").count()).isEqualTo(3);
    assertThat(q("priorities").choices()).extracting(Choice::code).isEqualTo(domains);
    assertThat(q("fragility").fields()).hasSize(16).contains("fragility.HEALTH");
  }

  @Test
  void mayorsAloneAreAskedQ4AndQ8AndCategoriesFollowPractice() {
    assertThat(q("dynamic").choices())
        .extracting(Choice::code)
        .containsExactly("ANCHORED", "GROWING", "EMERGING", "NONE");
    assertThat(q("roles").items()).hasSize(6);
    assertThat(q("roles").choices())
        .extracting(Choice::code)
        .containsExactly("PRIORITY", "SECONDARY", "NOT_NEEDED");
    assertThat(grid.askedTo("CITIZENS"))
        .extracting(Question::id)
        .doesNotContain("dynamic", "roles");
    assertThat(grid.askedTo("MAYORS")).extracting(Question::id).contains("dynamic", "roles");
    assertThat(q("categories").when().question()).isEqualTo("practice");
    assertThat(q("categories").when().anyOf()).containsExactly("YES");
    assertThat(q("practice").choices())
        .extracting(Choice::code)
        .containsExactly("YES", "INTENDS", "NO");
  }

  @Test
  void eachActorTypeHasItsProfileQuestions() {
    assertThat(profile("CITIZENS")).containsExactly("sex", "age", "commune");
    assertThat(profile("COMPANIES")).containsExactly("commune", "company_size", "company_sector");
    assertThat(profile("ASSOCIATIONS")).containsExactly("commune", "employer");
    assertThat(profile("MAYORS")).containsExactly("commune_size");
  }

  List<String> profile(String actor) {
    return grid.askedTo(actor).stream().filter(Question::profile).map(Question::id).toList();
  }

  @Test
  void everyLabelHasFrenchAndEnglishAndFrenchUsesTypographicApostrophes() {
    for (Question question : grid.questions()) {
      assertThat(question.labelFr()).isNotBlank().doesNotContain("'");
      assertThat(question.labelEn()).isNotBlank();
      for (Choice c : question.choices()) {
        if (!question.id().equals("priorities")) {
          assertThat(c.labelFr()).doesNotContain("'");
        }
        assertThat(c.labelEn()).isNotBlank();
      }
    }
  }

  /** A complete answer of a citizen of Orléans. */
  static Map<String, List<String>> citizen() {
    Map<String, List<String>> a = new LinkedHashMap<>();
    a.put("sex", List.of("FEMALE"));
    a.put("age", List.of("A35_49"));
    a.put("commune", List.of("45234"));
    int i = 0;
    for (Domain d : Domain.values()) {
      a.put("fragility." + d.name(), List.of(Integer.toString(1 + i++ % 10)));
    }
    a.put("priorities", List.of("EMPLOYMENT", "HEALTH", "MOBILITY"));
    a.put("innovation", List.of("AGREE"));
    return a;
  }

  @Test
  void aCompleteCitizenAnswerIsAcceptedAndAMayorsQuestionIsRefused() {
    Map<String, List<String>> a = citizen();
    assertThat(AnswerValidator.validate(grid, "CITIZENS", a, "45234"::equals).refusals()).isEmpty();
    a.put("dynamic", List.of("GROWING"));
    assertThat(AnswerValidator.validate(grid, "CITIZENS", a, "45234"::equals).refusals())
        .extracting(r -> r.code() + "@" + r.field())
        .containsExactly("study.answer.not-asked@dynamic");
  }

  @Test
  void aCompanyThatPractisesMustSayWhichCategories() {
    Map<String, List<String>> a = citizen();
    a.remove("sex");
    a.remove("age");
    a.put("company_size", List.of("S10_49"));
    a.put("company_sector", List.of("INDUSTRY"));
    a.put("practice", List.of("YES"));
    assertThat(AnswerValidator.validate(grid, "COMPANIES", a, "45234"::equals).refusals())
        .extracting(r -> r.code() + "@" + r.field())
        .containsExactly("study.answer.required@categories");
    a.put("categories", List.of("MECENAT", "RESPONSIBLE_PRACTICES"));
    assertThat(AnswerValidator.validate(grid, "COMPANIES", a, "45234"::equals).refusals())
        .isEmpty();
  }
}
