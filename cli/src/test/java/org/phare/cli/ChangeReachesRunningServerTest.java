package org.phare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.phare.core.territory.TerritoryId;
import org.phare.core.testing.SharedData;
import org.phare.store.PhareServices;
import org.phare.store.Settings;
import org.phare.web.PhareApplication;
import org.phare.web.WebServer;

/**
 * A change committed by another process reaches a running server's pages within a second: the
 * server runs in this JVM on its own embedded PostgreSQL (as {@code phare serve}), and {@code phare
 * import indicators} runs as a separate process, pointed at the same data folder (it then works
 * through the server's PostgreSQL) or at its database URL (as a second instance would). The
 * imported value replaces the Loiret's latest localised unemployment rate; the report page, its CSV
 * and the dashboard map must show it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ChangeReachesRunningServerTest {

  static final TerritoryId LOIRET = TerritoryId.parse("departement:45");
  static final String INDICATOR = "chomage-taux";

  static Path folder;
  static PhareServices services;
  static WebServer server;
  static String vintage;
  static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void serve() throws IOException {
    folder = Files.createTempDirectory("phare-serve-");
    services = PhareServices.open(new Settings(null, folder.resolve("data"), SharedData.dataDir()));
    server = PhareApplication.of(services).start("127.0.0.1", 0);
    var dataset = services.diagnostics().dataset();
    List<String> vintages = dataset.vintages(INDICATOR, LOIRET.level());
    vintage = vintages.get(vintages.size() - 1);
  }

  @AfterAll
  static void stop() {
    server.stop();
    services.close();
  }

  @Test
  @Order(1)
  void
      an_import_by_the_cli_on_the_servers_data_folder_shows_in_the_report_csv_and_map_within_a_second()
          throws Exception {
    String mapBefore = get("/carte.svg?domaine=EMPLOYMENT&niveau=departement");
    assertThat(get(reportPath())).doesNotContain("42,4");

    Process cli = cli("--data-dir", folder.resolve("data").toString(), value("42.4"));
    assertThat(cli.waitFor()).as(output(cli)).isZero();
    long committed = System.nanoTime();

    // the report page and the CSV (both with a French decimal comma) and the map's Loiret score
    String report = awaitGet(reportPath(), page -> page.contains("42,4"), committed);
    assertThat(report).contains("42,4");
    awaitGet(csvPath(), csv -> csvValue(csv).equals("42,4"), committed);
    String mapAfter =
        awaitGet(
            "/carte.svg?domaine=EMPLOYMENT&niveau=departement",
            map -> !loiretScore(map).equals(loiretScore(mapBefore)),
            committed);
    assertThat(loiretScore(mapAfter)).isNotEqualTo(loiretScore(mapBefore));
  }

  @Test
  @Order(2)
  void an_import_by_a_second_process_on_the_database_url_shows_within_a_second() throws Exception {
    String url;
    try (var connection = services.database().dataSource().getConnection()) {
      url = connection.getMetaData().getURL(); // jdbc:postgresql://localhost:port/postgres?user=...
    }
    // the embedded server asks for the password kept in its folder, as any external URL would
    url +=
        "&password="
            + Files.readString(
                    folder.resolve("data").resolve(org.phare.store.database.EmbeddedPassword.FILE))
                .strip();
    Process cli = cli("--database-url", url, value("37.9"));
    assertThat(cli.waitFor()).as(output(cli)).isZero();
    long committed = System.nanoTime();
    awaitGet(reportPath(), page -> page.contains("37,9"), committed);
    awaitGet(csvPath(), csv -> csvValue(csv).equals("37,9"), committed);
  }

  static String reportPath() {
    return "/territoire/departement/45";
  }

  static String csvPath() {
    return "/territoire/departement/45/donnees.csv";
  }

  /**
   * The {@code valeur} cell of the CSV row of the indicator, the file being in the French
   * spreadsheet format (BOM, {@code ;}, decimal comma); the column found by its header.
   */
  static String csvValue(String csv) {
    String[] lines = csv.replace("\uFEFF", "").split("\r\n");
    int value = java.util.Arrays.asList(lines[0].split(";", -1)).indexOf("valeur");
    assertThat(value).as("the CSV has a « valeur » column").isNotNegative();
    for (String line : lines) {
      if (line.contains("Taux de chômage localisé")) {
        return line.split(";", -1)[value];
      }
    }
    return "";
  }

  /** The Loiret's score in the map's tooltip ("Loiret : +0,53"). */
  static String loiretScore(String svg) {
    Matcher m = Pattern.compile("Loiret : ([^<]+)<").matcher(svg);
    assertThat(m.find()).as("the map names the Loiret").isTrue();
    return m.group(1);
  }

  /** A one-row long CSV that sets the Loiret's latest rate. */
  Path value(String rate) throws IOException {
    Path file = folder.resolve("rate-" + rate + ".csv");
    Files.writeString(
        file,
        "indicator,level,code,vintage,value\n"
            + INDICATOR
            + ",departement,45,"
            + vintage
            + ","
            + rate
            + "\n",
        StandardCharsets.UTF_8);
    return file;
  }

  /** {@code phare import indicators} in a new JVM, with the test's class path. */
  static Process cli(String option, String value, Path file) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("org.phare.cli.Phare");
    command.addAll(
        List.of(
            "import",
            "indicators",
            "--file",
            file.toString(),
            "--format",
            "long",
            option,
            value,
            "--open-data",
            SharedData.dataDir().toString()));
    return new ProcessBuilder(command).redirectErrorStream(true).start();
  }

  static String output(Process process) {
    try {
      return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return e.toString();
    }
  }

  static String get(String path) throws IOException, InterruptedException {
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return response.body();
  }

  /**
   * Polls {@code path} until {@code wanted} holds, at most one second after {@code committed} (the
   * end of the importing process, after its commit).
   */
  static String awaitGet(String path, Predicate<String> wanted, long committed)
      throws IOException, InterruptedException {
    long deadline = committed + Duration.ofSeconds(1).toNanos();
    String body = get(path);
    while (!wanted.test(body) && System.nanoTime() < deadline) {
      Thread.sleep(20);
      body = get(path);
    }
    assertThat(wanted.test(body))
        .as(
            "%s shows the change %d ms after the import ended",
            path, (System.nanoTime() - committed) / 1_000_000)
        .isTrue();
    return body;
  }
}
