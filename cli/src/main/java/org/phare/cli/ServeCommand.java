package org.phare.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.phare.store.PhareServices;
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

  @Mixin DatabaseOptions database;

  @Override
  public Integer call() throws InterruptedException {
    PhareServices phare = PhareServices.open(database.settings(), new ConsoleProgress());
    WebServer server = WebServer.start(phare, port);
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
