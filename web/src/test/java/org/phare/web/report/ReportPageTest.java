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
}
