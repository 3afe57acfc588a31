package org.phare.web.account;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.phare.core.account.Actor;
import org.phare.core.account.Role;
import org.phare.core.message.Refusal;
import org.phare.core.message.RefusedException;
import org.phare.core.territory.TerritoryId;
import org.phare.store.account.AccountStore;
import org.phare.store.account.LoginResult;
import org.phare.store.account.Session;
import org.phare.web.Pages;
import org.phare.web.i18n.Lang;
import org.phare.web.i18n.Messages;

/**
 * Sign-in, sessions, CSRF protection and accounts over HTTP: the JSON API and the sign-in page.
 *
 * <p>Every {@code /api/*} request and every request for the registry's pages ({@link #isPage}) is
 * first matched with its session (cookie {@value #COOKIE}). Every request that is not GET, HEAD or
 * OPTIONS, on any path — except the logins themselves — must carry the session's synchroniser token
 * in the {@value #CSRF_HEADER} header or a {@code _csrf} form field (query parameter for the API),
 * else it is refused with 403 before any handler runs. The sign-in form, which has no session yet,
 * carries a pre-session token instead (double-submit cookie {@value #LOGIN_COOKIE}). Anonymous
 * reads are allowed only while the administrator keeps the public read-only setting on.
 */
public final class AccountRoutes {

  public static final String COOKIE = "phare_session";
  public static final String CSRF_HEADER = "X-CSRF-Token";

  /** The pre-session token of the sign-in form (SameSite=Strict, read only by /connexion). */
  public static final String LOGIN_COOKIE = "phare_login_csrf";

  static final String SESSION_ATTRIBUTE = "phare.session";

  /** Paths of the server-rendered pages that read or change the registry. */
  private static final List<String> PAGE_PREFIXES =
      List.of(
          "/connexion",
          "/deconnexion",
          "/compte",
          "/organisations",
          "/partenariats",
          "/initiatives",
          "/reseau",
          "/donnees/importer",
          "/etudes");

  /**
   * The largest multipart body the filter reads to find its {@code _csrf} field: an indicator
   * upload (at most 100 MB, {@code org.phare.web.indicator.ImportRoutes}) and the form's other
   * fields. Larger bodies are refused with 413 before a byte of them is read.
   */
  public static final long MAX_MULTIPART_BYTES = 100L * 1024 * 1024 + 64 * 1024;

  private static final Set<HandlerType> SAFE =
      Set.of(HandlerType.GET, HandlerType.HEAD, HandlerType.OPTIONS);

  private final AccountStore accounts;
  private final ClientAddress clients;
  private final Pages pages = new Pages();

  /** With the trusted proxies of {@code PHARE_TRUSTED_PROXIES} ({@link ClientAddress}). */
  public AccountRoutes(AccountStore accounts) {
    this(accounts, ClientAddress.fromEnvironment());
  }

  public AccountRoutes(AccountStore accounts, ClientAddress clients) {
    this.accounts = accounts;
    this.clients = clients;
  }

  /** The client address the sign-in limits count: X-Forwarded-For only from trusted proxies. */
  String clientIp(Context ctx) {
    return clients.resolve(ctx.req().getRemoteAddr(), ctx.header("X-Forwarded-For"));
  }

  /**
   * Whether a path is one of the registry's pages (session resolved, anonymous reads subject to the
   * public-read setting): the other pages (reports, dashboard) are public and cached.
   */
  public static boolean isPage(String path) {
    for (String prefix : PAGE_PREFIXES) {
      if (path.startsWith(prefix)) {
        return true;
      }
    }
    return path.startsWith("/territoire/") && path.endsWith("/ecosysteme");
  }

  /**
   * Whether a path is a territory report's PDF ({@code /territoire/{level}/{code}/rapport.pdf}):
   * public, but its session is resolved (registry parts for signed-in readers, no per-address
   * budget for them).
   */
  static boolean isReportPdf(String path) {
    return path.startsWith("/territoire/") && path.endsWith("/rapport.pdf");
  }

  /** The signed-in actor of a request, if any. */
  public static Optional<Actor> actor(Context ctx) {
    Session session = ctx.attribute(SESSION_ATTRIBUTE);
    return Optional.ofNullable(session).map(Session::actor);
  }

  /** The signed-in actor, or a 401 failure. */
  public static Actor requireActor(Context ctx) {
    return actor(ctx).orElseThrow(() -> new Api.Failure(401, "account.sign-in.required", ""));
  }

  public void register(Javalin app) {
    app.before(this::filter);
    app.post("/api/login", Api.guarded(this::login));
    app.get("/connexion", this::signInPage);
    app.post("/connexion", this::signIn);
    app.post("/deconnexion", this::signOut);
    app.get("/compte/etat", this::status);
    app.get("/compte", this::accountPage);
    app.post("/compte/mot-de-passe", this::changePassword);
    app.post("/compte/deconnexion-partout", this::signOutEverywhere);
    app.get("/compte/reinitialiser", this::resetPage);
    app.post("/compte/reinitialiser", this::reset);
    app.post("/api/logout", Api.guarded(this::logout));
    app.post("/api/logout-everywhere", Api.guarded(this::logoutEverywhere));
    app.put("/api/me/password", Api.guarded(this::apiChangePassword));
    app.post("/api/accounts/{id}/reset-link", Api.guarded(this::resetLink));
    app.put("/api/accounts/{id}/active", Api.guarded(this::setActive));
    app.delete("/api/accounts/{id}/sessions", Api.guarded(this::endSessions));
    app.get("/api/me", Api.guarded(this::me));
    app.get(
        "/api/accounts", Api.guarded(ctx -> Api.json(ctx, 200, accounts.list(requireActor(ctx)))));
    app.post("/api/accounts", Api.guarded(this::createAccount));
    app.put("/api/settings/public-read", Api.guarded(this::setPublicRead));
    new AccountAdminPages(accounts).register(app);
  }

  private void filter(Context ctx) {
    String path = ctx.path();
    boolean api = path.startsWith("/api/");
    boolean page = !api && isPage(path);
    boolean safe = SAFE.contains(ctx.method());
    if (safe && !api && !page && !isReportPdf(path)) {
      return; // public, cached pages and assets: no session lookup
    }
    if (!safe && ctx.req().getCharacterEncoding() == null) {
      // Browsers send forms in the page's encoding (UTF-8) without saying so; the servlet default
      // would read "Orléans" as ISO-8859-1.
      try {
        ctx.req().setCharacterEncoding("UTF-8");
      } catch (java.io.UnsupportedEncodingException e) {
        throw new IllegalStateException(e);
      }
    }
    Optional<Session> session = accounts.session(ctx.cookie(COOKIE));
    session.ifPresent(s -> ctx.attribute(SESSION_ATTRIBUTE, s));
    if (safe && !api && !page) {
      // the report's PDF: open to everyone, but who asks decides its registry parts, its caching
      // and its rendering budget (ReportRoutes, EcosystemPages)
      return;
    }
    if (page) {
      // Pages hold the CSRF token and personal data: never stored by a cache.
      ctx.header("Cache-Control", "no-store");
    }
    if (!safe && crossSite(ctx)) {
      // Defence in depth beside the synchroniser token: a browser says where a request comes from.
      stop(ctx, api, 403, "account.cross-site");
      return;
    }
    if (!safe && isMultipart(ctx)) {
      long length = ctx.req().getContentLengthLong();
      if (length < 0 || length > MAX_MULTIPART_BYTES) {
        stop(ctx, api, 413, Refusal.of("import.file.too-large", "file", "maxMb", 100));
        return;
      }
    }
    if (!safe
        && !path.equals("/api/login")
        && !path.equals("/connexion")
        && !path.equals("/compte/reinitialiser")
        && !path.startsWith("/etude/")) {
      // Study respondents have no session: their form carries its draft's nonce, checked by the
      // study store (web/study/RespondentPages); the cross-site check above still applies.
      // The reset form has no session: its one-time token, secret and single use, is the proof.
      String given = ctx.header(CSRF_HEADER);
      if (given == null) {
        given = api ? ctx.queryParam("_csrf") : formField(ctx, "_csrf");
      }
      if (session.isEmpty()) {
        stop(ctx, api, 401, "account.sign-in.required");
        return;
      }
      if (!AccountStore.sameToken(session.get().csrfToken(), given)) {
        stop(ctx, api, 403, "account.csrf");
        return;
      }
    }
    if (safe
        && session.isEmpty()
        && !path.equals("/api/me")
        && !path.equals("/api/openapi.yaml")
        && !path.equals("/connexion")
        && !path.equals("/compte/etat")
        && !path.equals("/compte/reinitialiser") // a reset link works on a private instance too
        && !path.equals("/accessibilite") // the accessibility statement is owed to everyone (RGAA)
        && !path.equals("/methode")
        && !accounts.publicRead()) {
      if (page && !path.endsWith("/ecosysteme")) {
        ctx.redirect(signInLink(Pages.lang(ctx), currentUrl(ctx)), HttpStatus.SEE_OTHER);
        ctx.skipRemainingHandlers();
        return;
      }
      stop(ctx, api, 401, "account.private");
    }
  }

  /**
   * Whether a change request was sent by another site: {@code Sec-Fetch-Site: cross-site} (set by
   * every current browser, not by scripts' clients), or an {@code Origin} header whose host and
   * port are not the request's own {@code Host} (through a trusted proxy, {@code
   * X-Forwarded-Host}). A request with neither header (curl, the CLI, old browsers) is left to the
   * CSRF token.
   */
  boolean crossSite(Context ctx) {
    String fetchSite = ctx.header("Sec-Fetch-Site");
    if (fetchSite != null && fetchSite.trim().equalsIgnoreCase("cross-site")) {
      return true;
    }
    String origin = ctx.header("Origin");
    if (origin == null) {
      return false;
    }
    if (origin.equals("null")) {
      return true; // sandboxed frames, data: URLs, cross-origin redirects
    }
    String host = ctx.header("Host");
    if (clients.isTrusted(ctx.req().getRemoteAddr()) && ctx.header("X-Forwarded-Host") != null) {
      host = ctx.header("X-Forwarded-Host").split(",")[0].trim();
    }
    try {
      java.net.URI uri = java.net.URI.create(origin.trim());
      if (uri.getHost() == null || host == null) {
        return true;
      }
      String originHost = uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
      String bareHost = host;
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      // "Host: example.org:443" and "Origin: https://example.org" are the same origin.
      if (("https".equals(scheme) && host.endsWith(":443"))
          || ("http".equals(scheme) && host.endsWith(":80"))) {
        bareHost = host.substring(0, host.lastIndexOf(':'));
      }
      return !originHost.equalsIgnoreCase(host) && !originHost.equalsIgnoreCase(bareHost);
    } catch (IllegalArgumentException e) {
      return true;
    }
  }

  /**
   * A field of a url-encoded or multipart form body (a multipart body was checked to be at most
   * {@link #MAX_MULTIPART_BYTES}; its parts stay available to the handler); other bodies (JSON, raw
   * CSV uploads) are never read here, so that their handlers still get the whole stream.
   */
  private static String formField(Context ctx, String name) {
    String type = ctx.contentType();
    if (type != null
        && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
      return ctx.formParam(name);
    }
    if (isMultipart(ctx)) {
      return ctx.formParam(name);
    }
    return null;
  }

  private static boolean isMultipart(Context ctx) {
    String type = ctx.contentType();
    return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
  }

  /** Stops a request with a coded refusal: JSON for the API, else an error page. */
  private void stop(Context ctx, boolean api, int status, String code) {
    stop(ctx, api, status, Refusal.of(code, ""));
  }

  private void stop(Context ctx, boolean api, int status, Refusal refusal) {
    if (api) {
      Api.error(ctx, status, List.of(refusal), Map.of());
    } else {
      ctx.status(status);
      errorPage(ctx, status, Messages.render(refusal, Pages.lang(ctx)));
    }
    ctx.skipRemainingHandlers();
  }

  /** The site's error page. */
  void errorPage(Context ctx, int status, String message) {
    pages.error(ctx, status, message);
  }

  private static String currentUrl(Context ctx) {
    String query = ctx.queryString();
    return ctx.path() + (query == null || query.isEmpty() ? "" : "?" + query);
  }

  /** The sign-in page, returning to {@code back} (a local path) afterwards. */
  public static String signInLink(Lang lang, String back) {
    StringBuilder link = new StringBuilder("/connexion");
    char separator = '?';
    if (back != null && !back.isEmpty()) {
      link.append("?retour=").append(URLEncoder.encode(back, StandardCharsets.UTF_8));
      separator = '&';
    }
    if (lang == Lang.EN) {
      link.append(separator).append("lang=en");
    }
    return link.toString();
  }

  /** Only local paths are followed after sign-in (no open redirect). */
  static String safeBack(String back) {
    if (back == null
        || !back.startsWith("/")
        || back.startsWith("//")
        || back.startsWith("/\\")
        || back.startsWith("/connexion")
        || back.chars().anyMatch(c -> c < 0x20)) {
      return "/organisations";
    }
    return back;
  }

  // ------------------------------------------------------------------ sign-in page

  private void signInPage(Context ctx) {
    Optional<Session> session = Optional.ofNullable(ctx.attribute(SESSION_ATTRIBUTE));
    if (session.isPresent()) {
      ctx.redirect(
          withLang(safeBack(ctx.queryParam("retour")), Pages.lang(ctx)), HttpStatus.SEE_OTHER);
      return;
    }
    String notice =
        ctx.queryParam("deconnecte") != null
            ? Pages.lang(ctx).pick("Vous êtes déconnecté(e).", "You are signed out.")
            : "";
    renderSignIn(ctx, 200, "", "", notice, ctx.queryParam("retour"));
  }

  private void renderSignIn(
      Context ctx, int status, String login, String error, String notice, String back) {
    String token = AccountStore.randomToken(32);
    ctx.header(
        "Set-Cookie",
        LOGIN_COOKIE
            + "="
            + token
            + "; Path=/connexion; HttpOnly; SameSite=Strict; Max-Age=3600"
            + (secure(ctx) ? "; Secure" : ""));
    Lang lang = Pages.lang(ctx);
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("lang", lang);
    params.put("langSwitch", Pages.otherLanguage(ctx));
    params.put("visitor", Visitor.ANONYMOUS);
    params.put("csrf", token);
    params.put("login", login == null ? "" : login);
    params.put("error", error);
    params.put("notice", notice);
    params.put("back", back == null ? "" : back);
    ctx.status(status);
    pages.html(ctx, "signin.jte", params);
  }

  private void signIn(Context ctx) {
    Lang lang = Pages.lang(ctx);
    String login = ctx.formParam("login");
    String back = ctx.formParam("retour");
    if (!AccountStore.sameToken(ctx.cookie(LOGIN_COOKIE), ctx.formParam("_csrf"))) {
      renderSignIn(ctx, 403, login, Messages.text(lang, "account.csrf.sign-in"), "", back);
      return;
    }
    String password = ctx.formParam("password");
    LoginResult result = accounts.login(login, password == null ? "" : password, clientIp(ctx));
    if (result instanceof LoginResult.Success success) {
      accounts.logout(ctx.cookie(COOKIE));
      ctx.header("Set-Cookie", cookie(ctx, success.session().token(), -1));
      ctx.redirect(withLang(safeBack(back), lang), HttpStatus.SEE_OTHER);
    } else if (result instanceof LoginResult.Throttled throttled) {
      ctx.header("Retry-After", Long.toString(throttled.retryAfter().toSeconds()));
      renderSignIn(ctx, 429, login, throttledMessage(throttled, lang), "", back);
    } else if (result instanceof LoginResult.Deactivated) {
      renderSignIn(ctx, 403, login, Messages.text(lang, "account.sign-in.deactivated"), "", back);
    } else {
      renderSignIn(ctx, 401, login, Messages.text(lang, "account.sign-in.failed"), "", back);
    }
  }

  private void signOut(Context ctx) {
    accounts.logout(ctx.cookie(COOKIE));
    ctx.header("Set-Cookie", cookie(ctx, "", 0));
    Lang lang = Pages.lang(ctx);
    ctx.redirect(
        "/connexion?deconnecte=1" + (lang == Lang.EN ? "&lang=en" : ""), HttpStatus.SEE_OTHER);
  }

  /** Who is signed in, for the navigation of cached pages (loaded by htmx). */
  private void status(Context ctx) {
    pages.html(
        ctx,
        "account-status.jte",
        Map.of("lang", Pages.lang(ctx), "visitor", Visitor.of(ctx), "back", ""));
  }

  private static String withLang(String path, Lang lang) {
    if (lang != Lang.EN || path.contains("lang=en")) {
      return path;
    }
    return path + (path.contains("?") ? "&" : "?") + "lang=en";
  }

  static Refusal throttled(LoginResult.Throttled throttled) {
    return Refusal.of(
        "account.sign-in.throttled", "", "seconds", throttled.retryAfter().toSeconds());
  }

  static String throttledMessage(LoginResult.Throttled throttled, Lang lang) {
    return Messages.render(throttled(throttled), lang);
  }

  private static boolean secure(Context ctx) {
    return "https".equals(ctx.scheme()) || "true".equals(System.getenv("PHARE_SECURE_COOKIE"));
  }

  private void login(Context ctx) {
    String type = ctx.contentType();
    if (type == null
        || !type.toLowerCase(Locale.ROOT).trim().matches("application/json\\s*(;.*)?")) {
      // A cross-site form or fetch without preflight can send text/plain or form bodies, never
      // JSON: accepting only JSON keeps another site from signing a visitor in (login CSRF).
      Api.error(ctx, 415, List.of(Refusal.of("account.login.json-only", "")), Map.of());
      return;
    }
    JsonNode body = Api.body(ctx);
    String login = body.path("login").asText("");
    String password = body.path("password").asText("");
    LoginResult result = accounts.login(login, password, clientIp(ctx));
    if (result instanceof LoginResult.Throttled throttled) {
      ctx.header("Retry-After", Long.toString(throttled.retryAfter().toSeconds()));
      Api.error(ctx, 429, List.of(throttled(throttled)), Map.of());
    } else if (result instanceof LoginResult.Deactivated) {
      Api.error(ctx, 403, List.of(Refusal.of("account.sign-in.deactivated", "")), Map.of());
    } else if (result instanceof LoginResult.Success success) {
      Session session = success.session();
      // The previous session of this browser, if any, ends: no session fixation.
      accounts.logout(ctx.cookie(COOKIE));
      ctx.header("Set-Cookie", cookie(ctx, session.token(), -1));
      Api.json(ctx, 200, me(session));
    } else {
      Api.error(ctx, 401, List.of(Refusal.of("account.sign-in.failed", "")), Map.of());
    }
  }

  private static String cookie(Context ctx, String value, int maxAge) {
    boolean secure = secure(ctx);
    return COOKIE
        + "="
        + value
        + "; Path=/; HttpOnly; SameSite=Lax"
        + (maxAge >= 0 ? "; Max-Age=" + maxAge : "")
        + (secure ? "; Secure" : "");
  }

  private void logout(Context ctx) {
    accounts.logout(ctx.cookie(COOKIE));
    ctx.header("Set-Cookie", cookie(ctx, "", 0));
    Api.json(ctx, 200, Map.of("signedIn", false));
  }

  private void me(Context ctx) {
    Session session = ctx.attribute(SESSION_ATTRIBUTE);
    if (session == null) {
      Api.json(ctx, 200, Map.of("signedIn", false, "publicRead", accounts.publicRead()));
    } else {
      Api.json(ctx, 200, me(session));
    }
  }

  private static Map<String, Object> me(Session session) {
    Map<String, Object> me = new LinkedHashMap<>();
    me.put("signedIn", true);
    me.put("login", session.actor().login());
    me.put("role", session.actor().permissions().role());
    me.put(
        "territories",
        session.actor().permissions().territories().stream().map(TerritoryId::toString).toList());
    me.put("csrfToken", session.csrfToken());
    return me;
  }

  private void createAccount(Context ctx) {
    Actor actor = requireActor(ctx);
    JsonNode body = Api.body(ctx);
    List<TerritoryId> territories = new ArrayList<>();
    body.path("territories").forEach(t -> territories.add(TerritoryId.parse(t.asText())));
    AccountStore.Account created =
        accounts.create(
            actor,
            body.path("login").asText(""),
            body.path("displayName").asText(""),
            body.path("password").asText(""),
            Role.parse(body.path("role").asText("")),
            territories);
    Api.json(ctx, 201, created);
  }

  private void setPublicRead(Context ctx) {
    Actor actor = requireActor(ctx);
    JsonNode body = Api.body(ctx);
    if (!body.path("publicRead").isBoolean()) {
      throw RefusedException.badInput("account.public-read.boolean", "publicRead");
    }
    accounts.setPublicRead(actor, body.path("publicRead").asBoolean());
    Api.json(ctx, 200, Map.of("publicRead", accounts.publicRead()));
  }

  // ------------------------------------------------------------------ account life cycle

  /** "Mon compte": change one's password, sign out everywhere. */
  private void accountPage(Context ctx) {
    if (ctx.attribute(SESSION_ATTRIBUTE) == null) {
      ctx.redirect(signInLink(Pages.lang(ctx), currentUrl(ctx)), HttpStatus.SEE_OTHER);
      return;
    }
    String notice =
        ctx.queryParam("change") != null
            ? Pages.lang(ctx)
                .pick(
                    "Mot de passe changé. Vos autres sessions ont été fermées.",
                    "Password changed. Your other sessions were ended.")
            : "";
    renderAccount(ctx, 200, Map.of(), notice);
  }

  private void renderAccount(Context ctx, int status, Map<String, String> errors, String notice) {
    Session session = ctx.attribute(SESSION_ATTRIBUTE);
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("lang", Pages.lang(ctx));
    params.put("langSwitch", Pages.otherLanguage(ctx));
    params.put("visitor", Visitor.of(ctx));
    params.put(
        "displayName",
        accounts
            .account(session.actor().accountId())
            .map(AccountStore.Account::displayName)
            .orElse(""));
    params.put("errors", errors);
    params.put("notice", notice);
    ctx.status(status);
    pages.html(ctx, "account-page.jte", params);
  }

  /** The messages of a refusal, one per field, for a form. */
  private static Map<String, String> fieldMessages(RefusedException e, Lang lang) {
    Map<String, String> errors = new LinkedHashMap<>();
    for (Refusal refusal : e.refusals()) {
      String field =
          refusal.field() == null || refusal.field().isEmpty() ? "form" : refusal.field();
      errors.putIfAbsent(field, Messages.render(refusal, lang));
    }
    return errors;
  }

  private void changePassword(Context ctx) {
    Session session = ctx.attribute(SESSION_ATTRIBUTE);
    Lang lang = Pages.lang(ctx);
    String next = ctx.formParam("password");
    if (next == null || !next.equals(ctx.formParam("confirmation"))) {
      renderAccount(
          ctx,
          422,
          Map.of("confirmation", Messages.text(lang, "account.password.confirmation")),
          "");
      return;
    }
    try {
      accounts.changePassword(session.actor(), ctx.formParam("current"), next, session.token());
    } catch (RefusedException e) {
      renderAccount(ctx, Messages.status(e.kind()), fieldMessages(e, lang), "");
      return;
    }
    ctx.redirect("/compte?change=1" + (lang == Lang.EN ? "&lang=en" : ""), HttpStatus.SEE_OTHER);
  }

  private void signOutEverywhere(Context ctx) {
    Session session = ctx.attribute(SESSION_ATTRIBUTE);
    accounts.endSessions(session.actor(), session.actor().accountId());
    ctx.header("Set-Cookie", cookie(ctx, "", 0));
    Lang lang = Pages.lang(ctx);
    ctx.redirect(
        "/connexion?deconnecte=1" + (lang == Lang.EN ? "&lang=en" : ""), HttpStatus.SEE_OTHER);
  }

  /** The page of a reset link: a form for the new password, or why the link is not valid. */
  private void resetPage(Context ctx) {
    String token = ctx.queryParam("jeton");
    renderReset(ctx, 200, token, Map.of());
  }

  private void renderReset(Context ctx, int status, String token, Map<String, String> errors) {
    Lang lang = Pages.lang(ctx);
    String login = accounts.resetLogin(token).orElse("");
    Map<String, String> shown = errors;
    int code = status;
    if (login.isEmpty()) {
      shown = Map.of("form", Messages.text(lang, "account.reset.invalid"));
      code = status == 200 ? 404 : status;
    }
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("lang", lang);
    params.put("langSwitch", Pages.otherLanguage(ctx));
    params.put("visitor", Visitor.of(ctx));
    params.put("token", login.isEmpty() ? "" : token);
    params.put("login", login);
    params.put("errors", shown);
    // The token is in the URL; WebServer's Referrer-Policy: same-origin keeps it from other sites.
    ctx.status(code);
    pages.html(ctx, "password-reset.jte", params);
  }

  private void reset(Context ctx) {
    Lang lang = Pages.lang(ctx);
    String token = ctx.formParam("jeton");
    String next = ctx.formParam("password");
    if (next == null || !next.equals(ctx.formParam("confirmation"))) {
      renderReset(
          ctx,
          422,
          token,
          Map.of("confirmation", Messages.text(lang, "account.password.confirmation")));
      return;
    }
    try {
      accounts.resetPassword(token, next);
    } catch (RefusedException e) {
      renderReset(ctx, Messages.status(e.kind()), token, fieldMessages(e, lang));
      return;
    }
    renderSignIn(
        ctx,
        200,
        "",
        "",
        lang.pick(
            "Mot de passe enregistré : connectez-vous avec le nouveau.",
            "Password saved: sign in with the new one."),
        "");
  }

  private void logoutEverywhere(Context ctx) {
    Actor actor = requireActor(ctx);
    int ended = accounts.endSessions(actor, actor.accountId());
    ctx.header("Set-Cookie", cookie(ctx, "", 0));
    Api.json(ctx, 200, Map.of("signedIn", false, "sessionsEnded", ended));
  }

  private void apiChangePassword(Context ctx) {
    Actor actor = requireActor(ctx);
    JsonNode body = Api.body(ctx);
    Session session = ctx.attribute(SESSION_ATTRIBUTE);
    accounts.changePassword(
        actor, body.path("current").asText(""), body.path("password").asText(""), session.token());
    Api.json(ctx, 200, Map.of("changed", true));
  }

  /** An administrator's one-time reset link for an account, to hand to its user. */
  private void resetLink(Context ctx) {
    Actor actor = requireActor(ctx);
    String token = accounts.createResetToken(actor, Api.pathId(ctx));
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("link", "/compte/reinitialiser?jeton=" + token);
    answer.put("validHours", AccountStore.RESET_LIFETIME.toHours());
    Api.json(ctx, 201, answer);
  }

  private void setActive(Context ctx) {
    Actor actor = requireActor(ctx);
    JsonNode body = Api.body(ctx);
    if (!body.path("active").isBoolean()) {
      throw RefusedException.badInput("account.active.boolean", "active");
    }
    Api.json(ctx, 200, accounts.setActive(actor, Api.pathId(ctx), body.path("active").asBoolean()));
  }

  private void endSessions(Context ctx) {
    Actor actor = requireActor(ctx);
    Api.json(ctx, 200, Map.of("sessionsEnded", accounts.endSessions(actor, Api.pathId(ctx))));
  }
}
