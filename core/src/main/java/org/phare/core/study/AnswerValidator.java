package org.phare.core.study;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.phare.core.message.Localized;
import org.phare.core.message.Refusal;

/**
 * Checks one respondent's answers against a questionnaire, on the server (a browser's checks are a
 * convenience, never the guard). Every problem is reported at once, each as a {@link Refusal} whose
 * field is the form field ({@code fragility.HEALTH}, {@code priorities}) and whose {@code question}
 * argument is the question's (or item's) label, so that the message next to the field names it.
 *
 * <p>Answers come as a form gives them: field → values, in order (a ranking's order is the
 * preference). Blank values are dropped and others trimmed before any check, so an unchosen {@code
 * <select>} is no answer. What is refused: an unknown field; an answer to a question not asked
 * (actor type, or condition on another answer false); a missing required answer (only for questions
 * shown); several values for a single choice, rating, number, text or commune; unknown choice
 * codes; duplicates; more choices than a multiple choice allows; a ranking without exactly its
 * count of choices; a rating that is not a whole number within its bounds; a number that does not
 * parse or is out of its bounds; a text longer than its maximum (counted in Unicode code points, so
 * an emoji counts one); a commune code that is malformed or not in the study's territory.
 */
public final class AnswerValidator {

  private static final Pattern WHOLE = Pattern.compile("[+-]?\\d{1,9}");
  private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d{1,12}([.,]\\d{1,9})?");
  private static final Pattern COMMUNE = Pattern.compile("(\\d{2}|2[AB])\\d{3}");

  private AnswerValidator() {}

  /**
   * The answers kept (trimmed, blanks dropped, numbers written with a point) and the refusals;
   * answers are valid when the list of refusals is empty.
   */
  public record Result(Map<String, List<String>> answers, List<Refusal> refusals) {
    public boolean valid() {
      return refusals.isEmpty();
    }
  }

  /**
   * Checks {@code submitted} for a respondent of {@code actor}.
   *
   * @param communes whether a commune code lies in the study's territory
   */
  public static Result validate(
      Questionnaire questionnaire,
      String actor,
      Map<String, List<String>> submitted,
      Predicate<String> communes) {
    Map<String, List<String>> answers = clean(submitted);
    List<Refusal> refusals = new ArrayList<>();
    Map<String, Question> fields = questionnaire.fields();
    for (String field : answers.keySet()) {
      if (!fields.containsKey(field)) {
        refusals.add(Refusal.of("study.answer.unknown-question", field, "value", field));
      }
    }
    Set<String> refused = new HashSet<>();
    for (Question q : questionnaire.questions()) {
      if (refused.contains(q.when().question())) {
        // the answer it depends on is refused: one message for one mistake, on that answer
        continue;
      }
      int before = refusals.size();
      boolean shown = q.when().shown(actor, answers);
      for (String field : q.fields()) {
        Localized label = q.itemised() ? item(q, field) : q;
        List<String> given = answers.getOrDefault(field, List.of());
        if (!shown) {
          if (!given.isEmpty()) {
            refusals.add(Refusal.of("study.answer.not-asked", field, "question", label));
          }
          continue;
        }
        if (given.isEmpty()) {
          if (q.required()) {
            refusals.add(Refusal.of("study.answer.required", field, "question", label));
          }
          continue;
        }
        check(q, field, label, given, communes, refusals);
      }
      if (refusals.size() > before) {
        refused.add(q.id());
      }
    }
    Map<String, List<String>> kept = new LinkedHashMap<>();
    for (var entry : answers.entrySet()) {
      Question q = fields.get(entry.getKey());
      if (q != null && q.type() == QuestionType.NUMBER) {
        kept.put(entry.getKey(), entry.getValue().stream().map(v -> v.replace(',', '.')).toList());
      } else if (q != null) {
        kept.put(entry.getKey(), entry.getValue());
      }
    }
    return new Result(Collections.unmodifiableMap(kept), List.copyOf(refusals));
  }

  private static Localized item(Question q, String field) {
    String code = field.substring(q.id().length() + 1);
    return q.items().stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
  }

  private static void check(
      Question q,
      String field,
      Localized label,
      List<String> given,
      Predicate<String> communes,
      List<Refusal> refusals) {
    switch (q.type()) {
      case SINGLE_CHOICE -> {
        if (single(field, label, given, refusals)) {
          knownChoices(q, field, label, given, refusals);
        }
      }
      case MULTIPLE_CHOICE -> {
        boolean ok = knownChoices(q, field, label, given, refusals);
        ok = ok && distinct(q, field, label, given, refusals);
        if (ok && q.max() > 0 && given.size() > q.max()) {
          refusals.add(
              Refusal.of(
                  "study.answer.too-many-choices",
                  field,
                  "question",
                  label,
                  "count",
                  given.size(),
                  "max",
                  (int) q.max()));
        }
      }
      case RANKING -> {
        boolean ok = knownChoices(q, field, label, given, refusals);
        ok = ok && distinct(q, field, label, given, refusals);
        if (ok && given.size() != q.count()) {
          refusals.add(
              Refusal.of(
                  "study.answer.ranking-count",
                  field,
                  "question",
                  label,
                  "count",
                  given.size(),
                  "expected",
                  q.count()));
        }
      }
      case RATING -> {
        if (single(field, label, given, refusals)) {
          String value = given.get(0);
          if (!WHOLE.matcher(value).matches()) {
            refusals.add(
                Refusal.of(
                    "study.answer.not-a-whole-number", field, "question", label, "value", value));
          } else {
            inRange(q, field, label, value, new BigDecimal(value), refusals);
          }
        }
      }
      case NUMBER -> {
        if (single(field, label, given, refusals)) {
          String value = given.get(0);
          if (!DECIMAL.matcher(value).matches()) {
            refusals.add(
                Refusal.of("study.answer.not-a-number", field, "question", label, "value", value));
          } else {
            inRange(q, field, label, value, new BigDecimal(value.replace(',', '.')), refusals);
          }
        }
      }
      case TEXT -> {
        if (single(field, label, given, refusals)) {
          String value = given.get(0);
          int length = value.codePointCount(0, value.length());
          if (length > q.maxLength()) {
            refusals.add(
                Refusal.of(
                    "study.answer.text-too-long",
                    field,
                    "question",
                    label,
                    "length",
                    length,
                    "max",
                    q.maxLength()));
          }
        }
      }
      case COMMUNE -> {
        if (single(field, label, given, refusals)) {
          String value = given.get(0).toUpperCase(java.util.Locale.ROOT);
          if (!COMMUNE.matcher(value).matches() || !communes.test(value)) {
            refusals.add(
                Refusal.of(
                    "study.answer.unknown-commune", field, "question", label, "value", value));
          }
        }
      }
      default -> throw new IllegalStateException("unhandled type " + q.type());
    }
  }

  private static boolean single(
      String field, Localized label, List<String> given, List<Refusal> refusals) {
    if (given.size() > 1) {
      refusals.add(Refusal.of("study.answer.one-value", field, "question", label));
      return false;
    }
    return true;
  }

  private static boolean knownChoices(
      Question q, String field, Localized label, List<String> given, List<Refusal> refusals) {
    for (String value : given) {
      if (q.choice(value).isEmpty()) {
        refusals.add(
            Refusal.of("study.answer.unknown-choice", field, "question", label, "value", value));
        return false;
      }
    }
    return true;
  }

  private static boolean distinct(
      Question q, String field, Localized label, List<String> given, List<Refusal> refusals) {
    Set<String> seen = new HashSet<>();
    for (String value : given) {
      if (!seen.add(value)) {
        Localized choice = q.choice(value).orElseThrow();
        refusals.add(
            Refusal.of("study.answer.duplicate", field, "question", label, "value", choice));
        return false;
      }
    }
    return true;
  }

  private static void inRange(
      Question q,
      String field,
      Localized label,
      String value,
      BigDecimal number,
      List<Refusal> refusals) {
    if (number.compareTo(BigDecimal.valueOf(q.min())) < 0
        || number.compareTo(BigDecimal.valueOf(q.max())) > 0) {
      refusals.add(
          Refusal.of(
              "study.answer.out-of-range",
              field,
              "question",
              label,
              "value",
              value,
              "min",
              q.min(),
              "max",
              q.max()));
    }
  }

  private static Map<String, List<String>> clean(Map<String, List<String>> submitted) {
    Map<String, List<String>> answers = new LinkedHashMap<>();
    for (var entry : submitted.entrySet()) {
      List<String> values = new ArrayList<>();
      for (String v : entry.getValue()) {
        if (v != null && !v.isBlank()) {
          values.add(v.strip());
        }
      }
      if (!values.isEmpty()) {
        answers.put(entry.getKey(), List.copyOf(values));
      }
    }
    return answers;
  }
}
