package org.phare.web.ecosystem;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.phare.core.account.Actor;
import org.phare.core.ecosystem.Initiative;
import org.phare.core.message.RefusedException;
import org.phare.core.territory.Territory;
import org.phare.core.territory.TerritoryId;
import org.phare.store.ecosystem.EcosystemServices;
import org.phare.store.ecosystem.EvaluationStore;
import org.phare.web.Pages;
import org.phare.web.i18n.FieldErrors;

/**
 * The initiatives' pages: territorial dialogues and collective experiments of a territory (list),
 * one initiative with its participants and evaluation scores, and the creation and edit forms.
 *
 * <p>Handlers are as thin as {@link EcosystemPages}' and the edit form works like the
 * partnership's: the version read is a hidden field, a concurrent save answers 409 with the user's
 * input kept and the stored values shown, a save redirects to the page (POST/redirect/GET).
 */
public final class InitiativePages extends RegistryPages {

  public InitiativePages(EcosystemServices services) {
    super(services);
  }

  @Override
  public void register(Javalin app) {
    app.get("/initiatives", page(this::list));
    app.get("/initiatives/nouvelle", page(this::newInitiative));
    app.post("/initiatives/nouvelle", page(this::create));
    app.get("/initiatives/{id}", page(this::initiativePage));
    app.get("/initiatives/{id}/modifier", page(this::editInitiative));
    app.post("/initiatives/{id}/modifier", page(this::update));
  }

  private void list(Context ctx) {
    TerritoryId territory = territoryParam(ctx);
    List<Initiative> found = registry.initiatives(territory);
    Set<Long> ids = new LinkedHashSet<>();
    found.forEach(i -> ids.addAll(i.participantIds()));
    Map<String, Object> params = frame(ctx);
    params.put("territory", territory);
    params.put("territoryName", territoryName(territory, Pages.lang(ctx)));
    params.put("initiatives", found);
    params.put("participants", registry.organisations(ids));
    pages.html(ctx, "initiatives.jte", params);
  }

  Initiative initiative(long id) {
    return registry
        .initiative(id)
        .orElseThrow(
            () -> RefusedException.notFound("registry.not-found.initiative", "id", "id", id));
  }

  private void initiativePage(Context ctx) {
    Initiative i = initiative(id(ctx));
    Map<String, Object> params = frame(ctx);
    params.put("i", i);
    params.put("participants", registry.organisations(i.participantIds()));
    params.put("territoryName", territoryName(i.territory(), Pages.lang(ctx)));
    params.put("canEdit", canEdit(ctx, registry.territory(i.territory())));
    params.put("saved", ctx.queryParam("enregistre") != null);
    putEvaluations(ctx, params, EvaluationStore.Subject.INITIATIVE, i.id());
    pages.html(ctx, "initiative.jte", params);
  }

  private void newInitiative(Context ctx) {
    if (editor(ctx) == null) {
      return;
    }
    TerritoryId territory = territoryParam(ctx);
    render(ctx, 200, 0, InitiativeForm.empty(territory), territory, Map.of(), "", null);
  }

  private void editInitiative(Context ctx) {
    Actor actor = editor(ctx);
    if (actor == null) {
      return;
    }
    Initiative i = initiative(id(ctx));
    Territory where = registry.territory(i.territory());
    actor.permissions().requireEdit(where, "registry.forbidden.initiative");
    render(ctx, 200, i.id(), InitiativeForm.of(i), i.territory(), Map.of(), "", null);
  }

  private void create(Context ctx) {
    save(ctx, 0);
  }

  private void update(Context ctx) {
    long id = id(ctx);
    initiative(id); // 404 before anything else
    save(ctx, id);
  }

  private void save(Context ctx, long id) {
    InitiativeForm form = InitiativeForm.read(ctx);
    TerritoryId choices = typedTerritory(ctx, form.territory());
    save(
        ctx,
        id,
        form,
        form.version(),
        new FieldErrors(Pages.lang(ctx)).alias("members", "participants"),
        "territory",
        new Editing<InitiativeForm, Initiative>() {
          @Override
          public Initiative check(FieldErrors errors) {
            return form.toInitiative(id, registry, errors);
          }

          @Override
          public Initiative store(Actor actor, Initiative i) {
            return id == 0 ? registry.create(actor, i) : registry.update(actor, i);
          }

          @Override
          public void show(
              int status,
              InitiativeForm shown,
              Map<String, String> errors,
              String conflict,
              Initiative current) {
            render(ctx, status, id, shown, choices, errors, conflict, current);
          }

          @Override
          public InitiativeForm atVersion(Initiative current) {
            return form.atVersion(current.version());
          }

          @Override
          public String page(Initiative saved) {
            return "/initiatives/" + saved.id();
          }
        });
  }

  private void render(
      Context ctx,
      int status,
      long id,
      InitiativeForm form,
      TerritoryId choicesIn,
      Map<String, String> errors,
      String conflict,
      Initiative current) {
    Map<String, Object> params =
        formFrame(
            ctx,
            id,
            form,
            errors,
            conflict,
            current,
            id == 0 ? "/initiatives/nouvelle" : "/initiatives/" + id + "/modifier",
            id == 0 ? "/initiatives?territoire=" + choicesIn : "/initiatives/" + id);
    putChoices(
        params,
        Pages.lang(ctx),
        choicesIn,
        form.participants(),
        current == null ? List.of() : current.participantIds());
    params.put(
        "currentParticipants",
        current == null ? Map.of() : registry.organisations(current.participantIds()));
    ctx.status(status);
    pages.html(ctx, "initiative-form.jte", params);
  }
}
