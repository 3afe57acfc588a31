package org.phare.store.study;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;
import org.phare.core.ecosystem.PartnershipCategory;
import org.phare.core.indicator.Domain;
import org.phare.core.message.RefusedException;
import org.phare.core.study.MarginsCsv;
import org.phare.core.study.Question;
import org.phare.core.study.QuestionType;
import org.phare.core.study.Questionnaire;
import org.phare.core.study.Weighting;
import org.phare.core.territory.Level;
import org.phare.core.territory.Territory;
import org.phare.core.territory.TerritoryId;
import org.phare.core.territory.TerritoryReferential;
import org.phare.store.perception.Actor;
import org.phare.store.perception.CoConstructionDynamic;
import org.phare.store.perception.LocalAuthorityRole;
import org.phare.store.perception.Practice;
import org.phare.store.perception.Respondent;
import org.phare.store.perception.RolePriority;

/**
 * A study's submitted answers turned into weighted respondents (issue 11 point 5): the weights of
 * each actor type ({@link Weighting}: citizens raked to sex × age band × département of the INSEE
 * estimates, {@link PopulationMargins}; other actor types raked to the margins their organiser
 * uploaded, or unweighted), and each answer mapped to the perception layout ({@link Respondent})
 * the report, the actor dashboard and the exports estimate from.
 */
public final class StudyResults {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<Map<String, List<String>>> ANSWERS = new TypeReference<>() {};

  /** Where the margins of an actor type come from. */
  public enum Basis {
    /** INSEE population estimates (citizens). */
    POPULATION,
    /** Margins uploaded by the organiser. */
    UPLOADED,
    /** No margins: unweighted by choice. */
    NONE
  }

  /**
   * One submitted answer as stored.
   *
   * @param departement the département of the respondent's commune (null when not asked)
   * @param answers field id → codes
   */
  public record Answer(String departement, Map<String, List<String>> answers) {}

  /**
   * The weighting of one actor type.
   *
   * @param basis where the margins come from
   * @param margins the margins raked to (empty when none)
   * @param result the weights (one per answer, in submission order) and the status
   * @param populationYear the year of the INSEE estimates (citizens), else 0
   */
  public record ActorWeighting(
      Basis basis, List<Weighting.Target> margins, Weighting.Result result, int populationYear) {}

  /** A study's answers by actor type, their weights and the respondents built from them. */
  public record Weighted(
      StudyStore.Study study,
      Map<Actor, List<Answer>> answers,
      Map<Actor, ActorWeighting> weighting,
      Map<Actor, List<Respondent>> respondents) {}

  private final Jdbi jdbi;
  private final TerritoryReferential referential;
  private final Supplier<PopulationMargins> population;

  /**
   * @param population the INSEE margins, read once when first needed (the file is 1.8 MB)
   */
  public StudyResults(
      Jdbi jdbi, TerritoryReferential referential, Supplier<PopulationMargins> population) {
    this.jdbi = jdbi;
    this.referential = referential;
    this.population = population;
  }

  /** The answers of one actor type of a study, in submission order. */
  public List<Answer> answers(long study, Actor actor) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT departement, answers::text FROM study_response"
                        + " WHERE study_id = :id AND actor = :a ORDER BY id")
                .bind("id", study)
                .bind("a", actor.name())
                .map((rs, ctx) -> new Answer(rs.getString(1), parse(rs.getString(2))))
                .list());
  }

  /** Weighs every actor type of the study and builds its respondents. */
  public Weighted weigh(StudyStore.Study study, String key) {
    Map<Actor, List<Answer>> answers = new EnumMap<>(Actor.class);
    Map<Actor, ActorWeighting> weighting = new EnumMap<>(Actor.class);
    Map<Actor, List<Respondent>> respondents = new EnumMap<>(Actor.class);
    for (Actor actor : study.actors()) {
      List<Answer> list = answers(study.id(), actor);
      ActorWeighting w = weighting(study, actor, list);
      answers.put(actor, list);
      weighting.put(actor, w);
      double[] weights = w.result().weights();
      List<Respondent> rows = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        rows.add(respondent(actor, i + 1, key, weights[i], list.get(i).answers()));
      }
      respondents.put(actor, rows);
    }
    return new Weighted(study, answers, weighting, respondents);
  }

  /** The weights of one actor type's answers (unweighted with a reason when raking fails). */
  public ActorWeighting weighting(StudyStore.Study study, Actor actor, List<Answer> answers) {
    List<Map<String, String>> categories = new ArrayList<>();
    for (Answer a : answers) {
      Map<String, String> c = new LinkedHashMap<>();
      a.answers().forEach((field, values) -> c.put(field, values.isEmpty() ? null : values.get(0)));
      c.put("departement", a.departement());
      categories.add(c);
    }
    if (actor == Actor.CITIZENS) {
      PopulationMargins p;
      List<Weighting.Target> margins;
      try {
        p = population.get();
        margins = p.citizens(departements(study.territory()));
      } catch (RuntimeException noFile) {
        // no open-data folder (an external database without the bundle): said, never a 500
        double[] ones = new double[answers.size()];
        java.util.Arrays.fill(ones, 1);
        return new ActorWeighting(
            Basis.POPULATION,
            List.of(),
            new Weighting.Result(
                ones,
                Weighting.Status.FAILED,
                org.phare.core.message.Refusal.of("study.weighting.no-population", ""),
                0),
            0);
      }
      return new ActorWeighting(
          Basis.POPULATION, margins, Weighting.rake(categories, margins), p.year());
    }
    List<Weighting.Target> margins = margins(study.id(), actor);
    return new ActorWeighting(
        margins.isEmpty() ? Basis.NONE : Basis.UPLOADED,
        margins,
        Weighting.rake(categories, margins),
        0);
  }

  /**
   * The départements a study's citizens are raked over: those of the communes in its territory (a
   * commune or an EPCI: the département(s) holding it, whose adult population stands for it).
   */
  public Set<String> departements(TerritoryId territory) {
    Set<String> codes = new TreeSet<>();
    Territory t = referential.require(territory);
    if (t.level() == Level.DEPARTEMENT) {
      codes.add(t.code());
      return codes;
    }
    if (t.level() == Level.COMMUNE) {
      t.ancestor(Level.DEPARTEMENT).ifPresent(d -> codes.add(d.code()));
      return codes;
    }
    for (Territory c : referential.within(territory, Level.COMMUNE)) {
      c.ancestor(Level.DEPARTEMENT).ifPresent(d -> codes.add(d.code()));
    }
    if (codes.isEmpty()) {
      for (Territory d : referential.within(territory, Level.DEPARTEMENT)) {
        codes.add(d.code());
      }
    }
    PopulationMargins p = population.get();
    codes.removeIf(code -> !p.has(code));
    return codes;
  }

  /**
   * The microdata export of a study with each respondent's raking weight (column {@code weight})
   * and, in the design file, how each actor type was weighted. Same rows and order as {@link
   * StudyStore#export} (actor types in the study's order, answers in submission order); same rights
   * (an organiser of the study's territory).
   */
  public org.phare.core.study.MicrodataExport.Export export(
      StudyStore store, org.phare.core.account.Actor who, long id) {
    org.phare.core.study.MicrodataExport.Export plain = store.export(who, id);
    StudyStore.Study study = store.study(id);
    Weighted weighted = weigh(study, StudyPerception.key(study.territory()));
    List<org.phare.core.study.MicrodataExport.Row> rows = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    int next = 0;
    for (Actor actor : study.actors()) {
      double[] weights = weighted.weighting().get(actor).result().weights();
      for (double w : weights) {
        org.phare.core.study.MicrodataExport.Row row = plain.rows().get(next++);
        rows.add(new org.phare.core.study.MicrodataExport.Row(row.actor(), row.answers(), w));
      }
      notes.add(actor.name() + " : " + describe(weighted.weighting().get(actor)));
    }
    return new org.phare.core.study.MicrodataExport.Export(plain.format(), rows, notes);
  }

  /** How an actor type was weighted, in French, for the design file's comments. */
  static String describe(ActorWeighting w) {
    String basis =
        switch (w.basis()) {
          case POPULATION ->
              "marges sexe, tranche d'âge et département des estimations de population INSEE "
                  + w.populationYear();
          case UPLOADED -> "marges déposées par l'organisateur";
          case NONE -> "aucune marge";
        };
    return switch (w.result().status()) {
      case RAKED -> "redressé (raking, " + basis + ", " + w.result().iterations() + " itérations)";
      case NONE -> "non redressé (" + basis + ")";
      case FAILED ->
          "non redressé, le calage a échoué ("
              + w.result().reason().code()
              + " "
              + w.result().reason().args()
              + ")";
    };
  }

  // ------------------------------------------------------------------ uploaded margins

  /**
   * The variables an organiser may give margins for, for an actor type: the single-choice profile
   * questions asked to it, with their codes.
   */
  public static Map<String, List<String>> allowedVariables(String questionnaire, Actor actor) {
    Questionnaire q = Questionnaires.version(questionnaire);
    Map<String, List<String>> allowed = new LinkedHashMap<>();
    for (Question question : q.askedTo(actor.name())) {
      if ("profile".equals(question.section())
          && question.type() == QuestionType.SINGLE_CHOICE
          && !question.itemised()) {
        allowed.put(question.id(), question.choices().stream().map(c -> c.code()).toList());
      }
    }
    return allowed;
  }

  /**
   * Replaces the margins of an actor type (citizens excepted: theirs are the INSEE estimates) with
   * those of the uploaded file; an empty text removes them (unweighted).
   *
   * @throws RefusedException forbidden for someone who may not organise the study's territory; bad
   *     input with each problem's line and column
   */
  public void saveMargins(
      StudyStore store, org.phare.core.account.Actor who, long id, Actor actor, String text) {
    StudyStore.Study study = store.study(id);
    who.permissions().requireEdit(store.territory(study.territory()), "study.forbidden");
    if (actor == Actor.CITIZENS || !study.actors().contains(actor)) {
      throw RefusedException.refused("study.margins.actor", "actor", "actor", actor.name());
    }
    List<Weighting.Target> margins =
        text == null || text.isBlank()
            ? List.of()
            : MarginsCsv.parse(text, allowedVariables(study.questionnaire(), actor));
    jdbi.useTransaction(
        h -> {
          h.createUpdate("DELETE FROM study_margin WHERE study_id = :s AND actor = :a")
              .bind("s", id)
              .bind("a", actor.name())
              .execute();
          int position = 0;
          for (Weighting.Target t : margins) {
            for (Map.Entry<String, Double> e : t.totals().entrySet()) {
              h.createUpdate(
                      "INSERT INTO study_margin (study_id, actor, variable, category, total,"
                          + " position) VALUES (:s, :a, :v, :c, :t, :p)")
                  .bind("s", id)
                  .bind("a", actor.name())
                  .bind("v", t.variable())
                  .bind("c", e.getKey())
                  .bind("t", e.getValue())
                  .bind("p", position++)
                  .execute();
            }
          }
        });
  }

  /** The uploaded margins of an actor type, in file order (empty: none). */
  public List<Weighting.Target> margins(long id, Actor actor) {
    Map<String, Map<String, Double>> byVariable = new LinkedHashMap<>();
    jdbi.useHandle(
        h ->
            h.createQuery(
                    "SELECT variable, category, total FROM study_margin"
                        + " WHERE study_id = :s AND actor = :a ORDER BY position")
                .bind("s", id)
                .bind("a", actor.name())
                .map((rs, ctx) -> new Object[] {rs.getString(1), rs.getString(2), rs.getDouble(3)})
                .forEach(
                    r ->
                        byVariable
                            .computeIfAbsent((String) r[0], v -> new LinkedHashMap<>())
                            .put((String) r[1], (Double) r[2])));
    List<Weighting.Target> out = new ArrayList<>();
    byVariable.forEach((v, totals) -> out.add(new Weighting.Target(v, totals)));
    return out;
  }

  // ------------------------------------------------------------------ answers → respondents

  /**
   * One answer in the perception layout: ratings {@code fragility.<DOMAIN>}, priorities, practice,
   * categories, innovation (strongly agree or agree: yes; disagree or strongly disagree: no),
   * mayors' dynamic and roles {@code roles.<ITEM>}.
   */
  static Respondent respondent(
      Actor actor, int id, String key, double weight, Map<String, List<String>> answers) {
    int[] ratings = new int[Domain.values().length];
    for (Domain d : Domain.values()) {
      String v = first(answers, "fragility." + d.name());
      ratings[d.ordinal()] = v == null ? 0 : Integer.parseInt(v.strip());
    }
    Set<Domain> priorities = EnumSet.noneOf(Domain.class);
    for (String code : answers.getOrDefault("priorities", List.of())) {
      priorities.add(Domain.valueOf(code));
    }
    String practice = first(answers, "practice");
    Set<PartnershipCategory> categories = EnumSet.noneOf(PartnershipCategory.class);
    for (String code : answers.getOrDefault("categories", List.of())) {
      categories.add(PartnershipCategory.valueOf(code));
    }
    String innovation = first(answers, "innovation");
    String dynamic = first(answers, "dynamic");
    List<RolePriority> roles = new ArrayList<>();
    // the perception layout takes the six answers of Q8 together (all required in the grid)
    boolean allRoles = true;
    for (LocalAuthorityRole item : LocalAuthorityRole.values()) {
      String v = first(answers, "roles." + item.name());
      allRoles &= v != null;
      roles.add(v == null ? RolePriority.NOT_NEEDED : RolePriority.valueOf(v));
    }
    return new Respondent(
        actor,
        id,
        key,
        key,
        weight,
        ratings,
        priorities,
        practice == null ? null : Practice.valueOf(practice),
        categories,
        innovation == null
            ? null
            : innovation.equals("STRONGLY_AGREE") || innovation.equals("AGREE"),
        dynamic == null ? null : CoConstructionDynamic.valueOf(dynamic),
        allRoles ? roles : List.of());
  }

  private static String first(Map<String, List<String>> answers, String field) {
    List<String> v = answers.get(field);
    return v == null || v.isEmpty() || v.get(0) == null || v.get(0).isBlank() ? null : v.get(0);
  }

  private static Map<String, List<String>> parse(String json) {
    try {
      return JSON.readValue(json, ANSWERS);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored answers are not JSON", e);
    }
  }
}
