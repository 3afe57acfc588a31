package org.phare.web.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.phare.core.testing.SharedData;

/**
 * {@code GET /api/territories/{territory}/diagnostic}: one territory's diagnosis as JSON. Expected
 * values are read from the INSEE file chomage-localise/taux_chomage_localise_trimestriel.csv
 * (column taux_chomage, quarter 2024-T3): Loiret 7.5, Cher 7.2, Loir-et-Cher 6.3.
 */
class DiagnosticApiTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String FILE = "indicators/chomage-localise/taux_chomage_localise_trimestriel.csv";

  static double rate(String code) throws Exception {
    return Files.readAllLines(SharedData.path(FILE)).stream()
        .map(l -> l.split(",", -1))
        .filter(c -> c[0].equals("departement") && c[1].equals(code) && c[4].equals("2024-T3"))
        .mapToDouble(c -> Double.parseDouble(c[7]))
        .findFirst()
        .orElseThrow();
  }

  static JsonNode domain(JsonNode body, String code) {
    for (JsonNode d : body.path("domains")) {
      if (d.path("domain").asText().equals(code)) {
        return d;
      }
    }
    throw new AssertionError("no domain " + code);
  }

  static JsonNode indicator(JsonNode domain, String code) {
    for (JsonNode i : domain.path("indicators")) {
      if (i.path("code").asText().equals(code)) {
        return i;
      }
    }
    throw new AssertionError("no indicator " + code);
  }

  @Test
  void the_loiret_against_the_peers_it_chose_names_them_and_takes_their_median() throws Exception {
    double loiret = rate("45");
    double cher = rate("18");
    double loirEtCher = rate("41");
    assertThat(List.of(loiret, cher, loirEtCher)).containsExactly(7.5, 7.2, 6.3);
    HttpResponse<String> response =
        ReportPageTest.get("/api/territories/departement:45/diagnostic?pairs=18,41");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("content-type").orElseThrow())
        .startsWith("application/json");
    JsonNode body = JSON.readTree(response.body());
    assertThat(body.path("territory").path("name").asText()).isEqualTo("Loiret");
    assertThat(body.path("territory").path("id").asText()).isEqualTo("departement:45");
    assertThat(body.path("chosenPeers").asBoolean()).isTrue();
    assertThat(body.path("reference").path("code").asText()).isEqualTo("chosen-peers");
    assertThat(body.path("peers").findValuesAsText("name")).containsExactly("Cher", "Loir-et-Cher");
    assertThat(body.path("domains")).hasSize(16);
    JsonNode employment = domain(body, "EMPLOYMENT");
    JsonNode rate = indicator(employment, "chomage-taux");
    assertThat(rate.path("vintage").asText()).isEqualTo("2024-T3");
    assertThat(rate.path("value").asDouble()).isCloseTo(loiret, within(1e-9));
    // the reference of chosen peers: the median of the chosen territories and the Loiret itself
    double median = 7.2;
    assertThat(rate.path("reference").asDouble()).isCloseTo(median, within(1e-9));
    assertThat(rate.path("gap").asDouble()).isCloseTo(loiret - median, within(1e-9));
    // the highest rate of the three: the most fragile, rank 1 of 3
    assertThat(rate.path("rank").asInt()).isEqualTo(1);
    assertThat(rate.path("of").asInt()).isEqualTo(3);
    assertThat(rate.path("source").asText()).contains("INSEE");
    // a domain score states how many indicators it used, never more than it scored
    for (JsonNode d : body.path("domains")) {
      String status = d.path("status").asText();
      assertThat(status).isIn("score", "insufficient", "no-data");
      if (status.equals("score")) {
        assertThat(d.path("indicatorsUsed").asInt())
            .isGreaterThanOrEqualTo(d.path("minimum").asInt());
        assertThat(d.path("score").isNumber()).isTrue();
      } else {
        assertThat(d.path("score").isNull()).isTrue();
      }
    }
  }

  @Test
  void the_loiret_against_france_ranks_its_unemployment_among_the_departements() throws Exception {
    // 32 départements above 7.5 % in 2024-T3 (DashboardIndicatorTableTest counts them): rank 33
    JsonNode body =
        JSON.readTree(ReportPageTest.get("/api/territories/departement:45/diagnostic").body());
    assertThat(body.path("reference").path("code").asText()).isEqualTo("national");
    assertThat(body.path("chosenPeers").asBoolean()).isFalse();
    JsonNode rate = indicator(domain(body, "EMPLOYMENT"), "chomage-taux");
    assertThat(rate.path("value").asDouble()).isEqualTo(7.5);
    assertThat(rate.path("rank").asInt()).isEqualTo(33);
    assertThat(body.path("peerCount").asInt()).isGreaterThan(90);
  }

  @Test
  void a_domain_under_the_minimum_of_indicators_is_insufficient_data_not_a_score()
      throws Exception {
    // Mayotte (region 06): employment rests on fewer indicators than the minimum (issue 14)
    JsonNode body =
        JSON.readTree(ReportPageTest.get("/api/territories/region:06/diagnostic").body());
    JsonNode employment = domain(body, "EMPLOYMENT");
    assertThat(employment.path("status").asText()).isEqualTo("insufficient");
    assertThat(employment.path("score").isNull()).isTrue();
    assertThat(employment.path("indicatorsScored").asInt())
        .isPositive()
        .isLessThan(employment.path("minimum").asInt());
    assertThat(employment.path("indicatorsUsed").asInt()).isZero();
  }

  @Test
  void an_unknown_peer_or_territory_is_refused_in_french() throws Exception {
    HttpResponse<String> response =
        ReportPageTest.get("/api/territories/departement:45/diagnostic?pairs=18,999");
    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode body = JSON.readTree(response.body());
    assertThat(body.path("code").asText()).isEqualTo("diagnostic.peers.unknown");
    assertThat(body.path("field").asText()).isEqualTo("pairs");
    assertThat(body.path("message").asText()).startsWith("Territoire pair « 999 » inconnu");
    HttpResponse<String> unknown =
        ReportPageTest.get("/api/territories/departement:999/diagnostic");
    assertThat(unknown.statusCode()).isBetween(400, 404);
    assertThat(JSON.readTree(unknown.body()).path("message").asText()).isNotBlank();
  }
}
