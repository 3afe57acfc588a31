package org.phare.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.phare.core.testing.SharedData;
import org.phare.store.PhareServices;
import org.phare.store.Settings;
import org.phare.web.map.GeoAtlas;

/**
 * One embedded PostgreSQL with the real open data and one web server per test JVM: starting and
 * loading take seconds, so every web test shares them. Closed by a shutdown hook.
 */
public final class WebFixture {

  private static WebFixture instance;

  public final PhareServices services;
  public final PhareData data;
  public final WebServer server;

  private WebFixture() throws IOException {
    // Under target/ so that re-runs reuse the loaded database (mvn clean starts afresh).
    Path dir = Path.of("target", "web-test-db").toAbsolutePath();
    Files.createDirectories(dir);
    services = PhareServices.open(Settings.forTests(dir));
    data = new CachingData(ServicesData.of(services));
    server = WebServer.start(data, GeoAtlas.load(SharedData.path("geo")), 0, List.of());
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.stop();
                  services.close();
                }));
  }

  public static synchronized WebFixture get() {
    if (instance == null) {
      try {
        instance = new WebFixture();
      } catch (IOException e) {
        throw new IllegalStateException("cannot start the web test fixture", e);
      }
    }
    return instance;
  }

  public String url(String path) {
    return "http://localhost:" + server.port() + path;
  }
}
