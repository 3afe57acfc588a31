package org.phare.core.study;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.phare.core.message.Localized;

/**
 * One question of a questionnaire. An itemised question ({@code items} not empty) asks the same
 * thing of each item (the 16 domains rated 1 to 10, the six roles of local authorities): its
 * answers are kept under {@code <id>.<item code>}, see {@link #fields()}.
 *
 * @param section {@code profile} for the questions that weighting needs, else the grid's part
 * @param min lowest value of a rating or number (ignored otherwise)
 * @param max highest value of a rating or number; most choices of a multiple choice (0: no limit)
 * @param count how many choices a ranking takes (exactly)
 * @param maxLength longest free text, at most {@link #MAX_TEXT}
 */
public record Question(
    String id,
    String section,
    QuestionType type,
    String labelFr,
    String labelEn,
    List<Choice> choices,
    List<Choice> items,
    boolean required,
    Condition when,
    double min,
    double max,
    int count,
    int maxLength)
    implements Localized {

  /** Longest free-text answer, in characters (issue 11). */
  public static final int MAX_TEXT = 2000;

  public Question {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    section = section == null ? "" : section;
    labelFr = labelFr == null ? id : labelFr;
    labelEn = labelEn == null || labelEn.isBlank() ? labelFr : labelEn;
    choices = choices == null ? List.of() : List.copyOf(choices);
    items = items == null ? List.of() : List.copyOf(items);
    when = when == null ? Condition.ALWAYS : when;
    maxLength = maxLength <= 0 || maxLength > MAX_TEXT ? MAX_TEXT : maxLength;
  }

  /** The choice of a code, if the question offers it. */
  public Optional<Choice> choice(String code) {
    return choices.stream().filter(c -> c.code().equals(code)).findFirst();
  }

  /** Whether this question asks one answer per item. */
  public boolean itemised() {
    return !items.isEmpty();
  }

  /** The form fields of this question: its id, or one {@code id.item} per item. */
  public List<String> fields() {
    if (items.isEmpty()) {
      return List.of(id);
    }
    return items.stream().map(item -> field(item)).toList();
  }

  /** The field of one item's answer. */
  public String field(Choice item) {
    return id + "." + item.code();
  }

  /** Whether this is a profile question (used to weight the answers). */
  public boolean profile() {
    return "profile".equals(section);
  }
}
