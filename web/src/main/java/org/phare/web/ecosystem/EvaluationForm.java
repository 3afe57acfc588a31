package org.phare.web.ecosystem;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.phare.core.ecosystem.Impact;
import org.phare.store.ecosystem.EvaluationStore.Question;
import org.phare.web.i18n.FieldErrors;

/**
 * What the user answered in the evaluation questionnaire, kept verbatim to be shown again. Each
 * question is a radio group named {@code q-CODE} (see {@link FieldErrors#answerField}) holding 1-5
 * or nothing (unanswered); the scale and the rules are the store's ({@link
 * org.phare.store.ecosystem.EvaluationStore#evaluate}).
 *
 * @param answers question code → the value sent ({@code ""} when unanswered)
 */
public record EvaluationForm(Map<String, String> answers, String comment) {

  /** The answer scale, 1 to 5, as the questionnaire words it. */
  public record Level(int score, String labelFr, String labelEn) {}

  public static final List<Level> SCALE =
      List.of(
          new Level(1, "Pas du tout", "Not at all"),
          new Level(2, "Plutôt pas", "Rather not"),
          new Level(3, "Moyennement", "Moderately"),
          new Level(4, "Plutôt", "Rather"),
          new Level(5, "Tout à fait", "Completely"));

  static final EvaluationForm EMPTY = new EvaluationForm(Map.of(), "");

  static EvaluationForm read(Context ctx, List<Question> questions) {
    Map<String, String> answers = new LinkedHashMap<>();
    for (Question q : questions) {
      answers.put(q.code(), OrganisationForm.text(ctx, FieldErrors.answerField(q.code())));
    }
    return new EvaluationForm(answers, OrganisationForm.text(ctx, "comment"));
  }

  /** The value given to a question ({@code ""} when unanswered). */
  public String answer(String code) {
    return answers.getOrDefault(code, "");
  }

  /** The questions of one impact, in questionnaire order. */
  public static List<Question> of(List<Question> questions, Impact impact) {
    return questions.stream().filter(q -> q.impact() == impact).toList();
  }

  /**
   * The scores to store: answered questions only; a value that is not a whole number is refused
   * next to its question, a number outside 1-5 is left to the store to refuse.
   *
   * @return code → score, or null with the refusals recorded in {@code errors}
   */
  Map<String, Integer> scores(FieldErrors errors) {
    Map<String, Integer> scores = new LinkedHashMap<>();
    answers.forEach(
        (code, value) -> {
          if (value.isBlank()) {
            return;
          }
          try {
            scores.put(code, Integer.parseInt(value.strip()));
          } catch (NumberFormatException e) {
            errors.add(FieldErrors.answerField(code), "evaluation.score-range", "question", code);
          }
        });
    return errors.isEmpty() ? scores : null;
  }
}
