package org.phare.web;

import io.javalin.Javalin;

/**
 * A feature that adds its routes to the application (report, dashboard, and later accounts,
 * organisations and the ecosystem map from other modules). Modules are registered in order by
 * {@link WebServer#start(PhareData, int, java.util.List)}.
 */
@FunctionalInterface
public interface RouteModule {
  void register(Javalin app);
}
