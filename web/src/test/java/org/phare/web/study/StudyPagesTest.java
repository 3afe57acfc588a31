package org.phare.web.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.phare.core.indicator.Domain;
import org.phare.web.ecosystem.WebFixture;

/**
 * Studies over HTTP, as a browser sends forms: an organiser of the Loiret creates, publishes and
 * follows a study; anonymous respondents open its links, save, submit, and are refused with French
 * messages next to the fields named.
 */
class StudyPagesTest {

  final WebFixture fixture = WebFixture.get();
  WebFixture.Client organiser;

  @BeforeEach
  void reset() {
    fixture.reset();
    fixture.jdbi.useHandle(h -> h.execute("TRUNCATE study, study_rate RESTART IDENTITY CASCADE"));
    organiser = fixture.login("loiret1");
  }

  HttpResponse<String> post(
      WebFixture.Client client, String path, List<String[]> fields, String... headers) {
    List<String[]> all = new ArrayList<>(fields);
    if (client != null && client.csrf() != null) {
      all.add(new String[] {"_csrf", client.csrf()});
    }
    StringBuilder body = new StringBuilder();
    for (String[] f : all) {
      body.append(body.length() > 0 ? "&" : "")
          .append(URLEncoder.encode(f[0], StandardCharsets.UTF_8))
          .append('=')
          .append(URLEncoder.encode(f[1], StandardCharsets.UTF_8));
    }
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(fixture.base + path))
            .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
            .header("Content-Type", "application/x-www-form-urlencoded");
    if (client != null && client.cookie() != null) {
      builder.header("Cookie", client.cookie());
    }
    for (int i = 0; i < headers.length; i += 2) {
      builder.header(headers[i], headers[i + 1]);
    }
    return send(builder.build());
  }

  HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(fixture.base + path)).GET().build());
  }

  HttpResponse<String> send(HttpRequest request) {
    try {
      return fixture.http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static String find(String regex, String text) {
    Matcher m = Pattern.compile(regex).matcher(text);
    assertThat(m.find()).as(regex).isTrue();
    return m.group(1);
  }

  static String[] f(String name, String value) {
    return new String[] {name, value};
  }

  /** Creates and publishes a study of the Loiret for citizens and companies; its id. */
  long publishedStudy() {
    HttpResponse<String> created =
        post(
            organiser,
            "/etudes/nouvelle",
            List.of(
                f("title", "Regards sur le Loiret"),
                f("territory", "departement:45"),
                f("actors", "CITIZENS"),
                f("actors", "COMPANIES"),
                f("opens", "2026-01-01"),
                f("closes", "2099-12-31"),
                f("organiser", "Conseil départemental du Loiret"),
                f("privacy", "Réponses anonymes, gardées 2 ans, pour le diagnostic.")));
    assertThat(created.statusCode()).isEqualTo(303);
    String location = created.headers().firstValue("Location").orElseThrow();
    long id = Long.parseLong(find("/etudes/(\\d+)", location));
    assertThat(post(organiser, "/etudes/" + id + "/publier", List.of()).statusCode())
        .isEqualTo(303);
    return id;
  }

  /** The public link of an actor type, read from the study's page. */
  String link(long id, String actor) {
    HttpResponse<String> page = organiser.get("/etudes/" + id);
    assertThat(page.statusCode()).isEqualTo(200);
    return find("id=\"link-" + actor + "\" href=\"[^\"]*(/etude/[A-Za-z0-9_-]+)\"", page.body());
  }

  /** Opens a link as a new respondent: the resume address and the form's nonce. */
  String[] open(String link) {
    HttpResponse<String> opened = get(link);
    assertThat(opened.statusCode()).isEqualTo(303);
    String form = opened.headers().firstValue("Location").orElseThrow();
    HttpResponse<String> page = get(form);
    assertThat(page.statusCode()).isEqualTo(200);
    return new String[] {form, find("name=\"_nonce\" value=\"([^\"]+)\"", page.body())};
  }

  static List<String[]> citizen(String nonce) {
    List<String[]> a = new ArrayList<>();
    a.add(f("_nonce", nonce));
    a.add(f("site_web", ""));
    a.add(f("sex", "FEMALE"));
    a.add(f("age", "A50_64"));
    a.add(f("commune", "Orléans (45234)"));
    for (Domain d : Domain.values()) {
      a.add(f("fragility." + d.name(), "6"));
    }
    a.add(f("priorities", "EMPLOYMENT"));
    a.add(f("priorities", "HEALTH"));
    a.add(f("priorities", "MOBILITY"));
    a.add(f("innovation", "AGREE"));
    a.add(f("action", "submit"));
    return a;
  }

  @Test
  void anOrganiserPublishesAndARespondentAnswersThenTheFollowUpCountsIt() {
    long id = publishedStudy();
    String link = link(id, "citizens");
    String[] respondent = open(link);
    HttpResponse<String> form = get(respondent[0]);
    assertThat(form.body())
        .contains("Regards sur le Loiret")
        .contains("Conseil départemental du Loiret")
        .contains("Réponses anonymes, gardées 2 ans, pour le diagnostic.")
        .contains("<legend>Santé</legend>")
        .contains("Enregistrer et reprendre plus tard")
        .doesNotContain("Population de votre commune"); // a mayors' question
    assertThat(form.headers().firstValue("Cache-Control")).contains("no-store");

    HttpResponse<String> sent = post(null, respondent[0], citizen(respondent[1]));
    assertThat(sent.statusCode()).isEqualTo(303);
    assertThat(sent.headers().firstValue("Location").orElseThrow()).endsWith("/merci");
    assertThat(get(sent.headers().firstValue("Location").orElseThrow()).body())
        .contains("Votre réponse a bien été reçue et enregistrée.");

    String page = organiser.get("/etudes/" + id).body();
    // citizens: 1 started, 1 submitted, 100 %, base < 30
    assertThat(page)
        .containsPattern(
            "<th scope=\"row\">Citoyens</th><td class=\"num\">1</td><td class=\"num\">1</td>"
                + "<td class=\"num\">100\u202F%</td>")
        .contains("base &lt; 30 : non publiée")
        .contains("Orléans (45234)")
        .contains("Loiret (45)");
  }

  @Test
  void refusedAnswersComeBackWithFrenchMessagesNextToTheirFieldsAndNothingIsLost() {
    String[] r = open(link(publishedStudy(), "citizens"));
    List<String[]> answers = citizen(r[1]);
    answers.removeIf(x -> x[0].equals("fragility.EDUCATION") || x[1].equals("MOBILITY"));
    answers.add(f("fragility.EDUCATION", "11"));
    answers.add(f("comment", "<script>alert(1)</script>"));
    HttpResponse<String> refused = post(null, r[0], answers);
    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.body())
        .contains("Votre réponse n’a pas été envoyée : corrigez les questions signalées.")
        .contains("« Éducation » : une valeur de 1 à 10 est attendue (« 11 » donné).")
        .contains("choisissez exactement 3 domaines différents (2 choisis)")
        .contains("id=\"error-q-fragility-EDUCATION\"")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        .doesNotContain("<script>alert(1)");
    // the draft kept what was typed
    assertThat(get(r[0]).body()).contains("value=\"HEALTH\" selected");
  }

  @Test
  void aSavedDraftIsThereWhenTheRespondentComesBack() {
    String[] r = open(link(publishedStudy(), "companies"));
    HttpResponse<String> saved =
        post(
            null,
            r[0],
            List.of(f("_nonce", r[1]), f("company_sector", "INDUSTRY"), f("action", "save")));
    assertThat(saved.statusCode()).isEqualTo(303);
    HttpResponse<String> back = get(saved.headers().firstValue("Location").orElseThrow());
    assertThat(back.body())
        .contains("Vos réponses sont enregistrées. Pour reprendre plus tard, gardez cette adresse")
        .contains("value=\"INDUSTRY\" checked");
  }

  @Test
  void withoutTheNonceFromAnotherSiteOrWithTheHoneypotNothingIsStored() {
    String[] r = open(link(publishedStudy(), "citizens"));
    List<String[]> forged = citizen("forged");
    assertThat(post(null, r[0], forged).statusCode()).isEqualTo(403);
    assertThat(post(null, r[0], citizen(r[1]), "Origin", "https://evil.example").statusCode())
        .isEqualTo(403);
    List<String[]> robot = citizen(r[1]);
    robot.add(f("site_web", "http://spam.example"));
    robot.removeIf(x -> x[0].equals("site_web") && x[1].isEmpty());
    HttpResponse<String> trapped = post(null, r[0], robot);
    assertThat(trapped.statusCode()).isEqualTo(422);
    assertThat(trapped.body()).contains("un champ réservé aux robots a été rempli");
    long stored =
        fixture.jdbi.withHandle(
            h -> h.createQuery("SELECT count(*) FROM study_response").mapTo(Long.class).one());
    assertThat(stored).isZero();
  }

  @Test
  void invitationsComeAsACsvOfSingleUseLinksAndASecondAnswerIsRefusedInFrench() {
    long id = publishedStudy();
    HttpResponse<String> csv =
        post(
            organiser,
            "/etudes/" + id + "/invitations",
            List.of(
                f("actor", "CITIZENS"),
                f("identifiers", "marie@example.org\n=HYPERLINK(\"x\")\n")));
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
    List<String> lines = csv.body().lines().toList();
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0)).isEqualTo("\uFEFFidentifiant;type_acteur_code;type_acteur;lien");
    assertThat(lines.get(1)).startsWith("marie@example.org;CITIZENS;Citoyens;http://127.0.0.1:");
    assertThat(lines.get(2)).startsWith("\"'=HYPERLINK(\"\"x\"\")\";CITIZENS;Citoyens;");
    String invitation = find("(/etude/[A-Za-z0-9_-]+)$", lines.get(1));
    String[] r = open(invitation);
    assertThat(post(null, r[0], citizen(r[1])).statusCode()).isEqualTo(303);
    HttpResponse<String> again = get(invitation);
    assertThat(again.statusCode()).isEqualTo(422);
    assertThat(again.body())
        .contains(
            "Ce lien d’invitation à l’étude « Regards sur le Loiret » a déjà servi à répondre");
  }

  @Test
  void aClosedStudyRefusesAnswersAndOtherEditorsCannotSeeIt() {
    long id = publishedStudy();
    String link = link(id, "citizens");
    String[] r = open(link);
    assertThat(post(organiser, "/etudes/" + id + "/cloturer", List.of()).statusCode())
        .isEqualTo(303);
    HttpResponse<String> late = post(null, r[0], citizen(r[1]));
    assertThat(late.statusCode()).isEqualTo(422);
    assertThat(late.body()).contains("est close depuis le 31/12/2099");
    assertThat(fixture.login("cher").get("/etudes/" + id).statusCode()).isEqualTo(403);
    assertThat(get("/etude/inconnu").statusCode()).isEqualTo(404);
  }

  @Test
  void aFormMissingItsFieldsIsShownAgainWithEachMessage() {
    HttpResponse<String> refused =
        post(
            organiser,
            "/etudes/nouvelle",
            List.of(f("title", ""), f("territory", "departement:18"), f("opens", "2026-02-30")));
    assertThat(refused.statusCode()).isIn(403, 422);
    assertThat(refused.body())
        .contains("L’étude n’a pas été créée : corrigez les champs signalés.")
        .contains("id=\"error-opens\"")
        .contains("id=\"error-title\"");
  }

  @Test
  void theFormIsAvailableInEnglish() {
    String[] r = open(link(publishedStudy(), "citizens") + "?lang=en");
    assertThat(r[0]).endsWith("?lang=en");
    assertThat(get(r[0]).body())
        .contains("Save and continue later")
        .contains("<legend>Health</legend>")
        .contains("Who runs this study and what becomes of your answers");
  }

  @Test
  void anOrganiserDownloadsTheAnswersWithoutTokenTheDesignAndTheCodebook() {
    long id = publishedStudy();
    String link = link(id, "citizens");
    String[] respondent = open(link);
    List<String[]> answers = citizen(respondent[1]);
    answers.add(f("comment", "Jean Dupont, jean@example.org"));
    assertThat(post(null, respondent[0], answers).statusCode()).isEqualTo(303);

    assertThat(organiser.get("/etudes/" + id).body())
        .contains("Télécharger les réponses (CSV)")
        .contains("Plan de sondage (YAML)")
        .contains("Dictionnaire des codes");
    HttpResponse<String> csv = organiser.get("/etudes/" + id + "/reponses.csv");
    assertThat(csv.statusCode()).isEqualTo(200);
    String[] lines = csv.body().split("\r\n");
    assertThat(lines[0]).startsWith("\uFEFFrespondent;actor;weight;sex;age;commune;");
    assertThat(lines[0]).contains(";rating_HEALTH;").contains(";priority_1;priority_2;priority_3;");
    assertThat(lines).hasSize(2);
    assertThat(lines[1])
        .startsWith("1;CITIZENS;1;FEMALE;A50_64;45234;")
        .contains(";EMPLOYMENT;HEALTH;MOBILITY;");
    // no token, name nor e-mail: free text is not exported
    assertThat(csv.body())
        .doesNotContain(link.substring(link.lastIndexOf('/') + 1))
        .doesNotContain("Dupont")
        .doesNotContain("@");
    // one citizen cannot be raked (four age bands without anyone): weight 1, and the design says
    // why
    assertThat(organiser.get("/etudes/" + id + "/plan.yaml").body())
        .contains("weight: weight")
        .contains("# CITIZENS : non redressé, le calage a échoué (study.weighting.empty-category");
    assertThat(organiser.get("/etudes/" + id + "/codes.csv").body())
        .contains("rating_HEALTH;fragility;")
        .contains("1 : type d’acteur non redressé");
    // the study page says it in French
    assertThat(organiser.get("/etudes/" + id).body())
        .contains(
            "Redressement impossible : personne n’a répondu dans la catégorie « Un homme » de"
                + " « Vous êtes », qui a une population ; les réponses ne sont pas redressées.");
    assertThat(get("/etudes/" + id + "/reponses.csv").statusCode()).isEqualTo(303); // to sign-in
  }

  @Test
  void anOrganiserDeletesOneRespondentAfterAConfirmationPageAndTheReportFollows() {
    long id = publishedStudy();
    String link = link(id, "citizens");
    for (int i = 0; i < 2; i++) {
      String[] respondent = open(link);
      assertThat(post(null, respondent[0], citizen(respondent[1])).statusCode()).isEqualTo(303);
    }
    assertThat(get("/territoire/departement/45").body())
        .contains("citoyens n = 2, entreprises n = 0 ; 2 répondants au total ;");
    HttpResponse<String> confirm = organiser.get("/etudes/" + id + "/suppression?numero=2");
    assertThat(confirm.statusCode()).isEqualTo(200);
    assertThat(confirm.body())
        .contains("Supprimer les réponses du répondant n° 2")
        .contains("<dd id=\"delete-actor\">Citoyens</dd>")
        .contains("<dd id=\"delete-commune\">Orléans (45234)</dd>");
    String stamp = find("name=\"envoi\" value=\"([^\"]+)\"", confirm.body());
    // unknown number: a French 404, never a 500
    HttpResponse<String> unknown = organiser.get("/etudes/" + id + "/suppression?numero=9");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.body()).contains("Il n’y a pas de répondant n° 9 : l’étude a 2 réponses");
    assertThat(organiser.get("/etudes/" + id + "/suppression?numero=deux").statusCode())
        .isEqualTo(400);
    HttpResponse<String> deleted =
        post(
            organiser,
            "/etudes/" + id + "/suppression",
            List.of(f("numero", "2"), f("envoi", stamp)));
    assertThat(deleted.statusCode()).isEqualTo(303);
    assertThat(organiser.get("/etudes/" + id + "?supprime=1").body())
        .contains("Les réponses de ce répondant sont supprimées");
    assertThat(organiser.get("/etudes/" + id + "/reponses.csv").body().split("\r\n")).hasSize(2);
    // the report follows without a restart
    assertThat(get("/territoire/departement/45").body())
        .contains("citoyens n = 1, entreprises n = 0 ; 1 répondant au total ;");
    // the same confirmation again: the number now points nowhere
    assertThat(
            post(
                    organiser,
                    "/etudes/" + id + "/suppression",
                    List.of(f("numero", "2"), f("envoi", stamp)))
                .statusCode())
        .isEqualTo(404);
  }

  @Test
  void anOrganiserUploadsTheCompaniesMarginsAndABadFileIsRefusedLineByLine() {
    long id = publishedStudy();
    HttpResponse<String> bad =
        post(
            organiser,
            "/etudes/" + id + "/marges",
            List.of(
                f("actor", "COMPANIES"),
                f(
                    "texte",
                    "variable;category;total\ncompany_size;S0;12\ncompany_size;XL;3\nsize;S0;4\n")));
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body())
        .contains("Ligne 3, colonne 2 : « XL » n’est pas une catégorie de « company_size »")
        .contains("Ligne 4, colonne 1 : « size » n’est pas une variable de redressement");
    HttpResponse<String> good =
        post(
            organiser,
            "/etudes/" + id + "/marges",
            List.of(
                f("actor", "COMPANIES"),
                f(
                    "texte",
                    "variable;category;total\ncompany_size;S0;41 200\ncompany_size;S1_9;18500\n")));
    assertThat(good.statusCode()).isEqualTo(303);
    assertThat(organiser.get("/etudes/" + id + "?marges=1").body())
        .contains("Marges de redressement enregistrées.")
        .contains("marges déposées par l’organisateur")
        .contains("company_size;S0;41200");
    // citizens' margins are INSEE's: refused in French
    HttpResponse<String> citizens =
        post(
            organiser,
            "/etudes/" + id + "/marges",
            List.of(f("actor", "CITIZENS"), f("texte", "")));
    assertThat(citizens.statusCode()).isEqualTo(422);
    assertThat(citizens.body())
        .contains("celles des citoyens viennent des estimations de population");
  }
}
