package org.phare.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.phare.core.testing.SharedData;
import org.phare.store.PhareServices;
import org.phare.store.Settings;

/**
 * One embedded PostgreSQL with the real open data and one web server per test JVM: starting and
 * loading take seconds, so every web test shares them. Closed by a shutdown hook.
 */
public final class WebFixture {

  private static WebFixture instance;

  public final PhareServices services;
  public final PhareData data;
  public final WebServer server;

  /** The registry and accounts over the same database (pages, API and the report's part 3-4). */
  public final org.phare.store.ecosystem.EcosystemServices ecosystem;

  /** The application as {@code phare serve} assembles it. */
  public final PhareApplication application;

  private WebFixture() throws IOException {
    // Every test request comes from 127.0.0.1: the anonymous PDF budget per address
    // (AddressBudget, 6 a minute in production) would make the suite's PDFs depend on its pace.
    if (System.getProperty("phare.pdf.per-address-per-minute") == null) {
      System.setProperty("phare.pdf.per-address-per-minute", "100000");
    }
    // Under target/ so that re-runs reuse the loaded database (mvn clean starts afresh).
    Path dir = Path.of("target", "web-test-db").toAbsolutePath();
    Files.createDirectories(dir);
    services = PhareServices.open(Settings.forTests(dir));
    application = PhareApplication.of(services, SharedData.path("geo"));
    data = application.data();
    ecosystem = application.ecosystem();
    server = application.start("127.0.0.1", 0);
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

  public static final String PASSWORD = "mot de passe solide";

  /**
   * Empty registry and accounts: {@code admin}, two Loiret editors ({@code loiret1}, {@code
   * loiret2}), a Cher editor ({@code cher}) and a viewer ({@code lecteur}); public read on.
   */
  public void resetEcosystem() {
    services
        .database()
        .jdbi()
        .useHandle(
            h -> {
              h.execute(
                  "TRUNCATE eco_evaluation_answer, eco_evaluation, eco_initiative_participant,"
                      + " eco_initiative, eco_partnership_member, eco_partnership,"
                      + " eco_organisation, acc_session, acc_login_attempt,"
                      + " acc_account_territory, acc_account, audit_log RESTART IDENTITY CASCADE");
              h.execute("UPDATE acc_setting SET value = 'true' WHERE key = 'public_read'");
            });
    var accounts = ecosystem.accounts();
    accounts.ensureFirstAdministrator(PASSWORD, s -> {});
    var admin = accounts.actor(1).orElseThrow();
    var loiret = org.phare.core.territory.TerritoryId.parse("departement:45");
    var editor = org.phare.core.account.Role.EDITOR;
    accounts.create(admin, "loiret1", "", PASSWORD, editor, List.of(loiret));
    accounts.create(admin, "loiret2", "", PASSWORD, editor, List.of(loiret));
    accounts.create(
        admin,
        "cher",
        "",
        PASSWORD,
        editor,
        List.of(org.phare.core.territory.TerritoryId.parse("departement:18")));
    accounts.create(admin, "lecteur", "", PASSWORD, org.phare.core.account.Role.VIEWER, List.of());
  }

  public String url(String path) {
    return "http://localhost:" + server.port() + path;
  }
}
