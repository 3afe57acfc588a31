package org.phare.web.account;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.phare.core.account.Actor;
import org.phare.core.account.Role;
import org.phare.core.territory.TerritoryId;
import org.phare.store.account.AccountStore;
import org.phare.store.account.LoginResult;
import org.phare.store.account.Session;

/**
 * Sign-in, sessions, CSRF protection and accounts over HTTP.
 *
 * <p>Every {@code /api/*} request is first matched with its session (cookie {@value #COOKIE}).
 * Every request that is not GET, HEAD or OPTIONS — except the login itself — must carry the
 * session's synchroniser token in the {@value #CSRF_HEADER} header (or a {@code _csrf} form field),
 * else it is refused with 403 before any handler runs. Anonymous reads are allowed only while the
 * administrator keeps the public read-only setting on.
 */
public final class AccountRoutes {

  public static final String COOKIE = "phare_session";
  public static final String CSRF_HEADER = "X-CSRF-Token";
  static final String SESSION_ATTRIBUTE = "phare.session";
  private static final Set<HandlerType> SAFE =
      Set.of(HandlerType.GET, HandlerType.HEAD, HandlerType.OPTIONS);

  private final AccountStore accounts;

  public AccountRoutes(AccountStore accounts) {
    this.accounts = accounts;
  }

  /** The signed-in actor of a request, if any. */
  public static Optional<Actor> actor(Context ctx) {
    Session session = ctx.attribute(SESSION_ATTRIBUTE);
    return Optional.ofNullable(session).map(Session::actor);
  }

  /** The signed-in actor, or a 401 failure. */
  public static Actor requireActor(Context ctx) {
    return actor(ctx)
        .orElseThrow(() -> new Api.Failure(401, "Connectez-vous pour effectuer cette action."));
  }

  public void register(Javalin app) {
    app.before("/api/*", this::filter);
    app.post("/api/login", Api.guarded(this::login));
    app.post("/api/logout", Api.guarded(this::logout));
    app.get("/api/me", Api.guarded(this::me));
    app.get(
        "/api/accounts", Api.guarded(ctx -> Api.json(ctx, 200, accounts.list(requireActor(ctx)))));
    app.post("/api/accounts", Api.guarded(this::createAccount));
    app.put("/api/settings/public-read", Api.guarded(this::setPublicRead));
  }

  private void filter(Context ctx) {
    Optional<Session> session = accounts.session(ctx.cookie(COOKIE));
    session.ifPresent(s -> ctx.attribute(SESSION_ATTRIBUTE, s));
    boolean safe = SAFE.contains(ctx.method());
    if (!safe && !ctx.path().equals("/api/login")) {
      String given = ctx.header(CSRF_HEADER);
      if (given == null) {
        given = ctx.queryParam("_csrf");
      }
      if (session.isEmpty()) {
        stop(ctx, 401, "Connectez-vous pour effectuer cette action.");
        return;
      }
      if (!AccountStore.sameToken(session.get().csrfToken(), given)) {
        stop(ctx, 403, "Jeton anti-CSRF absent ou invalide : rechargez la page et recommencez.");
        return;
      }
    }
    if (safe
        && session.isEmpty()
        && !ctx.path().equals("/api/me")
        && !ctx.path().equals("/api/openapi.yaml")
        && !accounts.publicRead()) {
      stop(ctx, 401, "Cette instance n'est pas en accès public : connectez-vous.");
    }
  }

  private static void stop(Context ctx, int status, String message) {
    Api.error(ctx, status, message, Map.of());
    ctx.skipRemainingHandlers();
  }

  private void login(Context ctx) {
    JsonNode body = Api.body(ctx);
    String login = body.path("login").asText("");
    String password = body.path("password").asText("");
    LoginResult result = accounts.login(login, password, ctx.ip());
    if (result instanceof LoginResult.Throttled throttled) {
      ctx.header("Retry-After", Long.toString(throttled.retryAfter().toSeconds()));
      Api.error(
          ctx,
          429,
          "Trop de tentatives de connexion : réessayez dans "
              + throttled.retryAfter().toMinutes()
              + " minutes.",
          Map.of());
    } else if (result instanceof LoginResult.Success success) {
      Session session = success.session();
      // The previous session of this browser, if any, ends: no session fixation.
      accounts.logout(ctx.cookie(COOKIE));
      ctx.header("Set-Cookie", cookie(ctx, session.token(), -1));
      Api.json(ctx, 200, me(session));
    } else {
      Api.error(ctx, 401, "Identifiant ou mot de passe incorrect.", Map.of());
    }
  }

  private static String cookie(Context ctx, String value, int maxAge) {
    boolean secure =
        "https".equals(ctx.scheme()) || "true".equals(System.getenv("PHARE_SECURE_COOKIE"));
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
      throw new Api.Failure(400, "publicRead : true ou false attendu.");
    }
    accounts.setPublicRead(actor, body.path("publicRead").asBoolean());
    Api.json(ctx, 200, Map.of("publicRead", accounts.publicRead()));
  }
}
