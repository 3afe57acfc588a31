package org.phare.web.study;

import java.util.ArrayList;
import java.util.List;
import org.phare.core.study.MarginsCsv;
import org.phare.core.study.Weighting;
import org.phare.store.perception.Actor;
import org.phare.store.study.StudyPerception;
import org.phare.store.study.StudyResults;
import org.phare.store.study.StudyStore;
import org.phare.web.i18n.Lang;
import org.phare.web.i18n.Messages;

/**
 * How each actor type of a study is weighted, as the study page shows it: the margins used (INSEE
 * estimates, the organiser's file, none), the outcome (raked, unweighted by choice, or unweighted
 * because raking failed, with the reason in French), and the current margins of the actor types an
 * organiser may upload margins for.
 *
 * @param rows one per actor type of the study
 * @param uploadable actor types whose margins the organiser may upload (all but citizens)
 */
public record WeightingView(List<Row> rows, List<Upload> uploadable) {

  /**
   * @param actor the actor type's label
   * @param n answers received
   * @param basis where the margins come from
   * @param outcome raked, unweighted, or why raking failed
   * @param failed whether raking failed (the outcome is a warning)
   */
  public record Row(String actor, long n, String basis, String outcome, boolean failed) {}

  /**
   * @param code actor code (form value)
   * @param label actor label
   * @param current the current margins as a file ("" for none)
   */
  public record Upload(String code, String label, String current) {}

  static WeightingView of(Lang lang, StudyStore.Study study, StudyResults results) {
    List<Row> rows = new ArrayList<>();
    List<Upload> uploads = new ArrayList<>();
    if (study.status() != StudyStore.Status.DRAFT) {
      StudyResults.Weighted weighted = results.weigh(study, StudyPerception.key(study.territory()));
      for (Actor actor : study.actors()) {
        StudyResults.ActorWeighting w = weighted.weighting().get(actor);
        String basis =
            switch (w.basis()) {
              case POPULATION ->
                  lang.pick(
                      "sexe × tranche d’âge × département, estimations de population INSEE "
                          + w.populationYear()
                          + " (adultes ; 18-19 ans = 2/5 des 15-19 ans)",
                      "sex × age band × département, INSEE population estimates "
                          + w.populationYear()
                          + " (adults; 18-19 = 2/5 of 15-19)");
              case UPLOADED ->
                  lang.pick("marges déposées par l’organisateur", "organiser’s margins");
              case NONE -> lang.pick("aucune marge déposée", "no margins uploaded");
            };
        Weighting.Result r = w.result();
        String outcome =
            switch (r.status()) {
              case RAKED ->
                  lang.pick("redressé (calage sur marges, ", "weighted (raking, ")
                      + r.iterations()
                      + lang.pick(" itérations)", " iterations)");
              case NONE ->
                  lang.pick(
                      "non redressé : chaque répondant compte pour un",
                      "unweighted: each respondent counts once");
              case FAILED -> Messages.render(labelled(r.reason(), study, lang), lang);
            };
        rows.add(
            new Row(
                lang.pick(actor.labelFr(), actor.labelEn()),
                weighted.answers().get(actor).size(),
                basis,
                outcome,
                r.status() == Weighting.Status.FAILED));
      }
    }
    for (Actor actor : study.actors()) {
      if (actor != Actor.CITIZENS) {
        List<Weighting.Target> margins = results.margins(study.id(), actor);
        uploads.add(
            new Upload(
                actor.name(),
                lang.pick(actor.labelFr(), actor.labelEn()),
                margins.isEmpty() ? "" : MarginsCsv.write(margins)));
      }
    }
    return new WeightingView(rows, uploads);
  }

  /**
   * The reason with the question's and the choice's labels in place of their codes ("« 18 à 24 ans
   * » de « Votre âge »" rather than "« A18_24 » de « age »").
   */
  static org.phare.core.message.Refusal labelled(
      org.phare.core.message.Refusal reason, StudyStore.Study study, Lang lang) {
    Object variable = reason.args().get("variable");
    if (variable == null) {
      return reason;
    }
    java.util.Map<String, Object> args = new java.util.LinkedHashMap<>(reason.args());
    if ("departement".equals(variable)) {
      args.put("variable", lang.pick("département", "département"));
      return new org.phare.core.message.Refusal(reason.code(), reason.field(), args);
    }
    org.phare.store.study.Questionnaires.version(study.questionnaire())
        .find(variable.toString())
        .ifPresent(
            q -> {
              args.put("variable", lang.pick(q.labelFr(), q.labelEn()));
              Object category = reason.args().get("category");
              q.choices().stream()
                  .filter(c -> category != null && c.code().equals(category.toString()))
                  .findFirst()
                  .ifPresent(c -> args.put("category", lang.pick(c.labelFr(), c.labelEn())));
            });
    return new org.phare.core.message.Refusal(reason.code(), reason.field(), args);
  }
}
