package org.phare.web.security;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.phare.core.account.Role;
import org.phare.core.message.Refusal;
import org.phare.core.message.RefusedException;
import org.phare.web.RouteModule;
import org.phare.web.account.AccountRoutes;
import org.phare.web.account.Api;

/**
 * A viewer's account reads (security.md: "VIEWER: read"): any other request from it is refused 403
 * before its handler runs. Without this, a viewer's empty or invalid body was answered 400 or 422
 * by the handlers' validation, which runs before the store's rights check; the answer now says what
 * is wrong (the account), whatever the body. Registered after the accounts' filter, which resolves
 * the session; signing out stays open to every account.
 */
public final class ReadOnlyAccounts implements RouteModule {

  private static final Set<HandlerType> SAFE =
      Set.of(HandlerType.GET, HandlerType.HEAD, HandlerType.OPTIONS);

  /** What every signed-in account may do to itself, viewers included. */
  private static final Set<String> ANY_ACCOUNT =
      Set.of(
          "/api/logout",
          "/deconnexion",
          "/api/logout-everywhere",
          "/compte/deconnexion-partout",
          "/api/me/password",
          "/compte/mot-de-passe",
          "/compte/reinitialiser");

  @Override
  public void register(Javalin app) {
    app.before(ReadOnlyAccounts::refuseViewerWrites);
  }

  private static void refuseViewerWrites(Context ctx) {
    if (SAFE.contains(ctx.method()) || ANY_ACCOUNT.contains(ctx.path())) {
      return;
    }
    boolean viewer =
        AccountRoutes.actor(ctx)
            .map(actor -> actor.permissions().role() == Role.VIEWER)
            .orElse(false);
    if (!viewer) {
      return;
    }
    Refusal refusal = Refusal.of("registry.forbidden.read-only", "");
    if (ctx.path().startsWith("/api/")) {
      Api.error(ctx, 403, List.of(refusal), Map.of());
      ctx.skipRemainingHandlers();
      return;
    }
    // pages: the application's refusal page (WebServer's handler of coded refusals)
    throw RefusedException.forbidden("registry.forbidden.read-only", "");
  }
}
