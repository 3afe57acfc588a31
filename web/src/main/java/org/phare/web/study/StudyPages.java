package org.phare.web.study;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.phare.core.account.Actor;
import org.phare.core.message.Refusal;
import org.phare.core.message.RefusalKind;
import org.phare.core.message.RefusedException;
import org.phare.core.territory.Level;
import org.phare.core.territory.TerritoryId;
import org.phare.core.text.CsvTable;
import org.phare.store.study.StudyStore;
import org.phare.web.Pages;
import org.phare.web.RouteModule;
import org.phare.web.account.AccountRoutes;
import org.phare.web.account.Visitor;
import org.phare.web.i18n.FieldErrors;
import org.phare.web.i18n.Lang;
import org.phare.web.i18n.Messages;

/**
 * The organiser's pages of territorial studies: {@code /etudes} (the studies of a territory),
 * creation, the study's page (publication, public links, single-use invitations as CSV, closing,
 * follow-up). Editors of the study's territory and administrators organise, as for the registry.
 *
 * <p>{@code /etudes} is one of {@link AccountRoutes}' page prefixes: the filter resolves the
 * session, keeps the pages out of caches and checks the CSRF token of every POST.
 */
public final class StudyPages implements RouteModule {

  /**
   * Bases under which an estimate is not published, then flagged (SmallBaseRule, docs/survey.md).
   */
  static final int SMALL_BASE = 30;

  static final int FRAGILE_BASE = 100;

  private final StudyStore studies;
  private final org.phare.store.study.StudyResults results;
  private final Pages pages = new Pages();

  public StudyPages(StudyStore studies, org.phare.store.study.StudyResults results) {
    this.studies = studies;
    this.results = results;
  }

  @Override
  public void register(Javalin app) {
    app.get("/etudes", page(this::list));
    app.get("/etudes/nouvelle", page(this::newStudy));
    app.post("/etudes/nouvelle", page(this::create));
    app.get("/etudes/{id}", page(this::show));
    app.post("/etudes/{id}/publier", page(ctx -> change(ctx, "publiee", studies::publish)));
    app.post("/etudes/{id}/cloturer", page(ctx -> change(ctx, "close", studies::close)));
    app.post("/etudes/{id}/invitations", page(this::invitations));
    app.post("/etudes/{id}/effacer-identifiants", page(this::purge));
    app.post("/etudes/{id}/marges", page(this::margins));
    app.get("/etudes/{id}/suppression", page(this::confirmDeletion));
    app.post("/etudes/{id}/suppression", page(this::delete));
    app.get("/etudes/{id}/reponses.csv", page(ctx -> download(ctx, "reponses")));
    app.get("/etudes/{id}/plan.yaml", page(ctx -> download(ctx, "plan")));
    app.get("/etudes/{id}/codes.csv", page(ctx -> download(ctx, "codes")));
  }

  private Handler page(Handler handler) {
    return ctx -> {
      ctx.header("Cache-Control", "no-store");
      try {
        handler.handle(ctx);
      } catch (RefusedException e) {
        pages.error(ctx, e);
      }
    };
  }

  private void error(Context ctx, int status, String message) {
    pages.error(ctx, status, message);
  }

  static String local(Context ctx, String path) {
    if (Pages.lang(ctx) != Lang.EN) {
      return path;
    }
    return path + (path.contains("?") ? "&" : "?") + "lang=en";
  }

  private static Map<String, Object> frame(Context ctx) {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("lang", Pages.lang(ctx));
    params.put("langSwitch", Pages.otherLanguage(ctx));
    params.put("visitor", Visitor.of(ctx));
    return params;
  }

  /**
   * The signed-in organiser, or null once answered: anonymous visitors go to the sign-in page,
   * viewers get 403.
   */
  private Actor organiser(Context ctx) {
    Optional<Actor> actor = AccountRoutes.actor(ctx);
    if (actor.isEmpty()) {
      ctx.redirect(AccountRoutes.signInLink(Pages.lang(ctx), ctx.path()), HttpStatus.SEE_OTHER);
      return null;
    }
    if (!Visitor.of(ctx).mayEdit()) {
      error(ctx, 403, Messages.text(Pages.lang(ctx), "registry.forbidden.read-only"));
      return null;
    }
    return actor.get();
  }

  private TerritoryId territoryParam(Context ctx, Actor actor) {
    String text = ctx.queryParam("territoire");
    if (text != null && !text.isBlank()) {
      return studies.territory(TerritoryId.parse(text.strip())).id();
    }
    List<TerritoryId> mine = actor.permissions().territories();
    return mine.isEmpty() ? TerritoryId.FRANCE : mine.get(0);
  }

  String territoryName(TerritoryId id, Lang lang) {
    return id.level() == Level.COUNTRY ? "France" : lang.place(studies.territory(id));
  }

  private long id(Context ctx) {
    try {
      return Long.parseLong(ctx.pathParam("id"));
    } catch (NumberFormatException e) {
      throw RefusedException.notFound("web.id.invalid", "id", "value", ctx.pathParam("id"));
    }
  }

  // ------------------------------------------------------------------ list and creation

  private void list(Context ctx) {
    Actor actor = organiser(ctx);
    if (actor == null) {
      return;
    }
    TerritoryId territory = territoryParam(ctx, actor);
    Map<String, Object> params = frame(ctx);
    params.put("territoryName", territoryName(territory, Pages.lang(ctx)));
    params.put("studies", studies.studies(territory));
    params.put("names", names(studies.studies(territory), Pages.lang(ctx)));
    params.put("newLink", local(ctx, "/etudes/nouvelle?territoire=" + territory));
    pages.html(ctx, "studies.jte", params);
  }

  private Map<Long, String> names(List<StudyStore.Study> list, Lang lang) {
    Map<Long, String> names = new LinkedHashMap<>();
    list.forEach(s -> names.put(s.id(), territoryName(s.territory(), lang)));
    return names;
  }

  /** The creation form as typed. */
  public record StudyForm(
      String title,
      String territory,
      Set<org.phare.store.perception.Actor> actors,
      String opens,
      String closes,
      String organiser,
      String privacy) {

    public boolean has(org.phare.store.perception.Actor actor) {
      return actors.contains(actor);
    }
  }

  private void newStudy(Context ctx) {
    Actor actor = organiser(ctx);
    if (actor == null) {
      return;
    }
    LocalDate today = studies.today();
    StudyForm form =
        new StudyForm(
            "",
            territoryParam(ctx, actor).toString(),
            EnumSet.allOf(org.phare.store.perception.Actor.class),
            today.toString(),
            today.plusWeeks(6).toString(),
            "",
            "");
    renderForm(ctx, 200, form, Map.of());
  }

  private void renderForm(Context ctx, int status, StudyForm form, Map<String, String> errors) {
    Map<String, Object> params = frame(ctx);
    params.put("form", form);
    params.put("errors", errors);
    params.put("action", local(ctx, "/etudes/nouvelle"));
    params.put("cancel", local(ctx, "/etudes"));
    ctx.status(status);
    pages.html(ctx, "study-new.jte", params);
  }

  private void create(Context ctx) {
    Actor actor = organiser(ctx);
    if (actor == null) {
      return;
    }
    Set<org.phare.store.perception.Actor> actors =
        EnumSet.noneOf(org.phare.store.perception.Actor.class);
    FieldErrors errors = new FieldErrors(Pages.lang(ctx));
    for (String a : ctx.formParams("actors")) {
      Arrays.stream(org.phare.store.perception.Actor.values())
          .filter(x -> x.name().equals(a))
          .findFirst()
          .ifPresentOrElse(
              actors::add, () -> errors.add("actors", "input.unknown-value", "value", a));
    }
    StudyForm form =
        new StudyForm(
            value(ctx, "title"),
            value(ctx, "territory"),
            actors,
            value(ctx, "opens"),
            value(ctx, "closes"),
            value(ctx, "organiser"),
            value(ctx, "privacy"));
    TerritoryId territory =
        errors.check(
            "territory",
            () -> {
              if (form.territory().isBlank()) {
                throw RefusedException.badInput("input.required", "territory");
              }
              return studies.territory(TerritoryId.parse(form.territory().strip())).id();
            });
    LocalDate opens = errors.check("opens", () -> date(form.opens(), "opens"));
    LocalDate closes = errors.check("closes", () -> date(form.closes(), "closes"));
    StudyStore.Study created = null;
    try {
      created =
          studies.create(
              actor,
              new StudyStore.NewStudy(
                  form.title(),
                  territory,
                  actors,
                  opens,
                  closes,
                  form.organiser(),
                  form.privacy()));
    } catch (RefusedException e) {
      for (Refusal r : e.refusals()) {
        // fields already refused by the parsing above keep that first message
        String field = e.kind() == RefusalKind.FORBIDDEN ? "territory" : r.field();
        if (!(r.code().equals("input.required") && errors.has(field))) {
          errors.add(new Refusal(r.code(), field, r.args()), FieldErrors.FORM);
        }
      }
      if (!errors.isEmpty()) {
        renderForm(
            ctx,
            e.kind() == RefusalKind.FORBIDDEN ? 403 : Messages.status(e.kind()),
            form,
            errors.asMap());
        return;
      }
    }
    if (!errors.isEmpty() || created == null) {
      renderForm(ctx, 422, form, errors.asMap());
      return;
    }
    ctx.redirect(local(ctx, "/etudes/" + created.id() + "?creee=1"), HttpStatus.SEE_OTHER);
  }

  private static String value(Context ctx, String field) {
    String v = ctx.formParam(field);
    return v == null ? "" : v;
  }

  private static LocalDate date(String text, String field) {
    if (text.isBlank()) {
      throw RefusedException.badInput("input.required", field);
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw RefusedException.badInput("input.not-a-date", field, "value", text);
    }
  }

  // ------------------------------------------------------------------ the study's page

  private void show(Context ctx) {
    Actor actor = organiser(ctx);
    if (actor == null) {
      return;
    }
    StudyStore.Study study = studies.study(id(ctx));
    render(ctx, 200, actor, study, Map.of(), notice(ctx));
  }

  private static String notice(Context ctx) {
    for (String n : List.of("creee", "publiee", "close", "efface", "marges", "supprime")) {
      if (ctx.queryParam(n) != null) {
        return n;
      }
    }
    return "";
  }

  private void render(
      Context ctx,
      int status,
      Actor actor,
      StudyStore.Study study,
      Map<String, String> errors,
      String notice) {
    render(ctx, status, actor, study, errors, notice, List.of());
  }

  private void render(
      Context ctx,
      int status,
      Actor actor,
      StudyStore.Study study,
      Map<String, String> errors,
      String notice,
      List<String> marginErrors) {
    Lang lang = Pages.lang(ctx);
    StudyStore.FollowUp followUp = studies.followUp(actor, study.id());
    Map<String, Object> params = frame(ctx);
    params.put("weighting", WeightingView.of(lang, study, results));
    params.put("marginErrors", marginErrors);
    params.put("margins", local(ctx, "/etudes/" + study.id() + "/marges"));
    params.put("deletion", "/etudes/" + study.id() + "/suppression");
    params.put("study", study);
    params.put("territoryName", territoryName(study.territory(), lang));
    params.put("followUp", new FollowUpView(lang, followUp, this::placeName));
    String base = ctx.scheme() + "://" + ctx.host();
    Map<org.phare.store.perception.Actor, String> links = new LinkedHashMap<>();
    study.links().forEach((a, token) -> links.put(a, base + "/etude/" + token));
    params.put("links", links);
    params.put("errors", errors);
    params.put("notice", notice);
    params.put("publish", local(ctx, "/etudes/" + study.id() + "/publier"));
    params.put("close", local(ctx, "/etudes/" + study.id() + "/cloturer"));
    params.put("invite", local(ctx, "/etudes/" + study.id() + "/invitations"));
    params.put("purge", local(ctx, "/etudes/" + study.id() + "/effacer-identifiants"));
    params.put("exportBase", "/etudes/" + study.id()); // files: no lang needed
    params.put("back", local(ctx, "/etudes?territoire=" + study.territory()));
    ctx.status(status);
    pages.html(ctx, "study-page.jte", params);
  }

  private String placeName(Level level, String code) {
    return studies.territory(TerritoryId.of(level, code)).name() + " (" + code + ")";
  }

  private interface Change {
    StudyStore.Study apply(Actor actor, long id);
  }

  private void change(Context ctx, String notice, Change change) {
    Actor actor = organiser(ctx);
    if (actor == null) {
      return;
    }
    StudyStore.Study study = change.apply(actor, id(ctx));
    ctx.redirect(local(ctx, "/etudes/" + study.id() + "?" + notice + "=1"), HttpStatus.SEE_OTHER);
  }

  /** Forgets the identifiers of the study's invitations; the links keep working. */
  private void purge(Context ctx) {
    Actor actor = organiser(ctx);
    if (actor == null) {
      return;
    }
    long id = id(ctx);
    studies.purgeInvitations(actor, id);
    ctx.redirect(local(ctx, "/etudes/" + id + "?efface=1"), HttpStatus.SEE_OTHER);
  }

  /**
   * A CSV of single-use links, one per pasted identifier (identifiers neutralised for formulas).
   */
  private void invitations(Context ctx) {
    Actor actor = organiser(ctx);
    if (actor == null) {
      return;
    }
    long id = id(ctx);
    StudyStore.Study study = studies.study(id);
    FieldErrors errors = new FieldErrors(Pages.lang(ctx));
    org.phare.store.perception.Actor respondents =
        Arrays.stream(org.phare.store.perception.Actor.values())
            .filter(a -> a.name().equals(ctx.formParam("actor")))
            .findFirst()
            .orElse(null);
    if (respondents == null) {
      errors.add("actor", "input.required");
      render(ctx, 422, actor, study, errors.asMap(), "");
      return;
    }
    List<String> identifiers = List.of(value(ctx, "identifiers").split("\\R"));
    List<StudyStore.Invitation> created;
    try {
      created = studies.invite(actor, id, respondents, identifiers);
    } catch (RefusedException e) {
      if (e.kind() == RefusalKind.FORBIDDEN || e.kind() == RefusalKind.NOT_FOUND) {
        throw e;
      }
      errors.reject(e, "identifiers");
      render(ctx, Messages.status(e.kind()), actor, study, errors.asMap(), "");
      return;
    }
    String base = ctx.scheme() + "://" + ctx.host();
    CsvTable out = new CsvTable(Pages.csvFormat(ctx));
    out.row("identifiant", "type_acteur_code", "type_acteur", "lien");
    for (StudyStore.Invitation i : created) {
      out.row(
          i.identifier(), respondents.name(), respondents.labelFr(), base + "/etude/" + i.token());
    }
    Pages.csv(ctx, "invitations-etude-" + id + "-" + respondents.code() + ".csv", out);
  }

  /**
   * Replaces (or, empty, removes) the weighting margins of one actor type: an uploaded CSV file
   * ({@code fichier}) or its pasted text ({@code texte}); every bad line refused with its line and
   * column, in French, on the study page.
   */
  private void margins(Context ctx) {
    Actor actor = organiser(ctx);
    if (actor == null) {
      return;
    }
    long id = id(ctx);
    StudyStore.Study study = studies.study(id);
    Lang lang = Pages.lang(ctx);
    org.phare.store.perception.Actor type =
        Arrays.stream(org.phare.store.perception.Actor.values())
            .filter(a -> a.name().equals(ctx.formParam("actor")))
            .findFirst()
            .orElse(null);
    if (type == null) {
      render(
          ctx,
          400,
          actor,
          study,
          Map.of(),
          "",
          List.of(
              Messages.render(org.phare.core.message.Refusal.of("input.required", "actor"), lang)));
      return;
    }
    String text = value(ctx, "texte");
    io.javalin.http.UploadedFile upload = ctx.uploadedFile("fichier");
    if (upload != null && upload.filename() != null && !upload.filename().isBlank()) {
      try {
        byte[] bytes = upload.content().readNBytes(1 << 20);
        text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException("cannot read the uploaded margins", e);
      }
    }
    try {
      results.saveMargins(studies, actor, id, type, text);
    } catch (RefusedException e) {
      if (e.kind() == RefusalKind.FORBIDDEN || e.kind() == RefusalKind.NOT_FOUND) {
        throw e;
      }
      render(
          ctx,
          Messages.status(e.kind()),
          actor,
          study,
          Map.of(),
          "",
          e.refusals().stream().map(r -> Messages.render(r, lang)).toList());
      return;
    }
    ctx.redirect(local(ctx, "/etudes/" + id + "?marges=1"), HttpStatus.SEE_OTHER);
  }

  /** The number of the respondent column of the export, or a refusal on the field. */
  private static int number(Context ctx) {
    String text =
        ctx.queryParam("numero") != null ? ctx.queryParam("numero") : ctx.formParam("numero");
    try {
      return Integer.parseInt(text == null ? "" : text.strip());
    } catch (NumberFormatException e) {
      throw RefusedException.badInput(
          "input.not-an-integer", "numero", "value", text == null ? "" : text);
    }
  }

  /**
   * The confirmation page of a deletion: what the answer is (actor type, commune, when it was sent)
   * without its content, and the button that deletes it.
   */
  private void confirmDeletion(Context ctx) {
    Actor actor = organiser(ctx);
    if (actor == null) {
      return;
    }
    long id = id(ctx);
    StudyStore.Study study = studies.study(id);
    Lang lang = Pages.lang(ctx);
    StudyStore.ResponseSummary r = studies.response(actor, id, number(ctx));
    Map<String, Object> params = frame(ctx);
    params.put("study", study);
    params.put("number", r.number());
    params.put("actorLabel", lang.pick(r.actor().labelFr(), r.actor().labelEn()));
    params.put(
        "commune",
        r.commune() == null
            ? lang.pick("non demandée", "not asked")
            : placeName(Level.COMMUNE, r.commune()));
    params.put(
        "submitted",
        lang.date(r.submitted().atZone(java.time.ZoneId.of("Europe/Paris")).toLocalDate())
            + " "
            + java.time.format.DateTimeFormatter.ofPattern("HH:mm")
                .format(r.submitted().atZone(java.time.ZoneId.of("Europe/Paris"))));
    params.put("stamp", r.submitted().toString());
    params.put("action", local(ctx, "/etudes/" + id + "/suppression"));
    params.put("back", local(ctx, "/etudes/" + id));
    pages.html(ctx, "study-delete.jte", params);
  }

  /** Deletes one respondent's answers (audited), after the confirmation page. */
  private void delete(Context ctx) {
    Actor actor = organiser(ctx);
    if (actor == null) {
      return;
    }
    long id = id(ctx);
    java.time.Instant stamp;
    try {
      stamp = java.time.Instant.parse(String.valueOf(ctx.formParam("envoi")));
    } catch (java.time.format.DateTimeParseException e) {
      throw RefusedException.badInput("input.required", "envoi");
    }
    studies.deleteResponse(actor, id, number(ctx), stamp);
    ctx.redirect(local(ctx, "/etudes/" + id + "?supprime=1"), HttpStatus.SEE_OTHER);
  }

  /** The microdata export: answers CSV, design YAML or codebook (organisers of the territory). */
  private void download(Context ctx, String what) {
    Actor actor = organiser(ctx);
    if (actor == null) {
      return;
    }
    long id = id(ctx);
    // with each respondent's raking weight, and the design file saying how each type was weighted
    org.phare.core.study.MicrodataExport.Export export = results.export(studies, actor, id);
    CsvTable.Format format = Pages.csvFormat(ctx);
    String body;
    String file;
    String type;
    switch (what) {
      case "reponses" -> {
        body = export.format().csv(export.rows(), format);
        file = "reponses-etude-" + id + ".csv";
        type = "text/csv; charset=utf-8";
      }
      case "plan" -> {
        body = export.format().designYaml(export.weighting());
        file = "plan-etude-" + id + ".yaml";
        type = "application/yaml; charset=utf-8";
      }
      default -> {
        body = export.format().codebook(format);
        file = "codes-etude-" + id + ".csv";
        type = "text/csv; charset=utf-8";
      }
    }
    ctx.header("Content-Disposition", "attachment; filename=\"" + file + "\"");
    ctx.contentType(type);
    ctx.result(body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }
}
