package org.phare.web.ecosystem;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Map;
import org.phare.core.account.Actor;
import org.phare.core.message.RefusedException;
import org.phare.core.territory.Territory;
import org.phare.core.territory.TerritoryId;
import org.phare.store.ecosystem.EcosystemServices;
import org.phare.store.ecosystem.EvaluationStore;
import org.phare.store.ecosystem.EvaluationStore.Question;
import org.phare.store.ecosystem.EvaluationStore.Subject;
import org.phare.web.Pages;
import org.phare.web.i18n.FieldErrors;
import org.phare.web.i18n.Messages;

/**
 * The evaluation questionnaire of a partnership or an initiative: a form generated from the
 * questions stored as data ({@link EvaluationStore#questions()}), grouped by impact, each answered
 * on the 1-5 scale or left unanswered. Saving stores the evaluation through {@link EvaluationStore}
 * (which checks rights and answers) and redirects to the evaluated record's page, which shows its
 * scores per impact.
 */
public final class EvaluationPages extends RegistryPages {

  public EvaluationPages(EcosystemServices services) {
    super(services);
  }

  @Override
  public void register(Javalin app) {
    app.get("/partenariats/{id}/evaluer", page(ctx -> form(ctx, Subject.PARTNERSHIP)));
    app.post("/partenariats/{id}/evaluer", page(ctx -> save(ctx, Subject.PARTNERSHIP)));
    app.get("/initiatives/{id}/evaluer", page(ctx -> form(ctx, Subject.INITIATIVE)));
    app.post("/initiatives/{id}/evaluer", page(ctx -> save(ctx, Subject.INITIATIVE)));
  }

  /** What is evaluated: its title, territory and page. */
  private record Evaluated(Subject subject, long id, String title, TerritoryId territory) {
    String path() {
      return (subject == Subject.PARTNERSHIP ? "/partenariats/" : "/initiatives/") + id;
    }
  }

  private Evaluated evaluated(Context ctx, Subject subject) {
    long id = id(ctx);
    return switch (subject) {
      case PARTNERSHIP ->
          registry
              .partnership(id)
              .map(p -> new Evaluated(subject, id, p.title(), p.territory()))
              .orElseThrow(
                  () ->
                      RefusedException.notFound("registry.not-found.partnership", "id", "id", id));
      case INITIATIVE ->
          registry
              .initiative(id)
              .map(i -> new Evaluated(subject, id, i.title(), i.territory()))
              .orElseThrow(
                  () -> RefusedException.notFound("registry.not-found.initiative", "id", "id", id));
    };
  }

  /** The editor allowed to evaluate this record, or null once refused (as {@link #editor}). */
  private Actor evaluator(Context ctx, Evaluated what) {
    Actor actor = editor(ctx);
    if (actor == null) {
      return null;
    }
    Territory where = registry.territory(what.territory());
    if (!actor.permissions().canEdit(where)) {
      throw RefusedException.forbidden("evaluation.forbidden", "form");
    }
    return actor;
  }

  private void form(Context ctx, Subject subject) {
    Evaluated what = evaluated(ctx, subject);
    if (evaluator(ctx, what) == null) {
      return;
    }
    render(ctx, 200, what, services.evaluations().questions(), EvaluationForm.EMPTY, Map.of());
  }

  private void save(Context ctx, Subject subject) {
    Evaluated what = evaluated(ctx, subject);
    Actor actor = evaluator(ctx, what);
    if (actor == null) {
      return;
    }
    List<Question> questions = services.evaluations().questions();
    EvaluationForm form = EvaluationForm.read(ctx, questions);
    FieldErrors errors = new FieldErrors(Pages.lang(ctx));
    Map<String, Integer> scores = form.scores(errors);
    if (scores == null) {
      render(ctx, 422, what, questions, form, errors.asMap());
      return;
    }
    try {
      services.evaluations().evaluate(actor, subject, what.id(), scores, form.comment());
    } catch (RefusedException e) {
      errors.reject(e, FieldErrors.FORM);
      render(ctx, Messages.status(e.kind()), what, questions, form, errors.asMap());
      return;
    }
    ctx.redirect(local(ctx, what.path() + "?evalue=1") + "#evaluations", HttpStatus.SEE_OTHER);
  }

  private void render(
      Context ctx,
      int status,
      Evaluated what,
      List<Question> questions,
      EvaluationForm form,
      Map<String, String> errors) {
    Map<String, Object> params = frame(ctx);
    params.put("subjectTitle", what.title());
    params.put("partnership", what.subject() == Subject.PARTNERSHIP);
    params.put("subjectLink", local(ctx, what.path()));
    params.put("territoryName", territoryName(what.territory(), Pages.lang(ctx)));
    params.put("questions", questions);
    params.put("form", form);
    params.put("errors", errors);
    params.put("action", local(ctx, what.path() + "/evaluer"));
    ctx.status(status);
    pages.html(ctx, "evaluation-form.jte", params);
  }
}
