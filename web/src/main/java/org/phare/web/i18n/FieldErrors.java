package org.phare.web.i18n;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.phare.core.message.Refusal;
import org.phare.core.message.RefusedException;

/**
 * The refusals of a submitted form, one per field, shown next to the field in the page's language.
 *
 * <p>The rules live in core and store (the same checks as the API and the CSV import) and refuse
 * with coded {@link Refusal}s naming their field; this class only files them under the form's field
 * names (a rule may say {@code members} where a form says {@code participants}) and renders them
 * from the message catalogue.
 */
public final class FieldErrors {

  /** The field of refusals that concern the whole form. */
  public static final String FORM = "form";

  private final Lang lang;
  private final Map<String, Refusal> byField = new LinkedHashMap<>();
  private final Map<String, String> aliases = new LinkedHashMap<>();

  public FieldErrors(Lang lang) {
    this.lang = lang;
  }

  /**
   * Files the refusals naming {@code ruleField} under {@code formField}: the registry says {@code
   * members} for the participants of an initiative as for the members of a partnership.
   */
  public FieldErrors alias(String ruleField, String formField) {
    aliases.put(ruleField, formField);
    return this;
  }

  /** The form field holding the answer to question {@code code} of the evaluation questionnaire. */
  public static String answerField(String code) {
    return "q-" + code;
  }

  /**
   * Runs one check; a refusal is filed under the field it names, or under {@code field} when it
   * names none.
   *
   * @return the checked value, or null when refused
   */
  public <T> T check(String field, Supplier<T> parse) {
    try {
      return parse.get();
    } catch (RefusedException e) {
      reject(e, field);
      return null;
    }
  }

  /** Files every reason of a refusal; those without a field go under {@code fallbackField}. */
  public void reject(RefusedException e, String fallbackField) {
    for (Refusal refusal : e.refusals()) {
      add(refusal, fallbackField);
    }
  }

  /** Files one refusal under its own field, or {@code fallbackField} when it names none. */
  public void add(Refusal refusal, String fallbackField) {
    byField.putIfAbsent(formField(refusal.field(), fallbackField), refusal);
  }

  /**
   * Files a refusal of the form itself: {@code code} with name, value pairs, under {@code field}.
   */
  public void add(String field, String code, Object... namesAndValues) {
    byField.putIfAbsent(field, Refusal.of(code, field, namesAndValues));
  }

  private String formField(String ruleField, String fallback) {
    String field = ruleField == null || ruleField.isEmpty() ? fallback : ruleField;
    if (field == null || field.isEmpty()) {
      return FORM;
    }
    if (field.startsWith("answers.")) {
      return answerField(field.substring("answers.".length()));
    }
    return aliases.getOrDefault(field, field);
  }

  public boolean isEmpty() {
    return byField.isEmpty();
  }

  public boolean has(String field) {
    return byField.containsKey(field);
  }

  /** Field → refusal, in the order found. */
  public Map<String, Refusal> refusals() {
    return Collections.unmodifiableMap(byField);
  }

  /** Field → message in the page's language, in the order found. */
  public Map<String, String> asMap() {
    Map<String, String> shown = new LinkedHashMap<>();
    byField.forEach((field, refusal) -> shown.put(field, Messages.render(refusal, lang)));
    return Collections.unmodifiableMap(shown);
  }

  /**
   * The id of the element a link of the error summary points at: the field itself (forms name a
   * field's element after the field), or the message of a whole-form refusal.
   */
  public static String target(String field) {
    return FORM.equals(field) ? messageId(field) : field;
  }

  /** The id of the message shown under {@code field} ({@code field-error.jte}). */
  public static String messageId(String field) {
    return "error-" + field;
  }

  /**
   * The {@code aria-invalid} value of a field's element: "true" when refused, else null (jte then
   * leaves the attribute out).
   */
  public static String invalid(Map<String, String> errors, String field) {
    return errors.containsKey(field) ? "true" : null;
  }

  /**
   * The {@code aria-describedby} value tying a refused field to its message, so that a screen
   * reader reads the message with the field; null when the field is not refused.
   */
  public static String describedBy(Map<String, String> errors, String field) {
    return errors.containsKey(field) ? messageId(field) : null;
  }

  /** The heading of the error summary at the top of a refused form: how many problems it has. */
  public static String summaryHeading(Lang lang, int count) {
    return Messages.text(lang, "input.form.error-count", "count", count);
  }
}
