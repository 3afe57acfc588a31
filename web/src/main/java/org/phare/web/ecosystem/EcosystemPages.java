package org.phare.web.ecosystem;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.phare.core.account.Actor;
import org.phare.core.ecosystem.DuplicateCandidate;
import org.phare.core.ecosystem.Family;
import org.phare.core.ecosystem.Organisation;
import org.phare.core.ecosystem.Partnership;
import org.phare.core.ecosystem.PartnershipCategory;
import org.phare.core.message.RefusedException;
import org.phare.core.territory.Level;
import org.phare.core.territory.Territory;
import org.phare.core.territory.TerritoryId;
import org.phare.store.ecosystem.DuplicateException;
import org.phare.store.ecosystem.EcosystemServices;
import org.phare.store.ecosystem.EcosystemStore;
import org.phare.store.ecosystem.EvaluationStore;
import org.phare.web.Links;
import org.phare.web.Pages;
import org.phare.web.account.AccountRoutes;
import org.phare.web.i18n.FieldErrors;
import org.phare.web.i18n.Lang;
import org.phare.web.report.RegistryFigures;

/**
 * The registry's pages: organisations and partnerships (lists, pages, creation and edit forms), the
 * network view in the site's layout, and the registry's part of the territory report (an htmx
 * fragment, since the report itself is cached).
 *
 * <p>Handlers are thin: they read the form, let the core records and {@link EcosystemStore} check
 * and save exactly as for the API, and show refusals next to the fields ({@link FieldErrors}).
 * Sessions, anonymous reads and the CSRF token of every POST are checked by {@link AccountRoutes}'
 * filter, registered before. A saved form redirects to the object's page (POST/redirect/GET).
 */
public final class EcosystemPages extends RegistryPages {

  /** Organisations per list page. */
  static final int PAGE_SIZE = 50;

  public EcosystemPages(EcosystemServices services) {
    super(services);
  }

  @Override
  public void register(Javalin app) {
    app.get("/organisations", page(this::organisationList));
    app.get("/organisations/nouvelle", page(this::newOrganisation));
    app.post("/organisations/nouvelle", page(this::createOrganisation));
    app.get("/organisations/{id}", page(this::organisationPage));
    app.get("/organisations/{id}/modifier", page(this::editOrganisation));
    app.post("/organisations/{id}/modifier", page(this::updateOrganisation));
    app.get("/partenariats", page(this::partnershipList));
    app.get("/partenariats/nouveau", page(this::newPartnership));
    app.post("/partenariats/nouveau", page(this::createPartnership));
    app.get("/partenariats/{id}", page(this::partnershipPage));
    app.get("/partenariats/{id}/modifier", page(this::editPartnership));
    app.post("/partenariats/{id}/modifier", page(this::updatePartnership));
    app.get("/reseau", page(this::networkPage));
    app.get("/territoire/{level}/{code}/ecosysteme", page(this::reportPart));
    // The report's PDF cannot load parts 3-4 by htmx: hand it the same figures, but only to whom
    // may read the registry (the PDF path is no registry page, so the account filter does not
    // guard it): with public read off, an anonymous visitor gets the PDF without them.
    RegistryFigures figures = new PdfFigures();
    app.before(
        RegistryFigures.PDF_PATH,
        ctx -> {
          // the accounts' filter resolved the session of this path (AccountRoutes.isReportPdf)
          boolean signedIn = AccountRoutes.actor(ctx).isPresent();
          if (signedIn) {
            // Made for a signed-in reader of a possibly private registry: no shared cache.
            ctx.header("Cache-Control", "private, no-store");
          }
          if (signedIn || services.accounts().publicRead()) {
            RegistryFigures.attach(ctx, figures);
          }
        });
  }

  /** "Orléans (45234)", as the commune field shows and accepts it. */
  String communeLabel(String code) {
    try {
      return registry.commune(code).name() + " (" + code + ")";
    } catch (RefusedException e) {
      return code;
    }
  }

  // ------------------------------------------------------------------ organisations

  private void organisationList(Context ctx) {
    TerritoryId territory = territoryParam(ctx);
    String family = ctx.queryParam("famille");
    Family chosen = family == null || family.isBlank() ? null : Family.parse(family);
    String q = ctx.queryParam("q");
    int page = Math.max(1, intParam(ctx, "page"));
    List<Organisation> found =
        registry.organisations(territory, chosen, q, PAGE_SIZE + 1, (page - 1) * PAGE_SIZE);
    Map<String, Object> params = frame(ctx);
    params.put("territory", territory);
    params.put("territoryName", territoryName(territory, Pages.lang(ctx)));
    params.put("q", q == null ? "" : q);
    params.put("family", chosen == null ? "" : chosen.name());
    params.put("organisations", found.size() > PAGE_SIZE ? found.subList(0, PAGE_SIZE) : found);
    params.put("page", page);
    params.put("more", found.size() > PAGE_SIZE);
    params.put("communes", communeNames(found));
    pages.html(ctx, "organisations.jte", params);
  }

  private Map<String, String> communeNames(List<Organisation> organisations) {
    Map<String, String> names = new LinkedHashMap<>();
    for (Organisation o : organisations) {
      names.computeIfAbsent(o.communeCode(), this::communeLabel);
    }
    return names;
  }

  private Organisation organisation(long id) {
    return registry
        .organisation(id)
        .orElseThrow(
            () -> RefusedException.notFound("registry.not-found.organisation", "id", "id", id));
  }

  private void organisationPage(Context ctx) {
    Organisation o = organisation(id(ctx));
    Map<String, Object> params = frame(ctx);
    // Contact person, e-mail and phone only for who may edit it (ContactVisibility).
    params.put("o", registry.shownTo(RegistryJson.reader(ctx), o));
    params.put("commune", communeLabel(o.communeCode()));
    params.put(
        "territory",
        registry.commune(o.communeCode()).ancestor(Level.DEPARTEMENT).orElse(TerritoryId.FRANCE));
    params.put("canEdit", canEdit(ctx, registry.commune(o.communeCode())));
    params.put("saved", ctx.queryParam("enregistre") != null);
    pages.html(ctx, "organisation.jte", params);
  }

  private void newOrganisation(Context ctx) {
    if (editor(ctx) == null) {
      return;
    }
    renderOrganisationForm(ctx, 200, 0, OrganisationForm.EMPTY, Map.of(), List.of(), "", null);
  }

  private void editOrganisation(Context ctx) {
    Actor actor = editor(ctx);
    if (actor == null) {
      return;
    }
    Organisation o = organisation(id(ctx));
    Territory commune = registry.commune(o.communeCode());
    actor.permissions().requireEdit(commune, "registry.forbidden.organisation");
    renderOrganisationForm(
        ctx,
        200,
        o.id(),
        OrganisationForm.of(o, communeLabel(o.communeCode())),
        Map.of(),
        List.of(),
        "",
        null);
  }

  private void createOrganisation(Context ctx) {
    saveOrganisation(ctx, 0);
  }

  private void updateOrganisation(Context ctx) {
    long id = id(ctx);
    organisation(id); // 404 before anything else
    saveOrganisation(ctx, id);
  }

  private void saveOrganisation(Context ctx, long id) {
    OrganisationForm form = OrganisationForm.read(ctx);
    FieldErrors errors = new FieldErrors(Pages.lang(ctx));
    save(
        ctx,
        id,
        form,
        form.version(),
        errors,
        "commune",
        new Editing<OrganisationForm, Organisation>() {
          @Override
          public Organisation check(FieldErrors errors) {
            return form.toOrganisation(id, registry, errors);
          }

          @Override
          public Organisation store(Actor actor, Organisation o) {
            return id == 0
                ? registry.create(actor, o, form.confirm())
                : registry.update(actor, o, form.confirm());
          }

          @Override
          public void show(
              int status,
              OrganisationForm shown,
              Map<String, String> errors,
              String conflict,
              Organisation current) {
            renderOrganisationForm(ctx, status, id, shown, errors, List.of(), conflict, current);
          }

          @Override
          public OrganisationForm atVersion(Organisation current) {
            return form.atVersion(current.version());
          }

          @Override
          public String page(Organisation saved) {
            return "/organisations/" + saved.id();
          }

          @Override
          public boolean answered(RefusedException refusal) {
            if (refusal instanceof DuplicateException duplicates) {
              // possible duplicates: the form again, listing them, with "create anyway"
              renderOrganisationForm(
                  ctx, 422, id, form, Map.of(), duplicates.candidates(), "", null);
              return true;
            }
            return false;
          }
        });
  }

  private void renderOrganisationForm(
      Context ctx,
      int status,
      long id,
      OrganisationForm form,
      Map<String, String> errors,
      List<DuplicateCandidate> duplicates,
      String conflict,
      Organisation current) {
    Map<String, Object> params =
        formFrame(
            ctx,
            id,
            form,
            errors,
            conflict,
            current,
            id == 0 ? "/organisations/nouvelle" : "/organisations/" + id + "/modifier",
            id == 0 ? "/organisations" : "/organisations/" + id);
    params.put("duplicates", duplicates);
    params.put("currentCommune", current == null ? "" : communeLabel(current.communeCode()));
    ctx.status(status);
    pages.html(ctx, "organisation-form.jte", params);
  }

  // ------------------------------------------------------------------ partnerships

  private void partnershipList(Context ctx) {
    TerritoryId territory = territoryParam(ctx);
    int page = Math.max(1, intParam(ctx, "page"));
    List<Partnership> found =
        registry.partnerships(territory, PAGE_SIZE + 1, (page - 1) * PAGE_SIZE);
    List<Partnership> shown = found.size() > PAGE_SIZE ? found.subList(0, PAGE_SIZE) : found;
    Set<Long> ids = new LinkedHashSet<>();
    shown.forEach(p -> ids.addAll(p.memberIds()));
    Map<String, Object> params = frame(ctx);
    params.put("territory", territory);
    params.put("territoryName", territoryName(territory, Pages.lang(ctx)));
    params.put("partnerships", shown);
    params.put("members", registry.organisations(ids));
    params.put("page", page);
    params.put("more", found.size() > PAGE_SIZE);
    pages.html(ctx, "partnerships.jte", params);
  }

  private Partnership partnership(long id) {
    return registry
        .partnership(id)
        .orElseThrow(
            () -> RefusedException.notFound("registry.not-found.partnership", "id", "id", id));
  }

  private void partnershipPage(Context ctx) {
    Partnership p = partnership(id(ctx));
    Map<String, Object> params = frame(ctx);
    params.put("p", p);
    params.put("members", registry.organisations(p.memberIds()));
    params.put("territoryName", territoryName(p.territory(), Pages.lang(ctx)));
    params.put("canEdit", canEdit(ctx, registry.territory(p.territory())));
    params.put("saved", ctx.queryParam("enregistre") != null);
    putEvaluations(ctx, params, EvaluationStore.Subject.PARTNERSHIP, p.id());
    pages.html(ctx, "partnership.jte", params);
  }

  private void newPartnership(Context ctx) {
    if (editor(ctx) == null) {
      return;
    }
    TerritoryId territory = territoryParam(ctx);
    renderPartnershipForm(
        ctx, 200, 0, PartnershipForm.empty(territory), territory, Map.of(), "", null);
  }

  private void editPartnership(Context ctx) {
    Actor actor = editor(ctx);
    if (actor == null) {
      return;
    }
    Partnership p = partnership(id(ctx));
    Territory where = registry.territory(p.territory());
    actor.permissions().requireEdit(where, "registry.forbidden.partnership");
    renderPartnershipForm(
        ctx, 200, p.id(), PartnershipForm.of(p), p.territory(), Map.of(), "", null);
  }

  private void createPartnership(Context ctx) {
    savePartnership(ctx, 0);
  }

  private void updatePartnership(Context ctx) {
    long id = id(ctx);
    partnership(id);
    savePartnership(ctx, id);
  }

  private void savePartnership(Context ctx, long id) {
    PartnershipForm form = PartnershipForm.read(ctx);
    TerritoryId choices = typedTerritory(ctx, form.territory());
    save(
        ctx,
        id,
        form,
        form.version(),
        new FieldErrors(Pages.lang(ctx)),
        "territory",
        new Editing<PartnershipForm, Partnership>() {
          @Override
          public Partnership check(FieldErrors errors) {
            return form.toPartnership(id, registry, errors);
          }

          @Override
          public Partnership store(Actor actor, Partnership p) {
            return id == 0 ? registry.create(actor, p) : registry.update(actor, p);
          }

          @Override
          public void show(
              int status,
              PartnershipForm shown,
              Map<String, String> errors,
              String conflict,
              Partnership current) {
            renderPartnershipForm(ctx, status, id, shown, choices, errors, conflict, current);
          }

          @Override
          public PartnershipForm atVersion(Partnership current) {
            return form.atVersion(current.version());
          }

          @Override
          public String page(Partnership saved) {
            return "/partenariats/" + saved.id();
          }
        });
  }

  private void renderPartnershipForm(
      Context ctx,
      int status,
      long id,
      PartnershipForm form,
      TerritoryId choicesIn,
      Map<String, String> errors,
      String conflict,
      Partnership current) {
    Map<String, Object> params =
        formFrame(
            ctx,
            id,
            form,
            errors,
            conflict,
            current,
            id == 0 ? "/partenariats/nouveau" : "/partenariats/" + id + "/modifier",
            id == 0 ? "/partenariats" : "/partenariats/" + id);
    putChoices(
        params,
        Pages.lang(ctx),
        choicesIn,
        form.members(),
        current == null ? List.of() : current.memberIds());
    params.put(
        "currentMembers", current == null ? Map.of() : registry.organisations(current.memberIds()));
    ctx.status(status);
    pages.html(ctx, "partnership-form.jte", params);
  }

  // ------------------------------------------------------------------ network and report part

  private void networkPage(Context ctx) {
    TerritoryId territory = territoryParam(ctx);
    String family = ctx.queryParam("famille");
    String category = ctx.queryParam("categorie");
    Map<String, Object> params = frame(ctx);
    params.put("territory", territory);
    params.put("territoryName", territoryName(territory, Pages.lang(ctx)));
    params.put("family", family == null || family.isBlank() ? "" : Family.parse(family).name());
    params.put(
        "category",
        category == null || category.isBlank() ? "" : PartnershipCategory.parse(category).name());
    pages.html(ctx, "network.jte", params);
  }

  /** Parts 3 and 4 of the report from the registry (an htmx fragment, not cached). */
  private void reportPart(Context ctx) {
    TerritoryId territory =
        TerritoryId.of(Level.parse(ctx.pathParam("level")), ctx.pathParam("code"));
    registry.territory(territory);
    pages.html(ctx, "ecosystem-report.jte", reportParams(territory, Pages.lang(ctx), false));
  }

  /** What the report part's templates take, for the page's fragment and for the PDF. */
  private Map<String, Object> reportParams(TerritoryId territory, Lang lang, boolean pdf) {
    return Map.of(
        "lang",
        lang,
        "links",
        new Links(lang),
        "territory",
        territory,
        "o",
        new OverviewView(lang, services.analysis().overview(territory)),
        "pdf",
        pdf);
  }

  /**
   * Parts 3 and 4 for the PDF: the same view model and template pieces as the page's fragment,
   * without the links and htmx attributes (the PDF cache is keyed by the registry's version).
   */
  private final class PdfFigures implements RegistryFigures {
    @Override
    public Parts render(TerritoryId territory, Lang lang) {
      Map<String, Object> params = reportParams(territory, lang, true);
      return new Parts(
          pages.render("ecosystem-actors.jte", params),
          pages.render("ecosystem-practices.jte", params));
    }
  }
}
