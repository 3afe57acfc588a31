package org.phare.web.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.phare.web.WebFixture;

class ReportPageTest {

  static final HttpClient HTTP = HttpClient.newHttpClient();

  static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(WebFixture.get().url(path))).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void smoke() throws Exception {
    for (String path :
        new String[] {
          "/", "/?domaine=HEALTH&niveau=departement", "/territoire/region/24",
              "/territoire/departement/45?ref=peers",
          "/territoire/country/FR", "/acteurs?acteur=companies&region=24",
              "/carte.svg?niveau=region", "/recherche?q=orleans",
          "/territoire/commune/45234", "/territoire/region/03"
        }) {
      long start = System.nanoTime();
      HttpResponse<String> response = get(path);
      System.out.println(
          path
              + " -> "
              + response.statusCode()
              + " "
              + response.body().length()
              + " B "
              + (System.nanoTime() - start) / 1_000_000
              + " ms");
      assertThat(response.statusCode()).as(path + "\n" + response.body()).isEqualTo(200);
    }
  }

  @Test
  void part_three_shows_the_mayors_view_of_the_role_of_local_authorities() throws Exception {
    String body = get("/territoire/region/24").body();
    String part3 = body.substring(body.indexOf("id=\"acteurs\""));
    assertThat(part3)
        .contains("Rôle des collectivités pour développer les alliances selon les maires")
        .contains("Impulser des rencontres")
        .contains("Partenariats public-privé")
        .contains("entre parenthèses :")
        .contains("secondaire");
  }

  @Test
  void the_csv_export_holds_the_mayors_q8_shares_for_the_region_and_france() throws Exception {
    String csv = get("/territoire/region/24/donnees.csv").body();
    long q8 = csv.lines().filter(l -> l.contains(",q8-role:")).count();
    assertThat(q8).as("6 roles x 3 answers").isEqualTo(18);
    assertThat(csv).contains("perception:mayors,region:24,,q8-role:FOSTER_MEETINGS:PRIORITY,");
  }
}
