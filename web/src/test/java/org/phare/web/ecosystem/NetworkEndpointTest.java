package org.phare.web.ecosystem;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.phare.core.account.Actor;
import org.phare.core.ecosystem.CompanySize;
import org.phare.core.ecosystem.Organisation;
import org.phare.core.ecosystem.OrganisationType;
import org.phare.core.ecosystem.Partnership;
import org.phare.core.ecosystem.PartnershipCategory;
import org.phare.core.indicator.Domain;
import org.phare.core.territory.Level;
import org.phare.core.territory.TerritoryId;
import org.phare.store.ecosystem.TerritoryGraph;

/**
 * The network endpoint streams its JSON: the body must be the document that the API's object mapper
 * writes for the same elements as maps (the rendering before streaming), escapes and NaN included.
 */
class NetworkEndpointTest {

  static final WebFixture WEB = WebFixture.get();
  static final TerritoryId LOIRET = TerritoryId.of(Level.DEPARTEMENT, "45");

  @BeforeEach
  void reset() {
    WEB.reset();
  }

  long organisation(String name, OrganisationType type, String commune) {
    return WEB.services
        .registry()
        .create(
            Actor.SYSTEM,
            new Organisation(
                0,
                name,
                type,
                type == OrganisationType.COMPANY ? CompanySize.SME : null,
                null,
                type == OrganisationType.ASSOCIATION,
                commune,
                Set.of(Domain.POVERTY),
                Set.of(),
                null,
                null,
                0),
            true)
        .id();
  }

  void partnership(PartnershipCategory category, Long... members) {
    WEB.services
        .registry()
        .create(
            Actor.SYSTEM,
            new Partnership(
                0,
                "P",
                List.of(members),
                category,
                null,
                Set.of(Domain.POVERTY),
                LOIRET,
                null,
                null,
                Set.of(),
                null,
                null,
                Set.of(),
                0));
  }

  /** The map rendering the handler used before it streamed. */
  static JsonNode asMaps(TerritoryGraph graph) {
    List<Map<String, Object>> nodes = new ArrayList<>();
    for (TerritoryGraph.Node n : graph.nodes()) {
      Map<String, Object> data = new LinkedHashMap<>();
      data.put("id", "o" + n.id());
      data.put("label", n.name());
      data.put("family", n.family());
      data.put("type", n.type());
      data.put("ess", n.ess());
      data.put("degree", n.degree());
      data.put("betweenness", n.betweenness());
      nodes.add(Map.of("data", data));
    }
    List<Map<String, Object>> edges = new ArrayList<>();
    for (TerritoryGraph.Link l : graph.links()) {
      Map<String, Object> data = new LinkedHashMap<>();
      data.put("id", "l" + l.source() + "-" + l.target());
      data.put("source", "o" + l.source());
      data.put("target", "o" + l.target());
      data.put("partnerships", l.partnerships());
      data.put("categories", l.categories());
      edges.add(Map.of("data", data));
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("territory", graph.territory().toString());
    body.put("elements", Map.of("nodes", nodes, "edges", edges));
    body.put("metrics", graph.metrics());
    return WebFixture.parse(WebFixture.json(body));
  }

  @Test
  void the_streamed_graph_is_the_document_of_the_map_rendering() {
    long a = organisation("Coop <b>Alpha</b> & fils", OrganisationType.COMPANY, "45234");
    long b = organisation("L'Entraide d'Olivet", OrganisationType.ASSOCIATION, "45232");
    long c = organisation("Ville", OrganisationType.LOCAL_AUTHORITY, "45234");
    organisation("Isolée", OrganisationType.MEDIA, "45234");
    partnership(PartnershipCategory.MECENAT, a, b);
    partnership(PartnershipCategory.SOCIETAL_INNOVATION, a, b, c);
    HttpResponse<String> response = WEB.anonymous().get("/api/territories/departement:45/network");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/json");
    // Markup in names stays inert: < > & ' are escaped as \\u00XX.
    assertThat(response.body()).doesNotContain("<b>").contains("\\u003Cb\\u003E");
    JsonNode expected = asMaps(WEB.services.analysis().graph(LOIRET, TerritoryGraph.Filter.NONE));
    assertThat(WebFixture.parse(response.body())).isEqualTo(expected);
    JsonNode edge = WebFixture.parse(response.body()).path("elements").path("edges").get(0);
    assertThat(edge.path("data").path("partnerships").asInt()).isEqualTo(2);
  }

  @Test
  void a_graph_without_links_writes_nan_shares_as_null() {
    organisation("Seule", OrganisationType.ASSOCIATION, "45234");
    JsonNode body =
        WebFixture.parse(WEB.anonymous().get("/api/territories/departement:45/network").body());
    assertThat(body.path("metrics").path("crossFamilyShare").isNull()).isTrue();
    assertThat(body.path("elements").path("edges")).isEmpty();
    assertThat(body)
        .isEqualTo(asMaps(WEB.services.analysis().graph(LOIRET, TerritoryGraph.Filter.NONE)));
  }
}
