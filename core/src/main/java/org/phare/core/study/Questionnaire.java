package org.phare.core.study;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A versioned questionnaire: its questions in the order they are asked. Answers are stored with the
 * {@code version} they were given to, so a later rewording (a new version) never changes what
 * stored codes mean.
 *
 * @param actors the actor type codes it is written for
 */
public record Questionnaire(
    String id,
    String version,
    String titleFr,
    String titleEn,
    Set<String> actors,
    List<Question> questions) {

  public Questionnaire {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(version, "version");
    actors = Set.copyOf(actors);
    questions = List.copyOf(questions);
    Set<String> fields = new HashSet<>();
    // a condition names an earlier question, so answers are checked in one pass, in order
    Set<String> ids = new HashSet<>();
    for (Question q : questions) {
      for (String field : q.fields()) {
        if (!fields.add(field)) {
          throw new IllegalArgumentException("field " + field + " defined twice in " + id);
        }
      }
      if (q.when().question() != null && !ids.contains(q.when().question())) {
        throw new IllegalArgumentException(
            "question " + q.id() + " depends on no earlier question " + q.when().question());
      }
      ids.add(q.id());
      if ((q.type() == QuestionType.SINGLE_CHOICE
              || q.type() == QuestionType.MULTIPLE_CHOICE
              || q.type() == QuestionType.RANKING)
          && q.choices().isEmpty()) {
        throw new IllegalArgumentException("question " + q.id() + " has no choices");
      }
      if (q.type() == QuestionType.RANKING && (q.count() < 1 || q.count() > q.choices().size())) {
        throw new IllegalArgumentException("ranking " + q.id() + " has a bad count");
      }
    }
  }

  private Optional<Question> question(String id) {
    return questions.stream().filter(q -> q.id().equals(id)).findFirst();
  }

  /** The question with this id. */
  public Optional<Question> find(String id) {
    return question(id);
  }

  /** The questions asked to an actor type (conditions on other answers aside), in order. */
  public List<Question> askedTo(String actor) {
    return questions.stream().filter(q -> q.when().asks(actor)).toList();
  }

  /** Every form field of the questionnaire with its question. */
  public Map<String, Question> fields() {
    Map<String, Question> fields = new LinkedHashMap<>();
    for (Question q : questions) {
      q.fields().forEach(f -> fields.put(f, q));
    }
    return fields;
  }
}
