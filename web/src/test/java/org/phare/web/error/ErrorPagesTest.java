package org.phare.web.error;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.phare.web.WebFixture;

/**
 * What a visitor reads when a page does not exist or a request is refused: a French page of the
 * site (English with {@code ?lang=en}) with a way back, never a framework's raw text nor a
 * developer's English message; the API answers the same refusals as JSON.
 */
class ErrorPagesTest {

  static final HttpClient HTTP = HttpClient.newHttpClient();

  static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(WebFixture.get().url(path))).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void an_unknown_page_is_a_french_page_of_the_site_with_a_way_back() throws Exception {
    HttpResponse<String> response = get("/questionnaire");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    assertThat(response.body())
        .contains("<html lang=\"fr\"")
        .contains("<h1>Introuvable</h1>")
        .contains("Cette adresse n’existe pas sur Phare")
        .contains("href=\"/\"")
        .doesNotContain("Endpoint")
        .doesNotContain("not found");
  }

  @Test
  void an_unknown_page_in_english() throws Exception {
    HttpResponse<String> response = get("/questionnaire?lang=en");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body())
        .contains("<html lang=\"en\"")
        .contains("<h1>Not found</h1>")
        .contains("This address does not exist on Phare");
  }

  @Test
  void an_unknown_territory_is_named_in_french() throws Exception {
    HttpResponse<String> response = get("/territoire/departement/999");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body())
        .contains("<h1>Introuvable</h1>")
        .contains("999")
        .doesNotContain("no departement")
        .doesNotContain("referential");
  }

  @Test
  void an_unknown_api_route_answers_json_in_french() throws Exception {
    HttpResponse<String> response = get("/api/nulle-part");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/json");
    JsonNode body = new ObjectMapper().readTree(response.body());
    assertThat(body.path("status").asInt()).isEqualTo(404);
    assertThat(body.path("code").asText()).isEqualTo("web.route.unknown");
    assertThat(body.path("message").asText()).startsWith("Cette adresse n’existe pas sur Phare");
  }
}
