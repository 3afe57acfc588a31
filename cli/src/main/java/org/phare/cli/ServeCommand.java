package org.phare.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.phare.store.PhareServices;
import org.phare.store.ecosystem.EcosystemServices;
import org.phare.web.WebServer;
import org.phare.web.account.AccountRoutes;
import org.phare.web.ecosystem.EcosystemRoutes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code phare serve}: starts the web application and waits. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Starts Phare: the embedded PostgreSQL (or --database-url), the open data loaded on first"
          + " start, and the web application; prints its URL. Stop with Ctrl-C."
    })
public final class ServeCommand implements Callable<Integer> {

  @Option(
      names = "--port",
      defaultValue = "7070",
      description = "HTTP port (default: ${DEFAULT-VALUE}; 0 = any free port)")
  int port;

  @Mixin DatabaseOptions database;

  @Override
  public Integer call() throws InterruptedException {
    PhareServices phare = PhareServices.open(database.settings(), new ConsoleProgress());
    // Ecosystem registry and accounts (issue 5): first administrator from PHARE_ADMIN_PASSWORD or
    // printed once; account routes first, their filter checks sessions and CSRF tokens.
    EcosystemServices ecosystem = EcosystemServices.of(phare);
    ecosystem
        .accounts()
        .ensureFirstAdministrator(System.getenv("PHARE_ADMIN_PASSWORD"), System.out::println);
    WebServer server =
        WebServer.start(
            phare,
            WebServer.geoDir(phare),
            port,
            java.util.List.of(
                new AccountRoutes(ecosystem.accounts())::register,
                new EcosystemRoutes(ecosystem)::register,
                matchingRoutes(phare, ecosystem)));
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.stop();
                  phare.close();
                  stopped.countDown();
                }));
    System.out.println("Phare est prêt : " + server.url());
    System.out.flush();
    stopped.await();
    return 0;
  }

  /** Mise en relation (issue 6): suggestions and speed-dating events over the registry. */
  private static org.phare.web.matching.MatchingRoutes matchingRoutes(
      org.phare.store.PhareServices phare, EcosystemServices ecosystem) {
    org.phare.store.matching.MatchingService matching =
        org.phare.store.matching.MatchingService.of(phare, ecosystem);
    return new org.phare.web.matching.MatchingRoutes(
        matching,
        new org.phare.store.matching.SpeedDatingEvents(
            phare.database().jdbi(), ecosystem.registry(), matching),
        ecosystem.accounts());
  }
}
