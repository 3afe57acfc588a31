package org.phare.web.ecosystem;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.phare.core.account.Actor;
import org.phare.core.ecosystem.Initiative;
import org.phare.core.territory.TerritoryId;
import org.phare.store.account.AccessDeniedException;
import org.phare.store.ecosystem.EcosystemServices;
import org.phare.store.ecosystem.EvaluationStore;
import org.phare.store.ecosystem.NotFoundException;
import org.phare.web.Pages;

/**
 * The initiatives' pages: territorial dialogues and collective experiments of a territory (list),
 * one initiative with its participants and evaluation scores, and the creation form.
 *
 * <p>{@link org.phare.store.ecosystem.EcosystemStore} creates initiatives but has no update: there
 * is no edit form (the API has none either). Handlers are as thin as {@link EcosystemPages}'.
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
        .orElseThrow(() -> new NotFoundException("L'initiative n° " + id + " n'existe pas."));
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
    render(ctx, 200, InitiativeForm.empty(territory), territory, Map.of());
  }

  private void create(Context ctx) {
    Actor actor = editor(ctx);
    if (actor == null) {
      return;
    }
    InitiativeForm form = InitiativeForm.read(ctx);
    TerritoryId choices = typedTerritory(ctx, form.territory());
    FieldErrors errors = new FieldErrors().alias("members", "participants");
    Initiative i = form.toInitiative(registry, errors);
    if (i == null || !errors.isEmpty()) {
      render(ctx, 422, form, choices, errors.asMap());
      return;
    }
    Initiative saved;
    try {
      saved = registry.create(actor, i);
    } catch (AccessDeniedException e) {
      errors.add("territory", e.getMessage());
      render(ctx, 403, form, choices, errors.asMap());
      return;
    } catch (IllegalArgumentException e) {
      errors.reject(e, "form");
      render(ctx, 422, form, choices, errors.asMap());
      return;
    }
    ctx.redirect(local(ctx, "/initiatives/" + saved.id() + "?enregistre=1"), HttpStatus.SEE_OTHER);
  }

  private void render(
      Context ctx,
      int status,
      InitiativeForm form,
      TerritoryId choicesIn,
      Map<String, String> errors) {
    Map<String, Object> params = frame(ctx);
    params.put("form", form);
    putChoices(params, Pages.lang(ctx), choicesIn, form.participants(), List.of());
    params.put("errors", errors);
    params.put("action", local(ctx, "/initiatives/nouvelle"));
    params.put("cancel", local(ctx, "/initiatives?territoire=" + choicesIn));
    ctx.status(status);
    pages.html(ctx, "initiative-form.jte", params);
  }
}
