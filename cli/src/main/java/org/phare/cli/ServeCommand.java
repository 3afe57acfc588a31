package org.phare.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.phare.store.PhareServices;
import org.phare.web.PhareApplication;
import org.phare.web.WebServer;
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

  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      description =
          "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 behind a"
              + " reverse proxy or on a trusted network)")
  String host;

  @Mixin DatabaseOptions database;

  @Override
  public Integer call() throws InterruptedException {
    PhareServices phare = PhareServices.open(database.settings(), new ConsoleProgress());
    PhareApplication application = PhareApplication.of(phare);
    // First administrator from PHARE_ADMIN_PASSWORD, or a generated password printed once.
    application
        .ecosystem()
        .accounts()
        .ensureFirstAdministrator(System.getenv("PHARE_ADMIN_PASSWORD"), System.out::println);
    WebServer server = application.start(host, port);
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
}
