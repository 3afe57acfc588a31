package org.phare.web.matching;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.phare.core.account.Actor;
import org.phare.core.ecosystem.Organisation;
import org.phare.core.message.Refusal;
import org.phare.core.message.RefusalKind;
import org.phare.core.message.RefusedException;
import org.phare.core.territory.Level;
import org.phare.core.territory.Territory;
import org.phare.core.territory.TerritoryId;
import org.phare.store.account.AccountStore;
import org.phare.store.account.Session;
import org.phare.store.matching.MatchingService;
import org.phare.store.matching.SpeedDatingEvents;
import org.phare.web.Pages;
import org.phare.web.RouteModule;
import org.phare.web.account.AccountRoutes;
import org.phare.web.account.Visitor;
import org.phare.web.i18n.FieldErrors;
import org.phare.web.i18n.Lang;
import org.phare.web.i18n.Messages;

/**
 * The speed-dating pages an organiser works with: a territory's events, the creation form, the
 * schedule page with the plan's quality and the re-planning form (absent or late participants).
 *
 * <p>Handlers are thin: they read and check the form, then call the same store services as the JSON
 * API ({@link SpeedDatingEvents#create}, {@link SpeedDatingEvents#replan}), which plan, check the
 * editor's rights on the event's territory and save. A saved form redirects to the schedule page
 * with a confirmation (POST/redirect/GET); refusals are shown next to their field with the input
 * kept. The CSRF token of every POST (hidden field {@code _csrf}) is checked by {@link
 * AccountRoutes}' filter; {@code /mise-en-relation} is not one of its registry prefixes, so these
 * GET pages resolve the session and apply the public-read setting themselves.
 */
final class SpeedDatingPages implements RouteModule {

  /** Organisations offered as participants (those of the event's territory). */
  static final int MAX_CHOICES = 2000;

  private final MatchingService matching;
  private final SpeedDatingEvents events;
  private final AccountStore accounts;
  private final Pages pages = new Pages();

  SpeedDatingPages(MatchingService matching, SpeedDatingEvents events, AccountStore accounts) {
    this.matching = matching;
    this.events = events;
    this.accounts = accounts;
  }

  @Override
  public void register(Javalin app) {
    app.get("/mise-en-relation/speed-datings", page(this::list));
    app.get("/mise-en-relation/speed-datings/nouveau", page(this::newEvent));
    app.post("/mise-en-relation/speed-datings/nouveau", page(this::create));
    app.get("/mise-en-relation/speed-dating/{id}", page(this::schedule));
    app.post("/mise-en-relation/speed-dating/{id}/replanifier", page(this::replan));
  }

  /** Who is browsing: the filter's session on a POST, looked up here on a GET. */
  private record Who(Optional<Actor> actor, Visitor visitor) {}

  private Who who(Context ctx) {
    Optional<Actor> actor = AccountRoutes.actor(ctx);
    if (actor.isPresent()) {
      return new Who(actor, Visitor.of(ctx));
    }
    Optional<Session> session = accounts.session(ctx.cookie(AccountRoutes.COOKIE));
    return new Who(
        session.map(Session::actor),
        session
            .map(s -> new Visitor(s.actor().login(), s.actor().permissions().role(), s.csrfToken()))
            .orElse(Visitor.ANONYMOUS));
  }

  /**
   * Wraps a handler: pages hold the CSRF token, so no cache keeps them; anonymous reads follow the
   * public-read setting; unknown records, refused rights and bad parameters become HTML pages.
   */
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

  /** Whether a reader may not see the pages (private instance, nobody signed in). */
  private boolean denied(Context ctx, Who who) {
    if (who.actor.isEmpty() && !accounts.publicRead()) {
      ctx.redirect(AccountRoutes.signInLink(Pages.lang(ctx), ctx.path()), HttpStatus.SEE_OTHER);
      return true;
    }
    return false;
  }

  /**
   * The signed-in actor allowed to change data, or null once the answer is given: anonymous
   * visitors are sent to the sign-in page, viewers get 403.
   */
  private Actor editor(Context ctx, Who who) {
    if (who.actor.isEmpty()) {
      ctx.redirect(AccountRoutes.signInLink(Pages.lang(ctx), ctx.path()), HttpStatus.SEE_OTHER);
      return null;
    }
    if (!who.visitor.mayEdit()) {
      pages.error(ctx, 403, Messages.text(Pages.lang(ctx), "registry.forbidden.read-only"));
      return null;
    }
    return who.actor.get();
  }

  private static Map<String, Object> frame(Context ctx, Who who) {
    Map<String, Object> params = new java.util.LinkedHashMap<>();
    params.put("lang", Pages.lang(ctx));
    params.put("langSwitch", Pages.otherLanguage(ctx));
    params.put("visitor", who.visitor);
    return params;
  }

  /** A local URL in the request's language. */
  static String local(Context ctx, String path) {
    if (Pages.lang(ctx) != Lang.EN) {
      return path;
    }
    return path + (path.contains("?") ? "&" : "?") + "lang=en";
  }

  /**
   * The territory of a list or a new form: the {@code territoire} parameter, else the first
   * territory of an editor, else France.
   */
  private TerritoryId territoryParam(Context ctx, Who who) {
    String text = ctx.queryParam("territoire");
    if (text != null && !text.isBlank()) {
      try {
        return events.territory(TerritoryId.parse(text.strip())).id();
      } catch (RefusedException e) {
        throw RefusedException.notFound(
            "matching.event.territory-unknown", "territoire", "value", text.strip());
      }
    }
    return who.actor
        .map(a -> a.permissions().territories())
        .filter(list -> !list.isEmpty())
        .map(list -> list.get(0))
        .orElse(TerritoryId.FRANCE);
  }

  String territoryName(TerritoryId id, Lang lang) {
    return id.level() == Level.COUNTRY ? "France" : lang.place(events.territory(id));
  }

  private static boolean canEdit(Who who, Territory where) {
    return who.actor.map(a -> a.permissions().canEdit(where)).orElse(false);
  }

  // ------------------------------------------------------------------ list

  private void list(Context ctx) {
    Who who = who(ctx);
    if (denied(ctx, who)) {
      return;
    }
    TerritoryId territory = territoryParam(ctx, who);
    Map<String, Object> params = frame(ctx, who);
    params.put("territory", territory);
    params.put("territoryName", territoryName(territory, Pages.lang(ctx)));
    List<SpeedDatingEvents.Event> found = events.events(territory);
    // events inside the territory are named with their own place
    Map<TerritoryId, String> places = new HashMap<>();
    for (SpeedDatingEvents.Event e : found) {
      places.computeIfAbsent(e.territory(), t -> territoryName(t, Pages.lang(ctx)));
    }
    params.put("events", found);
    params.put("places", places);
    params.put("canEdit", canEdit(who, events.territory(territory)));
    pages.html(ctx, "matching-events.jte", params);
  }

  // ------------------------------------------------------------------ creation

  private void newEvent(Context ctx) {
    Who who = who(ctx);
    if (editor(ctx, who) == null) {
      return;
    }
    TerritoryId territory = territoryParam(ctx, who);
    renderForm(
        ctx,
        who,
        200,
        EventForm.empty(territory, matching.context(territory).priorities()),
        territory,
        Map.of());
  }

  private void create(Context ctx) {
    Who who = who(ctx);
    Actor actor = editor(ctx, who);
    if (actor == null) {
      return;
    }
    EventForm form = EventForm.read(ctx);
    TerritoryId choices = choicesTerritory(ctx, who, form);
    FieldErrors errors = EventForm.errors(ctx);
    SpeedDatingEvents.NewEvent request = form.check(events, errors);
    if (request == null) {
      renderForm(ctx, who, 422, form, choices, errors.asMap());
      return;
    }
    SpeedDatingEvents.Event created;
    try {
      created = events.create(actor, request);
    } catch (RefusedException e) {
      // Rights on the territory field; an unknown organisation, a family that takes no part, a
      // side left empty on the participants.
      String field = e.kind() == RefusalKind.FORBIDDEN ? "territory" : "organisations";
      errors.add(new Refusal(e.first().code(), field, e.first().args()), field);
      renderForm(ctx, who, Messages.status(e.kind()), form, choices, errors.asMap());
      return;
    }
    ctx.redirect(
        local(ctx, "/mise-en-relation/speed-dating/" + created.id() + "?planifie=1"),
        HttpStatus.SEE_OTHER);
  }

  /** The territory whose organisations the form offers: the typed one if valid, else the page's. */
  private TerritoryId choicesTerritory(Context ctx, Who who, EventForm form) {
    TerritoryId typed = form.typedTerritory();
    if (typed != null) {
      try {
        return events.territory(typed).id();
      } catch (RefusedException e) {
        // shown next to the territory field
      }
    }
    return territoryParam(ctx, who);
  }

  private void renderForm(
      Context ctx,
      Who who,
      int status,
      EventForm form,
      TerritoryId choicesIn,
      Map<String, String> errors) {
    Lang lang = Pages.lang(ctx);
    List<Organisation> choices = events.candidates(choicesIn, MAX_CHOICES + 1);
    boolean truncated = choices.size() > MAX_CHOICES;
    if (truncated) {
      choices = choices.subList(0, MAX_CHOICES);
    }
    Map<String, Object> params = frame(ctx, who);
    params.put("form", form);
    params.put("choices", choices);
    params.put("choicesTruncated", truncated);
    TerritoryId within =
        choicesIn.level() == Level.COMMUNE
            ? events.territory(choicesIn).ancestor(Level.DEPARTEMENT).orElse(choicesIn)
            : choicesIn;
    params.put("choicesTerritory", territoryName(within, lang));
    params.put("diagnosed", matching.context(choicesIn).priorities());
    params.put("errors", errors);
    params.put(
        "action",
        local(ctx, "/mise-en-relation/speed-datings/nouveau?territoire=" + choicesIn.toString()));
    params.put(
        "cancel", local(ctx, "/mise-en-relation/speed-datings?territoire=" + choicesIn.toString()));
    ctx.status(status);
    pages.html(ctx, "matching-event-form.jte", params);
  }

  // ------------------------------------------------------------------ schedule and re-planning

  private SpeedDatingEvents.Event event(Context ctx) {
    long id;
    try {
      id = Long.parseLong(ctx.pathParam("id"));
    } catch (NumberFormatException e) {
      throw RefusedException.notFound("web.id.invalid", "id", "value", ctx.pathParam("id"));
    }
    return events.event(id);
  }

  private void schedule(Context ctx) {
    Who who = who(ctx);
    if (denied(ctx, who)) {
      return;
    }
    SpeedDatingEvents.Event event = event(ctx);
    String notice =
        ctx.queryParam("planifie") != null
            ? "planned"
            : ctx.queryParam("replanifie") != null ? "replanned" : "";
    renderSchedule(ctx, who, 200, event, ReplanForm.of(event), Map.of(), notice);
  }

  private void replan(Context ctx) {
    Who who = who(ctx);
    Actor actor = editor(ctx, who);
    if (actor == null) {
      return;
    }
    SpeedDatingEvents.Event event = event(ctx);
    ReplanForm form = ReplanForm.read(ctx);
    FieldErrors errors = EventForm.errors(ctx);
    ReplanForm.Request request = form.check(event, errors);
    if (request == null) {
      renderSchedule(ctx, who, 422, event, form, errors.asMap(), "");
      return;
    }
    try {
      events.replan(actor, event.id(), request.roundsPlayed(), request.absent(), request.arrived());
    } catch (RefusedException e) {
      if (e.kind() == RefusalKind.FORBIDDEN || e.kind() == RefusalKind.NOT_FOUND) {
        throw e;
      }
      errors.add(e.first(), "roundsPlayed");
      renderSchedule(ctx, who, Messages.status(e.kind()), event, form, errors.asMap(), "");
      return;
    }
    ctx.redirect(
        local(ctx, "/mise-en-relation/speed-dating/" + event.id() + "?replanifie=1"),
        HttpStatus.SEE_OTHER);
  }

  private void renderSchedule(
      Context ctx,
      Who who,
      int status,
      SpeedDatingEvents.Event event,
      ReplanForm form,
      Map<String, String> errors,
      String notice) {
    Lang lang = Pages.lang(ctx);
    Map<String, Object> params = frame(ctx, who);
    params.put("v", new ScheduleView(lang, event, events.results(event.id())));
    boolean canEdit = canEdit(who, events.territory(event.territory()));
    // the bound costs a second planning run: computed for the organisers who re-plan, not for every
    // participant who opens the schedule on the day
    params.put("quality", canEdit ? new QualityView(lang, events.quality(event)) : null);
    params.put("territoryName", territoryName(event.territory(), lang));
    params.put("canEdit", canEdit);
    params.put("replan", form);
    params.put("errors", errors);
    params.put("notice", notice);
    params.put(
        "replanAction",
        local(ctx, "/mise-en-relation/speed-dating/" + event.id() + "/replanifier"));
    ctx.status(status);
    pages.html(ctx, "matching-schedule.jte", params);
  }
}
