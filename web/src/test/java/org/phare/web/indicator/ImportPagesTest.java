package org.phare.web.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.phare.core.testing.SharedData;
import org.phare.store.Progress;
import org.phare.store.indicator.ReadOptions;
import org.phare.web.WebFixture;
import org.phare.web.account.Api;

/**
 * The import page over HTTP on the full application with the real open data: an editor uploads a
 * real file with one value changed, sees the preview, confirms, and the report's CSV shows the new
 * value at once; viewers, missing CSRF tokens, oversized files, binaries renamed .csv and files
 * with errors are refused in French with nothing stored. The real file is imported back at the end.
 */
class ImportPagesTest {

  static final Path IMMIGRATION =
      SharedData.path("indicators/immigration/part_immigres_departements_2021.csv");

  static WebFixture web;
  static final HttpClient HTTP =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  record Session(String cookie, String csrf) {}

  @BeforeAll
  static void start() {
    web = WebFixture.get();
    web.resetEcosystem();
  }

  @AfterAll
  static void restore() throws Exception {
    web.services
        .indicatorImports()
        .importFile(IMMIGRATION, "immigration", ReadOptions.auto(), Progress.NONE);
  }

  static Session login(String login) throws Exception {
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(WebFixture.get().url("/api/login")))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"login\":\""
                            + login
                            + "\",\"password\":\""
                            + WebFixture.PASSWORD
                            + "\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    String setCookie = response.headers().firstValue("Set-Cookie").orElseThrow();
    JsonNode body = Api.JSON.readTree(response.body());
    return new Session(
        setCookie.substring(0, setCookie.indexOf(';')), body.path("csrfToken").asText());
  }

  static HttpResponse<String> get(Session session, String path) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(WebFixture.get().url(path))).GET();
    if (session != null) {
      request.header("Cookie", session.cookie());
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** A multipart upload as a browser sends it: the CSRF field first, then the file. */
  static HttpResponse<String> upload(Session session, String csrf, String fileName, byte[] content)
      throws Exception {
    String boundary = "----phare" + System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    if (csrf != null) {
      body.write(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n"
                  + csrf
                  + "\r\n")
              .getBytes(StandardCharsets.UTF_8));
    }
    body.write(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"fichier\"; filename=\""
                + fileName
                + "\"\r\nContent-Type: text/csv\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.write(content);
    body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(WebFixture.get().url("/donnees/importer")))
            .header("Cookie", session.cookie())
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<String> postForm(Session session, String path, String form) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(WebFixture.get().url(path)))
            .header("Cookie", session.cookie())
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static String field(String html, String name) {
    Matcher m = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(html);
    assertThat(m.find()).as(name + " in " + html).isTrue();
    return m.group(1);
  }

  static String text(String html, String id) {
    Matcher m = Pattern.compile("id=\"" + id + "\"[^>]*>([^<]*)<").matcher(html);
    assertThat(m.find()).as(id).isTrue();
    return m.group(1);
  }

  /** The Loiret's row of the real file set to a new share. */
  static byte[] loiretChanged(String share) throws IOException {
    List<String> lines = Files.readAllLines(IMMIGRATION, StandardCharsets.UTF_8);
    lines.replaceAll(l -> l.startsWith("45,Loiret,") ? "45,Loiret," + share : l);
    return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  static String loiretCsvLine() throws Exception {
    String csv = get(null, "/territoire/departement/45/donnees.csv").body();
    return csv.lines().filter(l -> l.contains("immigres-part")).findFirst().orElse("");
  }

  long importLogSize() {
    return web.services
        .database()
        .jdbi()
        .withHandle(
            h -> h.createQuery("select count(*) from indicator_import").mapTo(Long.class).one());
  }

  @Test
  void an_editor_uploads_previews_confirms_and_the_report_csv_shows_the_new_value()
      throws Exception {
    Session editor = login("loiret1");
    HttpResponse<String> form = get(editor, "/donnees/importer");
    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(form.body()).contains("Importer des données").contains("100 Mo au plus");
    assertThat(loiretCsvLine()).doesNotContain("12.5").doesNotContain("12,5");

    HttpResponse<String> preview =
        upload(editor, field(form.body(), "_csrf"), "immigres.csv", loiretChanged("12.5"));
    assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
    assertThat(text(preview.body(), "import-format")).isEqualTo("immigration");
    assertThat(text(preview.body(), "import-rows")).isEqualTo("101");
    assertThat(text(preview.body(), "import-levels")).isEqualTo("département");
    assertThat(text(preview.body(), "import-vintages")).isEqualTo("2021");
    assertThat(text(preview.body(), "import-inserted")).isEqualTo("0");
    assertThat(text(preview.body(), "import-updated")).isEqualTo("1");
    assertThat(text(preview.body(), "import-unchanged")).isEqualTo("100");
    assertThat(preview.body())
        .contains("<td>immigres-part</td><td>Part des immigrés dans la population</td>");
    assertThat(loiretCsvLine()).as("nothing stored before confirming").doesNotContain("12.5");

    HttpResponse<String> confirmed =
        postForm(
            editor,
            "/donnees/importer/confirmer",
            "_csrf="
                + editor.csrf()
                + "&upload="
                + URLEncoder.encode(field(preview.body(), "upload"), StandardCharsets.UTF_8));
    assertThat(confirmed.statusCode()).isEqualTo(303);
    String location = confirmed.headers().firstValue("Location").orElseThrow();
    assertThat(location).startsWith("/donnees/importer/termine/");
    HttpResponse<String> done = get(editor, location);
    assertThat(done.statusCode()).isEqualTo(200);
    assertThat(done.body())
        .contains("101 valeurs lues, 0 nouvelles, 1 modifiées, 100 inchangées")
        .contains("/territoire/departement/01");
    assertThat(loiretCsvLine()).containsAnyOf("12.5", "12,5");

    // who imported what is in the audit log, written in the import's transaction
    String audit =
        web.services
            .database()
            .jdbi()
            .withHandle(
                h ->
                    h.createQuery(
                            "select login || ' ' || (after_json->>'file') || ' '"
                                + " || (after_json->>'updated') from audit_log"
                                + " where entity = 'indicator_import' order by id desc limit 1")
                        .mapTo(String.class)
                        .one());
    assertThat(audit).isEqualTo("loiret1 immigres.csv 1");

    // the upload is gone: confirming twice asks to upload again
    HttpResponse<String> again =
        postForm(
            editor,
            "/donnees/importer/confirmer",
            "_csrf=" + editor.csrf() + "&upload=" + field(preview.body(), "upload"));
    assertThat(again.statusCode()).isEqualTo(410);
    assertThat(again.body()).contains("importez-le à nouveau");
  }

  @Test
  void a_file_with_errors_lists_every_error_in_french_and_stores_nothing() throws Exception {
    Session editor = login("loiret1");
    long before = importLogSize();
    String bad =
        "indicator;level;code;vintage;value\n"
            + "chomage-taux;departement;45;1902-T1;sept\n"
            + "chomage-taux;departement;18;1902-T1;7,2\n"
            + "pauvrete-taux;commune;97501;1902;10\n"
            + "indicateur-inconnu;departement;41;1902-T1;7\n";
    HttpResponse<String> refused =
        upload(editor, editor.csrf(), "erreurs.csv", bad.getBytes(StandardCharsets.UTF_8));
    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.body())
        .contains("est refusé : 3 erreurs. Rien n’a été enregistré.")
        .contains(
            "<td class=\"num\">2</td><td class=\"num\">5</td><td>value</td><td>« sept » n’est pas un nombre.</td>")
        .contains("Aucune commune avec le code « 97501 » dans le référentiel (COG 2026).")
        .contains("Indicateur inconnu : « indicateur-inconnu » n’est pas dans le catalogue.");
    assertThat(importLogSize()).isEqualTo(before);
  }

  @Test
  void a_viewer_gets_403_and_an_anonymous_visitor_is_sent_to_sign_in() throws Exception {
    Session viewer = login("lecteur");
    assertThat(get(viewer, "/donnees/importer").statusCode()).isEqualTo(403);
    HttpResponse<String> upload = upload(viewer, viewer.csrf(), "a.csv", loiretChanged("1.0"));
    assertThat(upload.statusCode()).isEqualTo(403);
    assertThat(upload.body()).contains("lecture seule");
    HttpResponse<String> anonymous = get(null, "/donnees/importer");
    assertThat(anonymous.statusCode()).isEqualTo(303);
    assertThat(anonymous.headers().firstValue("Location").orElseThrow()).startsWith("/connexion");
  }

  @Test
  void an_upload_without_the_csrf_token_is_refused_with_403() throws Exception {
    Session editor = login("loiret1");
    long before = importLogSize();
    HttpResponse<String> response = upload(editor, null, "a.csv", loiretChanged("1.0"));
    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.body()).contains("Jeton anti-CSRF absent ou invalide");
    assertThat(importLogSize()).isEqualTo(before);
  }

  @Test
  void a_file_over_the_limit_is_refused_with_413_in_french() throws Exception {
    Session editor = login("loiret1");
    byte[] big = new byte[(int) AccountLimit.BYTES + 1];
    java.util.Arrays.fill(big, (byte) 'a');
    HttpResponse<String> response = upload(editor, editor.csrf(), "gros.csv", big);
    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.body()).contains("Fichier trop volumineux : la limite est de 100 Mo.");
  }

  /** The filter's multipart limit. */
  static final class AccountLimit {
    static final long BYTES = org.phare.web.account.AccountRoutes.MAX_MULTIPART_BYTES;
  }

  @Test
  void a_zip_or_a_png_renamed_csv_is_refused_in_french() throws Exception {
    Session editor = login("loiret1");
    HttpResponse<String> zip =
        upload(editor, editor.csrf(), "classeur.csv", new byte[] {'P', 'K', 3, 4, 20, 0, 8, 0});
    assertThat(zip.statusCode()).isEqualTo(422);
    assertThat(zip.body())
        .contains("Ce fichier n’est pas un fichier texte CSV (archive ZIP, classeur XLSX ou ODS)");
    HttpResponse<String> png =
        upload(
            editor,
            editor.csrf(),
            "image.csv",
            new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13});
    assertThat(png.statusCode()).isEqualTo(422);
    assertThat(png.body()).contains("(image PNG)");
    HttpResponse<String> unknown =
        upload(
            editor,
            editor.csrf(),
            "autre.csv",
            "nom;prénom\nA;B\n".getBytes(StandardCharsets.UTF_8));
    assertThat(unknown.statusCode()).isEqualTo(422);
    assertThat(unknown.body()).contains("En-tête non reconnu");
  }
}
