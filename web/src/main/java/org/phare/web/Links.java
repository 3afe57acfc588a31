package org.phare.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.phare.core.diagnostic.Reference;
import org.phare.core.indicator.Domain;
import org.phare.core.territory.Level;
import org.phare.core.territory.TerritoryId;
import org.phare.web.i18n.Lang;

/**
 * Builds the application's URLs: every state of a page is in its query string (shareable links),
 * and the language follows the user ({@code lang=en} added when not French).
 */
public record Links(Lang lang) {

  public String dashboard(Domain domain, Level level, Reference reference, TerritoryId within) {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("domaine", domain.name());
    query.put("niveau", level.code());
    query.put("ref", reference.code());
    if (within != null) {
      query.put("dans", within.toString());
    }
    return build("/", query);
  }

  public String map(Domain domain, Level level, Reference reference, TerritoryId within) {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("domaine", domain.name());
    query.put("niveau", level.code());
    query.put("ref", reference.code());
    if (within != null) {
      query.put("dans", within.toString());
    }
    return build("/carte.svg", query);
  }

  public String territory(TerritoryId id, Reference reference) {
    return build(territoryPath(id), Map.of("ref", reference.code()));
  }

  public String pdf(TerritoryId id, Reference reference) {
    return build(territoryPath(id) + "/rapport.pdf", Map.of("ref", reference.code()));
  }

  public String csv(TerritoryId id, Reference reference) {
    return build(territoryPath(id) + "/donnees.csv", Map.of("ref", reference.code()));
  }

  /**
   * A chart of the report as a file ({@code csv} or {@code svg}): the same state as the report
   * (reference, chosen peers, language), so the file holds the figure's very numbers.
   */
  public String chart(
      TerritoryId id,
      Reference reference,
      java.util.List<TerritoryId> peers,
      String figure,
      String extension) {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("ref", reference.code());
    if (!peers.isEmpty()) {
      query.put("pairs", String.join(",", peers.stream().map(TerritoryId::code).toList()));
    }
    return build(territoryPath(id) + "/graphique/" + figure + "." + extension, query);
  }

  public String actors(String actor, String region) {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("acteur", actor);
    if (region != null) {
      query.put("region", region);
    }
    return build("/acteurs", query);
  }

  public String search(String text) {
    return build("/recherche", Map.of("q", text));
  }

  /** The registry's organisations, optionally within a territory (null: the user's default). */
  public String organisations(TerritoryId within) {
    return build(
        "/organisations", within == null ? Map.of() : Map.of("territoire", within.toString()));
  }

  /** A page of the organisations list with its filters. */
  public String organisations(TerritoryId within, String q, String family, int page) {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("territoire", within.toString());
    if (q != null && !q.isBlank()) {
      query.put("q", q);
    }
    if (family != null && !family.isBlank()) {
      query.put("famille", family);
    }
    if (page > 1) {
      query.put("page", Integer.toString(page));
    }
    return build("/organisations", query);
  }

  public String partnerships(TerritoryId within, int page) {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("territoire", within.toString());
    if (page > 1) {
      query.put("page", Integer.toString(page));
    }
    return build("/partenariats", query);
  }

  public String partnerships(TerritoryId within) {
    return build(
        "/partenariats", within == null ? Map.of() : Map.of("territoire", within.toString()));
  }

  /** Territorial dialogues and collective experiments of a territory (null: the default). */
  public String initiatives(TerritoryId within) {
    return build(
        "/initiatives", within == null ? Map.of() : Map.of("territoire", within.toString()));
  }

  /** The network view of the registry (Cytoscape.js), for a territory. */
  public String network(TerritoryId within) {
    return build("/reseau", within == null ? Map.of() : Map.of("territoire", within.toString()));
  }

  public String signIn() {
    return build("/connexion", Map.of());
  }

  public String home() {
    return build("/", Map.of());
  }

  /** The method and glossary page. */
  public String method() {
    return build("/methode", Map.of());
  }

  /** The accessibility statement (déclaration d’accessibilité, RGAA). */
  public String accessibility() {
    return build("/accessibilite", Map.of());
  }

  private static String territoryPath(TerritoryId id) {
    return "/territoire/" + id.level().code() + "/" + encode(id.code());
  }

  /** The same URL in the other language. */
  public static String switchLanguage(String pathAndQuery, Lang target) {
    String path = pathAndQuery;
    String query = "";
    int q = pathAndQuery.indexOf('?');
    if (q >= 0) {
      path = pathAndQuery.substring(0, q);
      query = pathAndQuery.substring(q + 1);
    }
    StringBuilder kept = new StringBuilder();
    for (String part : query.split("&")) {
      if (!part.isEmpty() && !part.startsWith("lang=")) {
        kept.append(kept.isEmpty() ? "" : "&").append(part);
      }
    }
    if (target == Lang.EN) {
      kept.append(kept.isEmpty() ? "" : "&").append("lang=en");
    }
    return kept.isEmpty() ? path : path + "?" + kept;
  }

  private String build(String path, Map<String, String> query) {
    StringBuilder url = new StringBuilder(path);
    char separator = '?';
    for (Map.Entry<String, String> entry : query.entrySet()) {
      url.append(separator).append(entry.getKey()).append('=').append(encode(entry.getValue()));
      separator = '&';
    }
    if (lang == Lang.EN) {
      url.append(separator).append("lang=en");
    }
    return url.toString();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
