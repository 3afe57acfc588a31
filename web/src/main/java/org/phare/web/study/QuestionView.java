package org.phare.web.study;

import java.util.List;
import java.util.Map;
import org.phare.core.study.Choice;
import org.phare.core.study.Question;
import org.phare.core.study.QuestionType;
import org.phare.web.i18n.Lang;

/**
 * One question as the respondent's form shows it: its label in the page's language, the values
 * typed so far and the message of each of its fields.
 *
 * @param values field → values as typed (or saved in the draft)
 * @param errors field → message
 * @param condition the sentence saying when to answer it ("" when always)
 */
public record QuestionView(
    Lang lang,
    Question question,
    Map<String, List<String>> values,
    Map<String, String> errors,
    String condition) {

  public String id() {
    return question.id();
  }

  public String label() {
    return lang.pick(question.labelFr(), question.labelEn());
  }

  public String label(Choice c) {
    return lang.pick(c.labelFr(), c.labelEn());
  }

  public QuestionType type() {
    return question.type();
  }

  public boolean required() {
    return question.required();
  }

  public List<Choice> items() {
    return question.items();
  }

  public List<Choice> choices() {
    return question.choices();
  }

  /** The values of a rating, from its minimum to its maximum. */
  public List<Integer> scale() {
    return java.util.stream.IntStream.rangeClosed((int) question.min(), (int) question.max())
        .boxed()
        .toList();
  }

  public String field(Choice item) {
    return question.field(item);
  }

  /** The id of a field's element (ids may not hold dots for CSS selectors: dashes instead). */
  public static String htmlId(String field) {
    return "q-" + field.replace('.', '-');
  }

  public String value(String field) {
    List<String> v = values.get(field);
    return v == null || v.isEmpty() ? "" : v.get(0);
  }

  /** The n-th value (0-based) of a field: a ranking's n-th choice. */
  public String value(String field, int n) {
    List<String> v = values.get(field);
    return v == null || v.size() <= n ? "" : v.get(n);
  }

  public boolean chosen(String field, String code) {
    List<String> v = values.get(field);
    return v != null && v.contains(code);
  }

  public boolean invalid(String field) {
    return errors.containsKey(field);
  }

  /** Whether any field of this question has a message. */
  public boolean invalid() {
    return question.fields().stream().anyMatch(errors::containsKey);
  }

  public String error(String field) {
    return errors.getOrDefault(field, "");
  }

  /** "1er choix", "2e choix"… */
  public String rank(int n) {
    return lang == Lang.EN
        ? switch (n) {
          case 1 -> "1st choice";
          case 2 -> "2nd choice";
          case 3 -> "3rd choice";
          default -> n + "th choice";
        }
        : (n == 1 ? "1er" : n + "e") + " choix";
  }
}
