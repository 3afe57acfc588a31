package org.phare.web.account;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.phare.core.account.Actor;
import org.phare.core.account.Role;
import org.phare.core.message.Refusal;
import org.phare.core.message.RefusedException;
import org.phare.core.territory.TerritoryId;
import org.phare.store.account.AccountStore;
import org.phare.web.Pages;
import org.phare.web.i18n.Lang;
import org.phare.web.i18n.Messages;

/**
 * The administrators' accounts page ({@code /comptes}): the list of accounts, a form to create one,
 * and per account a one-time reset link, deactivation or reactivation, and ending its sessions.
 *
 * <p>The handlers are thin: every action is the {@link AccountStore} call the JSON API makes
 * ({@code /api/accounts/…}), so the rights (administrators only, never deactivating oneself), the
 * audit rows and the refusals are the same. The accounts' filter ({@link AccountRoutes}) has
 * already required the session's CSRF token on the POSTs, refused cross-site requests and set
 * {@code Cache-Control: no-store} ({@code /comptes} is one of its pages). Anonymous visitors are
 * sent to the sign-in page; other roles get the store's 403 ({@code account.administrator-only}).
 *
 * <p>The page is answered directly after each action (no redirect): a reset link is shown once, in
 * that answer only, and never travels in a URL of ours.
 */
final class AccountAdminPages {

  /** The form's fields that a refusal may name; any other field is shown above the form. */
  private static final Set<String> CREATE_FIELDS =
      Set.of("login", "displayName", "password", "confirmation", "role", "territories");

  private static final DateTimeFormatter EXPIRY =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private final AccountStore accounts;
  private final Pages pages = new Pages();

  AccountAdminPages(AccountStore accounts) {
    this.accounts = accounts;
  }

  void register(Javalin app) {
    app.get("/comptes", this::page);
    app.post("/comptes", this::create);
    app.post("/comptes/{id}/lien-reinitialisation", this::resetLink);
    app.post("/comptes/{id}/activation", this::setActive);
    app.post("/comptes/{id}/sessions", this::endSessions);
  }

  /** The signed-in actor; an anonymous visitor of the page goes to the sign-in page. */
  private static Actor actorOrSignIn(Context ctx) {
    return AccountRoutes.actor(ctx).orElse(null);
  }

  private static void toSignIn(Context ctx) {
    String query = ctx.queryString();
    ctx.redirect(
        AccountRoutes.signInLink(
            Pages.lang(ctx), "/comptes" + (query == null || query.isEmpty() ? "" : "?" + query)),
        HttpStatus.SEE_OTHER);
  }

  private void page(Context ctx) {
    Actor actor = actorOrSignIn(ctx);
    if (actor == null) {
      toSignIn(ctx);
      return;
    }
    render(ctx, actor, 200, View.empty());
  }

  private void create(Context ctx) {
    Actor actor = AccountRoutes.requireActor(ctx); // the filter let no anonymous POST through
    Lang lang = Pages.lang(ctx);
    Map<String, String> values = new LinkedHashMap<>();
    for (String field : List.of("login", "displayName", "role", "territories")) {
      String value = ctx.formParam(field);
      values.put(field, value == null ? "" : value);
    }
    String password = ctx.formParam("password");
    if (password == null || !password.equals(ctx.formParam("confirmation"))) {
      render(
          ctx,
          actor,
          422,
          View.refused(
              values,
              Map.of("confirmation", Messages.text(lang, "account.password.confirmation"))));
      return;
    }
    AccountStore.Account created;
    try {
      List<TerritoryId> territories = new ArrayList<>();
      for (String part : values.get("territories").split("[\\s,;]+")) {
        if (!part.isBlank()) {
          territories.add(TerritoryId.parse(part.trim()));
        }
      }
      created =
          accounts.create(
              actor,
              values.get("login"),
              values.get("displayName"),
              password,
              Role.parse(values.get("role")),
              territories);
    } catch (RefusedException e) {
      render(ctx, actor, Messages.status(e.kind()), View.refused(values, createErrors(e, lang)));
      return;
    }
    render(
        ctx,
        actor,
        201,
        View.notice(Messages.text(lang, "account.admin.created", "login", created.login())));
  }

  /** One message per field of the creation form; the territory parser says "territory". */
  private static Map<String, String> createErrors(RefusedException e, Lang lang) {
    Map<String, String> errors = new LinkedHashMap<>();
    for (Refusal refusal : e.refusals()) {
      String field = refusal.field() == null ? "" : refusal.field();
      if (field.equals("territory") || field.equals("level")) {
        field = "territories";
      }
      errors.putIfAbsent(
          CREATE_FIELDS.contains(field) ? field : "form", Messages.render(refusal, lang));
    }
    return errors;
  }

  private void resetLink(Context ctx) {
    Actor actor = AccountRoutes.requireActor(ctx);
    Lang lang = Pages.lang(ctx);
    long id = Api.pathId(ctx);
    String token;
    try {
      token = accounts.createResetToken(actor, id);
    } catch (RefusedException e) {
      refusedAction(ctx, actor, e);
      return;
    }
    String login = login(actor, id);
    String link = origin(ctx) + "/compte/reinitialiser?jeton=" + token;
    String expiry = EXPIRY.format(Instant.now().plus(AccountStore.RESET_LIFETIME));
    View view =
        new View(
            Map.of(),
            Map.of(),
            Messages.text(lang, "account.admin.reset-link", "login", login),
            link,
            login,
            expiry);
    render(ctx, actor, 201, view);
  }

  private void setActive(Context ctx) {
    Actor actor = AccountRoutes.requireActor(ctx);
    Lang lang = Pages.lang(ctx);
    long id = Api.pathId(ctx);
    String wanted = ctx.formParam("active");
    if (!"true".equals(wanted) && !"false".equals(wanted)) {
      refusedAction(ctx, actor, RefusedException.badInput("account.active.boolean", "active"));
      return;
    }
    boolean active = Boolean.parseBoolean(wanted);
    AccountStore.Account account;
    try {
      account = accounts.setActive(actor, id, active);
    } catch (RefusedException e) {
      refusedAction(ctx, actor, e);
      return;
    }
    String notice =
        Messages.text(
            lang,
            active ? "account.admin.reactivated" : "account.admin.deactivated",
            "login",
            account.login());
    render(ctx, actor, 200, View.notice(notice));
  }

  private void endSessions(Context ctx) {
    Actor actor = AccountRoutes.requireActor(ctx);
    Lang lang = Pages.lang(ctx);
    long id = Api.pathId(ctx);
    int ended;
    try {
      ended = accounts.endSessions(actor, id);
    } catch (RefusedException e) {
      refusedAction(ctx, actor, e);
      return;
    }
    if (id == actor.accountId()) {
      // one's own sessions, this one included: signed out like "Se déconnecter partout"
      ctx.redirect(
          "/connexion?deconnecte=1" + (lang == Lang.EN ? "&lang=en" : ""), HttpStatus.SEE_OTHER);
      return;
    }
    String login = login(actor, id);
    render(
        ctx,
        actor,
        200,
        View.notice(
            Messages.text(lang, "account.admin.sessions-ended", "login", login, "count", ended)));
  }

  /** A refused action on one account: the page again, the refusal above the list. */
  private void refusedAction(Context ctx, Actor actor, RefusedException e) {
    if (!actor.permissions().isAdministrator()) {
      throw e; // not an administrator: the application's 403 page
    }
    render(
        ctx,
        actor,
        Messages.status(e.kind()),
        View.refused(Map.of(), Map.of("action", Messages.render(e.first(), Pages.lang(ctx)))));
  }

  private String login(Actor actor, long id) {
    return accounts.list(actor).stream()
        .filter(a -> a.id() == id)
        .map(AccountStore.Account::login)
        .findFirst()
        .orElse("n° " + id);
  }

  /** The address the administrator reached the page at, for a link they can copy. */
  private static String origin(Context ctx) {
    String host = ctx.host();
    return ctx.scheme() + "://" + (host == null ? "localhost" : host);
  }

  private void render(Context ctx, Actor actor, int status, View view) {
    // list() refuses non-administrators (403, French page through the application's handler)
    List<AccountStore.Account> list = accounts.list(actor);
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("lang", Pages.lang(ctx));
    params.put("langSwitch", Pages.otherLanguage(ctx));
    params.put("visitor", Visitor.of(ctx));
    params.put("accounts", list);
    params.put("selfId", actor.accountId());
    params.put("values", view.values());
    params.put("errors", view.errors());
    params.put("notice", view.notice());
    params.put("resetLink", view.resetLink());
    params.put("resetLogin", view.resetLogin());
    params.put("resetExpiry", view.resetExpiry());
    ctx.status(status);
    pages.html(ctx, "accounts.jte", params);
  }

  /** What one answer of the page shows beside the list. */
  private record View(
      Map<String, String> values,
      Map<String, String> errors,
      String notice,
      String resetLink,
      String resetLogin,
      String resetExpiry) {

    static View empty() {
      return new View(Map.of(), Map.of(), "", "", "", "");
    }

    static View notice(String notice) {
      return new View(Map.of(), Map.of(), notice, "", "", "");
    }

    static View refused(Map<String, String> values, Map<String, String> errors) {
      return new View(values, errors, "", "", "", "");
    }
  }
}
