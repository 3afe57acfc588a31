package org.phare.store.study;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.phare.core.indicator.Domain;
import org.phare.core.study.Choice;
import org.phare.core.study.Condition;
import org.phare.core.study.Question;
import org.phare.core.study.QuestionType;
import org.phare.core.study.Questionnaire;
import org.phare.store.perception.Actor;

/**
 * The questionnaires Phare can publish, read from their versioned definition files in {@code
 * study/} of the classpath (format described at the top of {@code phare-grid-v1.yaml}). The
 * definition is the one place where questions, choices, conditions and bounds live: the form is
 * rendered from it and answers are checked against it ({@link
 * org.phare.core.study.AnswerValidator}).
 */
public final class Questionnaires {

  /** The version every new study is published with. */
  public static final String CURRENT = "phare-grid-v1";

  private static final Questionnaire GRID = load("study/phare-grid-v1.yaml");

  private Questionnaires() {}

  /** The PHARE perception grid, current version. */
  public static Questionnaire phareGrid() {
    return GRID;
  }

  /**
   * The questionnaire a study was published with ({@code phare-grid-v1}).
   *
   * @throws IllegalStateException for a version this build does not know (a defect: versions are
   *     never removed)
   */
  public static Questionnaire version(String key) {
    if (CURRENT.equals(key)) {
      return GRID;
    }
    throw new IllegalStateException("unknown questionnaire version " + key);
  }

  static Questionnaire load(String resource) {
    try (InputStream in = Questionnaires.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing questionnaire " + resource);
      }
      return read(new ObjectMapper(new YAMLFactory()).readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read questionnaire " + resource, e);
    }
  }

  static Questionnaire read(JsonNode root) {
    Set<String> actors = new LinkedHashSet<>();
    root.path("actors").forEach(a -> actors.add(actor(a.asText())));
    List<Question> questions = new ArrayList<>();
    for (JsonNode q : root.path("questions")) {
      JsonNode when = q.path("when");
      Set<String> whenActors = new LinkedHashSet<>();
      when.path("actors").forEach(a -> whenActors.add(actor(a.asText())));
      Set<String> anyOf = new LinkedHashSet<>();
      when.path("anyOf").forEach(a -> anyOf.add(a.asText()));
      QuestionType type = QuestionType.valueOf(q.path("type").asText());
      double max = q.path("max").asDouble(type == QuestionType.RATING ? 10 : 0);
      questions.add(
          new Question(
              q.path("id").asText(),
              q.path("section").asText(""),
              type,
              q.path("fr").asText(),
              q.path("en").asText(),
              choices(q.path("choices")),
              choices(q.path("items")),
              q.path("required").asBoolean(false),
              new Condition(whenActors, when.path("question").asText(null), anyOf),
              q.path("min").asDouble(type == QuestionType.RATING ? 1 : -Double.MAX_VALUE),
              type == QuestionType.NUMBER && !q.has("max") ? Double.MAX_VALUE : max,
              q.path("count").asInt(0),
              q.path("maxLength").asInt(Question.MAX_TEXT)));
    }
    JsonNode title = root.path("title");
    return new Questionnaire(
        root.path("id").asText() + "-v" + root.path("version").asText(),
        root.path("version").asText(),
        title.path("fr").asText(),
        title.path("en").asText(),
        actors,
        questions);
  }

  /** An actor type code of the definition, checked against the perception studies' actor types. */
  private static String actor(String code) {
    return Actor.valueOf(code).name();
  }

  private static List<Choice> choices(JsonNode node) {
    if (node.isMissingNode() || node.isNull()) {
      return List.of();
    }
    if (node.isTextual()) {
      if (!node.asText().equals("domains")) {
        throw new IllegalStateException("unknown choice set " + node.asText());
      }
      return Arrays.stream(Domain.values())
          .map(d -> new Choice(d.name(), d.labelFr(), d.labelEn()))
          .toList();
    }
    List<Choice> choices = new ArrayList<>();
    for (JsonNode c : node) {
      choices.add(
          new Choice(c.path("code").asText(), c.path("fr").asText(), c.path("en").asText()));
    }
    return choices;
  }
}
