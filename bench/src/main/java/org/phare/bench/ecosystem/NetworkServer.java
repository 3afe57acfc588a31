package org.phare.bench.ecosystem;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.phare.bench.OpenDataLocation;
import org.phare.core.diagnostic.DiagnosticEngine;
import org.phare.core.indicator.IndicatorDataset;
import org.phare.store.perception.LayeredPerception;
import org.phare.web.EngineData;
import org.phare.web.PhareApplication;
import org.phare.web.WebServer;
import org.phare.web.map.GeoAtlas;

/**
 * The web application (assembled by {@link PhareApplication} as {@code phare serve} does) over the
 * {@link RegistryDatabase}, listening on loopback only, and an HTTP client for it. The indicator
 * side has no data (an empty dataset over the synthetic referential): only the ecosystem API is
 * measured.
 */
final class NetworkServer implements AutoCloseable {

  /** The measured département: 2,000 organisations, 8,642 links. */
  static final String DEPARTEMENT_NETWORK = "/api/territories/departement:07/network";

  /** France's overview (all counts and the national network metrics). */
  static final String FRANCE_OVERVIEW = "/api/territories/pays:FR/ecosystem";

  final RegistryDatabase database;
  final WebServer server;
  final HttpClient http = HttpClient.newHttpClient();

  private NetworkServer(RegistryDatabase database, WebServer server) {
    this.database = database;
    this.server = server;
  }

  static NetworkServer start() throws IOException {
    RegistryDatabase database = RegistryDatabase.open();
    EngineData data =
        new EngineData(
            new DiagnosticEngine(IndicatorDataset.builder(database.referential, List.of()).build()),
            LayeredPerception.standard(database.referential, List.of()));
    // Loopback only: the benchmark's traffic never leaves the machine.
    WebServer server =
        PhareApplication.of(
                org.phare.store.database.Database.wrap(database.jdbi),
                database.referential,
                data,
                GeoAtlas.load(OpenDataLocation.dataDir().resolve("geo")))
            .start("127.0.0.1", 0);
    return new NetworkServer(database, server);
  }

  /** GETs a path; fails on any status but 200. */
  byte[] get(String path, boolean gzip) throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
    if (gzip) {
      request.header("Accept-Encoding", "gzip");
    }
    HttpResponse<byte[]> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          path + " answered " + response.statusCode() + ": " + new String(response.body()));
    }
    if (gzip && !"gzip".equals(response.headers().firstValue("Content-Encoding").orElse(""))) {
      throw new IllegalStateException(path + " was not compressed");
    }
    return response.body();
  }

  @Override
  public void close() throws IOException {
    server.stop();
    database.close();
  }
}
