package org.phare.web.matching;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.phare.core.account.Actor;
import org.phare.core.ecosystem.Organisation;
import org.phare.core.ecosystem.PartnershipCategory;
import org.phare.core.matching.Affinity;
import org.phare.core.matching.EventFormat;
import org.phare.core.matching.Meeting;
import org.phare.core.matching.Pair;
import org.phare.core.matching.Participant;
import org.phare.core.matching.PartnerSuggestions;
import org.phare.core.matching.Reason;
import org.phare.core.matching.Round;
import org.phare.core.matching.Schedule;
import org.phare.core.message.RefusedException;
import org.phare.core.territory.TerritoryId;
import org.phare.store.account.AccountStore;
import org.phare.store.account.Session;
import org.phare.store.matching.MatchingService;
import org.phare.store.matching.SpeedDatingEvents;
import org.phare.web.Pages;
import org.phare.web.RouteModule;
import org.phare.web.account.AccountRoutes;
import org.phare.web.account.Api;
import org.phare.web.ecosystem.RegistryJson;
import org.phare.web.i18n.Messages;
import org.phare.web.report.ReportPdf;

/**
 * Mise en relation (issue 6): partner suggestions and speed-dating events over the registry, as a
 * JSON API under {@code /api} (signed-in editors change, readers read; CSRF checked by {@link
 * AccountRoutes}' filter) and French pages under {@code /mise-en-relation}: suggestions, the
 * printable schedule in PDF, the wishes form, and through {@link SpeedDatingPages} the events list,
 * the creation form and the schedule page with re-planning. Register after {@link AccountRoutes}.
 */
public final class MatchingRoutes implements RouteModule {

  /** Most suggestions asked at once ({@code ?k=}, docs/security.md). */
  static final int MAX_K = 100;

  private final MatchingService matching;
  private final SpeedDatingEvents events;
  private final Pages pages = new Pages();
  private final ReportPdf pdf = new ReportPdf();
  private final AccountStore accounts;

  public MatchingRoutes(MatchingService matching, SpeedDatingEvents events, AccountStore accounts) {
    this.matching = matching;
    this.events = events;
    this.accounts = accounts;
  }

  @Override
  public void register(Javalin app) {
    app.get("/api/organisations/{id}/suggestions", guarded(this::suggestions));
    app.get("/api/territories/{territory}/pair-suggestions", guarded(this::pairs));
    app.get("/api/speed-datings", guarded(this::list));
    app.post("/api/speed-datings", guarded(this::create));
    app.get("/api/speed-datings/{id}", guarded(ctx -> Api.json(ctx, 200, json(event(ctx)))));
    app.post("/api/speed-datings/{id}/replan", guarded(this::replan));
    app.post("/api/speed-datings/{id}/wishes", guarded(this::wish));
    app.post("/api/speed-datings/{id}/wishes-form", guarded(this::wishForm));
    app.get("/api/speed-datings/{id}/results", guarded(this::results));
    app.get("/api/speed-datings/{id}/contacts/{organisation}", guarded(this::contacts));
    app.post("/api/speed-datings/{id}/partnerships", guarded(this::partnership));
    app.get("/mise-en-relation/organisation/{id}", this::suggestionsPage);
    app.get("/mise-en-relation/speed-dating/{id}/planning.pdf", this::schedulePdf);
    app.get("/mise-en-relation/speed-dating/{id}/souhaits", this::wishesPage);
    // Events list, creation form, schedule page with the re-planning form.
    new SpeedDatingPages(matching, events, accounts).register(app);
  }

  private static io.javalin.http.Handler guarded(io.javalin.http.Handler handler) {
    return Api.guarded(handler);
  }

  // ------------------------------------------------------------------ suggestions

  private void suggestions(Context ctx) {
    MatchingService.OrganisationSuggestions s =
        matching.suggestionsFor(Api.pathId(ctx), Api.intQuery(ctx, "k", 10, 1, MAX_K));
    List<Map<String, Object>> list = new ArrayList<>();
    for (PartnerSuggestions.Suggestion suggestion : s.suggestions()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("partner", participant(suggestion.partner()));
      m.put("affinity", affinity(suggestion.affinity()));
      list.add(m);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("organisation", RegistryJson.shown(ctx, events.registry(), s.organisation()));
    body.put("territory", s.territory().toString());
    body.put("priorities", s.context().priorities());
    body.put("suggestions", list);
    Api.json(ctx, 200, body);
  }

  private void pairs(Context ctx) {
    MatchingService.TerritoryPairs s =
        matching.bestPairs(
            TerritoryId.parse(ctx.pathParam("territory")), Api.intQuery(ctx, "k", 20, 1, MAX_K));
    List<Map<String, Object>> list = new ArrayList<>();
    for (PartnerSuggestions.PairSuggestion pair : s.pairs()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("company", participant(pair.company()));
      m.put("association", participant(pair.association()));
      m.put("affinity", affinity(pair.affinity()));
      list.add(m);
    }
    Api.json(
        ctx,
        200,
        Map.of(
            "territory", s.territory().toString(),
            "priorities", s.context().priorities(),
            "pairs", list));
  }

  // ------------------------------------------------------------------ events

  private void list(Context ctx) {
    List<Map<String, Object>> list = new ArrayList<>();
    for (SpeedDatingEvents.Event e :
        events.events(TerritoryId.parse(Api.requiredQuery(ctx, "territory")))) {
      list.add(json(e));
    }
    Api.json(ctx, 200, list);
  }

  private void create(Context ctx) {
    Actor actor = AccountRoutes.requireActor(ctx);
    JsonNode body = Api.body(ctx);
    List<Long> ids = new ArrayList<>();
    for (JsonNode id : body.path("organisations")) {
      ids.add(id.asLong());
    }
    // Absent: the territory's diagnosed priorities; given (even empty): the organiser's choice.
    java.util.Set<org.phare.core.indicator.Domain> priorities = null;
    if (body.has("priorities")) {
      priorities = java.util.EnumSet.noneOf(org.phare.core.indicator.Domain.class);
      for (JsonNode code : body.path("priorities")) {
        try {
          priorities.add(org.phare.core.indicator.Domain.parse(code.asText()));
        } catch (RefusedException e) {
          throw RefusedException.badInput("domain.unknown", "priorities", "value", code.asText());
        }
      }
    }
    LocalDate date;
    try {
      date = LocalDate.parse(text(body, "date"));
    } catch (DateTimeParseException e) {
      throw RefusedException.badInput("input.not-a-date", "date", "value", text(body, "date"));
    }
    LocalTime start = null;
    String startText = body.path("start").asText("").strip();
    if (!startText.isEmpty()) {
      try {
        start = LocalTime.parse(startText);
      } catch (DateTimeParseException e) {
        throw RefusedException.badInput("input.not-a-time", "start", "value", startText);
      }
    }
    SpeedDatingEvents.Event event =
        events.create(
            actor,
            new SpeedDatingEvents.NewEvent(
                body.path("title").asText(null),
                TerritoryId.parse(text(body, "territory")),
                date,
                start,
                new EventFormat(
                    body.path("rounds").asInt(0),
                    body.path("tables").asInt(0),
                    body.path("roundMinutes").asInt(EventFormat.DEFAULT_ROUND_MINUTES)),
                ids,
                priorities));
    Api.json(ctx, 201, json(event));
  }

  private void replan(Context ctx) {
    Actor actor = AccountRoutes.requireActor(ctx);
    JsonNode body = Api.body(ctx);
    SpeedDatingEvents.Event event =
        events.replan(
            actor,
            Api.pathId(ctx),
            body.path("roundsPlayed").asInt(-1),
            ids(body.path("absent")),
            ids(body.path("arrived")));
    Api.json(ctx, 200, json(event));
  }

  private void wish(Context ctx) {
    Actor actor = AccountRoutes.requireActor(ctx);
    JsonNode body = Api.body(ctx);
    events.wish(actor, Api.pathId(ctx), longField(body, "from"), longField(body, "to"));
    // Nothing is said about the other side's wish: the answer is the same whether it is mutual.
    ctx.status(204);
  }

  /**
   * The wishes page's form: one participant's wishes (checked partners), then back to the page. The
   * CSRF token travels in the form's action ({@code ?_csrf=}), checked by the account filter.
   */
  private void wishForm(Context ctx) {
    Actor actor = AccountRoutes.requireActor(ctx);
    long id = Api.pathId(ctx);
    long from;
    try {
      from = Long.parseLong(ctx.formParam("from"));
    } catch (NumberFormatException | NullPointerException e) {
      throw RefusedException.badInput("web.field.not-an-id", "from", "name", "from");
    }
    for (String to : ctx.formParams("to")) {
      try {
        events.wish(actor, id, from, Long.parseLong(to));
      } catch (NumberFormatException e) {
        throw RefusedException.badInput("web.field.not-an-id", "to", "name", "to");
      }
    }
    ctx.redirect(
        "/mise-en-relation/speed-dating/" + id + "/souhaits?participant=" + from + "&ok",
        io.javalin.http.HttpStatus.SEE_OTHER);
  }

  private void results(Context ctx) {
    long id = Api.pathId(ctx);
    Schedule schedule = events.event(id).schedule();
    List<Map<String, Object>> pairs = new ArrayList<>();
    for (Pair pair : events.results(id).pairs()) {
      pairs.add(
          Map.of(
              "company", participant(schedule.participant(pair.companyId())),
              "association", participant(schedule.participant(pair.associationId()))));
    }
    Api.json(ctx, 200, Map.of("mutual", pairs));
  }

  private void contacts(Context ctx) {
    long organisation;
    try {
      organisation = Long.parseLong(ctx.pathParam("organisation"));
    } catch (NumberFormatException e) {
      throw RefusedException.notFound(
          "web.id.invalid", "organisation", "value", ctx.pathParam("organisation"));
    }
    Actor actor = AccountRoutes.requireActor(ctx);
    SpeedDatingEvents.Contacts contacts = events.contactsFor(actor, Api.pathId(ctx), organisation);
    List<Map<String, Object>> matches = new ArrayList<>();
    for (Organisation o : contacts.matches()) {
      // Through the one policy: the organiser (who may edit the event's territory) sees them.
      matches.add(RegistryJson.shown(ctx, events.registry(), o));
    }
    Api.json(
        ctx, 200, Map.of("participant", participant(contacts.participant()), "matches", matches));
  }

  private void partnership(Context ctx) {
    Actor actor = AccountRoutes.requireActor(ctx);
    JsonNode body = Api.body(ctx);
    String category = body.path("category").asText("");
    Api.json(
        ctx,
        201,
        RegistryJson.of(
            events.createPartnership(
                actor,
                Api.pathId(ctx),
                longField(body, "company"),
                longField(body, "association"),
                category.isBlank() ? null : PartnershipCategory.parse(category))));
  }

  private SpeedDatingEvents.Event event(Context ctx) {
    return events.event(Api.pathId(ctx));
  }

  // ------------------------------------------------------------------ pages

  /**
   * Pages are outside {@code /api}, so they apply the account filter's read rule themselves: on a
   * private instance only signed-in users read them.
   */
  private boolean denied(Context ctx, Optional<Session> session) {
    if (session.isEmpty() && !accounts.publicRead()) {
      pages.error(ctx, 401, Messages.text(Pages.lang(ctx), "account.private"));
      return true;
    }
    return false;
  }

  private Optional<Session> session(Context ctx) {
    return accounts.session(ctx.cookie(AccountRoutes.COOKIE));
  }

  /** The event of a page, or null once an error page has been answered. */
  private SpeedDatingEvents.Event pageEvent(Context ctx, Optional<Session> session) {
    if (denied(ctx, session)) {
      return null;
    }
    long id = pageId(ctx);
    if (id < 0) {
      return null;
    }
    try {
      return events.event(id);
    } catch (RefusedException e) {
      pages.error(ctx, e);
      return null;
    }
  }

  private void wishesPage(Context ctx) {
    Optional<Session> session = session(ctx);
    SpeedDatingEvents.Event event = pageEvent(ctx, session);
    if (event == null) {
      return;
    }
    String chosen = ctx.queryParam("participant");
    Participant participant = null;
    if (chosen != null) {
      try {
        participant = event.schedule().participant(chosen.trim());
      } catch (RefusedException e) {
        pages.error(ctx, e);
        return;
      }
    }
    pages.html(
        ctx,
        "matching-wishes.jte",
        Map.of(
            "v",
            new WishesView(
                Pages.lang(ctx),
                event,
                participant,
                session.map(Session::csrfToken).orElse(null),
                ctx.queryParam("ok") != null),
            "langSwitch",
            Pages.otherLanguage(ctx)));
  }

  private void suggestionsPage(Context ctx) {
    if (denied(ctx, session(ctx))) {
      return;
    }
    long id = pageId(ctx);
    if (id < 0) {
      return;
    }
    try {
      pages.html(
          ctx,
          "matching-suggestions.jte",
          Map.of(
              "lang", Pages.lang(ctx),
              "langSwitch", Pages.otherLanguage(ctx),
              "s", matching.suggestionsFor(id, Api.intQuery(ctx, "k", 10, 1, MAX_K))));
    } catch (RefusedException e) {
      pages.error(ctx, e);
    }
  }

  /** The schedule as a PDF (the HTML page is {@link SpeedDatingPages}'). */
  private void schedulePdf(Context ctx) {
    SpeedDatingEvents.Event event = pageEvent(ctx, session(ctx));
    if (event == null) {
      return;
    }
    long id = event.id();
    ScheduleView view = new ScheduleView(Pages.lang(ctx), event, events.results(id));
    byte[] bytes =
        pdf.render(pages.render("matching-schedule-pdf.jte", Map.of("v", view, "css", pdf.css())));
    ctx.contentType("application/pdf");
    ctx.header("Content-Disposition", "inline; filename=\"speed-dating-" + id + ".pdf\"");
    ctx.result(bytes);
  }

  /**
   * The page's id, or -1 once the refusal page is written: ids are positive, so a negative one
   * (which the callers would take for "already answered", leaving an empty 200) is refused too.
   */
  private long pageId(Context ctx) {
    try {
      long id = Long.parseLong(ctx.pathParam("id"));
      if (id > 0) {
        return id;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    pages.error(
        ctx, RefusedException.notFound("web.id.invalid", "id", "value", ctx.pathParam("id")));
    return -1;
  }

  // ------------------------------------------------------------------ JSON

  static Map<String, Object> participant(Participant p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", Long.parseLong(p.id()));
    m.put("name", p.name());
    m.put("side", p.side().name());
    m.put("domains", p.domains());
    return m;
  }

  static Map<String, Object> affinity(Affinity a) {
    List<Map<String, Object>> reasons = new ArrayList<>();
    for (Reason r : a.reasons()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("points", r.points());
      m.put("code", r.code());
      m.put("fr", r.fr());
      m.put("en", r.en());
      reasons.add(m);
    }
    return Map.of("total", a.total(), "reasons", reasons);
  }

  static Map<String, Object> json(SpeedDatingEvents.Event e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", e.id());
    m.put("title", e.title());
    m.put("territory", e.territory().toString());
    m.put("date", e.date().toString());
    m.put("start", e.start() == null ? null : e.start().toString());
    m.put("rounds", e.format().rounds());
    m.put("tables", e.format().tables());
    m.put("roundMinutes", e.format().roundMinutes());
    m.put("roundsPlayed", e.roundsPlayed());
    m.put("priorities", e.context().priorities());
    List<Map<String, Object>> participants = new ArrayList<>();
    for (Participant p : e.schedule().participants()) {
      Map<String, Object> pm = participant(p);
      pm.put("present", e.present().contains(p.id()));
      participants.add(pm);
    }
    m.put("participants", participants);
    List<Map<String, Object>> rounds = new ArrayList<>();
    for (Round r : e.schedule().rounds()) {
      List<Map<String, Object>> meetings = new ArrayList<>();
      for (Meeting meeting : r.meetings()) {
        Map<String, Object> mm = new LinkedHashMap<>();
        mm.put("table", meeting.table());
        mm.put("company", Long.parseLong(meeting.company().id()));
        mm.put("association", Long.parseLong(meeting.association().id()));
        mm.put("affinity", meeting.affinity().total());
        meetings.add(mm);
      }
      Map<String, Object> round = new LinkedHashMap<>();
      round.put("number", r.number());
      round.put("startMinute", r.startMinute());
      round.put("startTime", e.clockTime(r.startMinute()).map(LocalTime::toString).orElse(null));
      round.put("meetings", meetings);
      round.put("onBreak", r.onBreak().stream().map(p -> Long.parseLong(p.id())).toList());
      rounds.add(round);
    }
    m.put("rounds", rounds);
    m.put("totalAffinity", e.schedule().totalAffinity());
    return m;
  }

  private static String text(JsonNode body, String field) {
    String value = body.path(field).asText("");
    if (value.isBlank()) {
      throw RefusedException.badInput("web.field.missing", field, "name", field);
    }
    return value.trim();
  }

  private static long longField(JsonNode body, String field) {
    JsonNode node = body.path(field);
    if (!node.canConvertToLong()) {
      throw RefusedException.badInput("web.field.not-an-id", field, "name", field);
    }
    return node.asLong();
  }

  private static Set<Long> ids(JsonNode array) {
    Set<Long> ids = new LinkedHashSet<>();
    for (JsonNode id : array) {
      ids.add(id.asLong());
    }
    return ids;
  }

  static String minutes(int minute) {
    return String.format(Locale.ROOT, "%d:%02d", minute / 60, minute % 60);
  }
}
