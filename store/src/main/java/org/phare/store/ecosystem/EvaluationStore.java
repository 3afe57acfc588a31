package org.phare.store.ecosystem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.phare.core.account.Actor;
import org.phare.core.ecosystem.Impact;
import org.phare.core.ecosystem.ImpactScore;
import org.phare.core.message.RefusedException;
import org.phare.core.territory.TerritoryId;
import org.phare.store.account.AuditLog;

/**
 * Evaluations of partnerships and initiatives on the three impacts. The questionnaire is data
 * (table {@code eco_evaluation_question}); answers are stored per evaluation and aggregated per
 * territory with {@link ImpactScore#aggregate}.
 */
public final class EvaluationStore {

  /** What is evaluated. */
  public enum Subject {
    PARTNERSHIP,
    INITIATIVE
  }

  /** A question of the questionnaire. */
  public record Question(String code, Impact impact, int position, String textFr, String textEn) {}

  private final Jdbi jdbi;
  private final EcosystemStore registry;

  public EvaluationStore(EcosystemStore registry) {
    this.jdbi = registry.jdbi();
    this.registry = registry;
  }

  public List<Question> questions() {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT code, impact, position, text_fr, text_en FROM eco_evaluation_question"
                        + " WHERE active ORDER BY position")
                .map(
                    (rs, ctx) ->
                        new Question(
                            rs.getString("code"),
                            Impact.valueOf(rs.getString("impact")),
                            rs.getInt("position"),
                            rs.getString("text_fr"),
                            rs.getString("text_en")))
                .list());
  }

  /**
   * Records an evaluation. Answers map question codes to scores 1-5; unknown codes and scores out
   * of range are refused before anything is written.
   *
   * @return the evaluation id
   */
  public long evaluate(
      Actor actor, Subject subject, long subjectId, Map<String, Integer> answers, String comment) {
    TerritoryId where =
        switch (subject) {
          case PARTNERSHIP ->
              registry
                  .partnership(subjectId)
                  .orElseThrow(
                      () ->
                          RefusedException.notFound(
                              "registry.not-found.partnership", "id", "id", subjectId))
                  .territory();
          case INITIATIVE ->
              registry
                  .initiative(subjectId)
                  .orElseThrow(
                      () ->
                          RefusedException.notFound(
                              "registry.not-found.initiative", "id", "id", subjectId))
                  .territory();
        };
    if (!actor.permissions().canEdit(registry.territory(where))) {
      throw RefusedException.forbidden("evaluation.forbidden", "form");
    }
    Map<String, Question> known = new LinkedHashMap<>();
    questions().forEach(q -> known.put(q.code(), q));
    if (answers == null || answers.isEmpty()) {
      throw RefusedException.refused("evaluation.no-answer", "answers");
    }
    answers.forEach(
        (code, score) -> {
          if (!known.containsKey(code)) {
            throw RefusedException.badInput(
                "evaluation.unknown-question", "answers", "question", code);
          }
          if (score == null || score < 1 || score > 5) {
            throw RefusedException.refused(
                "evaluation.score-range", "answers." + code, "question", code);
          }
        });
    String safeComment = comment == null ? "" : comment.strip();
    if (safeComment.length() > 5_000) {
      throw RefusedException.refused(
          "input.too-long", "comment", "length", safeComment.length(), "max", 5_000);
    }
    return jdbi.inTransaction(
        h -> {
          long id =
              h.createUpdate(
                      "INSERT INTO eco_evaluation (subject_kind, subject_id, account_id, comment)"
                          + " VALUES (:k, :s, :a, :c)")
                  .bind("k", subject.name())
                  .bind("s", subjectId)
                  .bind("a", actor.accountId() == 0 ? null : actor.accountId())
                  .bind("c", safeComment)
                  .executeAndReturnGeneratedKeys("id")
                  .mapTo(Long.class)
                  .one();
          var batch =
              h.prepareBatch(
                  "INSERT INTO eco_evaluation_answer (evaluation_id, question_code, score) VALUES"
                      + " (:e, :q, :s)");
          answers.forEach(
              (code, score) -> batch.bind("e", id).bind("q", code).bind("s", score).add());
          batch.execute();
          AuditLog.record(
              h,
              actor,
              "CREATE",
              "evaluation",
              id,
              null,
              Map.of("subject", subject.name(), "subjectId", subjectId, "answers", answers));
          return id;
        });
  }

  /**
   * Impact scores of the evaluations of partnerships and initiatives located in a territory (their
   * own territory lies in it).
   */
  public List<ImpactScore> impactScores(TerritoryId territory) {
    return scores(
        "(e.subject_kind = 'PARTNERSHIP' AND EXISTS (SELECT 1 FROM eco_partnership p WHERE p.id ="
            + " e.subject_id AND "
            + TerritoryColumns.condition("p", territory)
            + ")) OR (e.subject_kind = 'INITIATIVE' AND EXISTS (SELECT 1 FROM eco_initiative i"
            + " WHERE i.id = e.subject_id AND "
            + TerritoryColumns.condition("i", territory)
            + "))",
        Map.of("tcode", territory.code()));
  }

  /**
   * Impact scores of the evaluations of one partnership or initiative, aggregated as for a
   * territory ({@link ImpactScore#aggregate}: every evaluation weighs the same; an impact nobody
   * answered has n = 0 and a NaN mean). An unknown subject simply has no evaluation.
   */
  public List<ImpactScore> impactScores(Subject subject, long subjectId) {
    return scores(
        "e.subject_kind = :kind AND e.subject_id = :sid",
        Map.of("kind", subject.name(), "sid", subjectId));
  }

  /** Aggregates the answers of the evaluations matching {@code where} (alias {@code e}). */
  private List<ImpactScore> scores(String where, Map<String, Object> bindings) {
    return jdbi.withHandle(
        h -> {
          Map<Long, List<ImpactScore.Answer>> byEvaluation = new LinkedHashMap<>();
          // The condition is built by this class from constants and TerritoryColumns, never from
          // user input; values are bound.
          h.createQuery(
                  "SELECT e.id, q.impact, a.score FROM eco_evaluation e JOIN eco_evaluation_answer"
                      + " a ON a.evaluation_id = e.id JOIN eco_evaluation_question q ON q.code ="
                      + " a.question_code WHERE "
                      + where
                      + " ORDER BY e.id")
              .bindMap(bindings)
              .map(
                  (rs, ctx) ->
                      Map.entry(
                          rs.getLong(1),
                          new ImpactScore.Answer(Impact.valueOf(rs.getString(2)), rs.getInt(3))))
              .forEach(
                  row ->
                      byEvaluation
                          .computeIfAbsent(row.getKey(), k -> new ArrayList<>())
                          .add(row.getValue()));
          return ImpactScore.aggregate(new ArrayList<>(byEvaluation.values()));
        });
  }
}
