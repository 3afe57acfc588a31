package org.phare.web.report;

import java.util.List;
import org.phare.web.chart.Figure;
import org.phare.web.i18n.Lang;

/**
 * Everything the report template shows, already formatted for the language; SVG fields hold
 * documents produced by our escaping SVG writer.
 */
public record ReportView(
    Lang lang,
    String territoryName,
    String levelLabel,
    String code,
    String referenceLabel,
    List<Link> breadcrumbs,
    List<Link> referenceLinks,
    String pdfHref,
    String csvHref,
    String dashboardHref,
    List<KeyFigure> identity,
    /** The locator map, or null when the territory has no outline. */
    Figure locator,
    Figure radar,
    Figure domainBars,
    List<String> priorities,
    List<CriterionBlock> criteria,
    String perceptionScope,
    /** "données simulées" when a perception figure of the page is simulated, else "". */
    String perceptionBadge,
    List<Figure> perceptions,
    /** Perceived against objective fragility, or null (no regional study). */
    Figure quadrant,
    List<CrossingRow> crossing,
    /** Parts 3 and 4's survey charts, null when the territory was not surveyed. */
    Figure dynamic,
    Figure roles,
    Figure alliances,
    Figure practice,
    Figure categories,
    List<String> messages,
    List<FurtherCase> further,
    List<Link> children,
    org.phare.core.territory.TerritoryId territory,
    String peers,
    String chosenPeers) {

  /** Every figure of the report, in the order of the page. */
  public List<Figure> figures() {
    List<Figure> all = new java.util.ArrayList<>();
    java.util.stream.Stream.of(locator, radar, domainBars).filter(f -> f != null).forEach(all::add);
    all.addAll(perceptions);
    java.util.stream.Stream.of(quadrant, dynamic, roles, alliances, practice, categories)
        .filter(f -> f != null)
        .forEach(all::add);
    return all;
  }

  /** The figure with this id, if the report has it (the per-chart downloads). */
  public java.util.Optional<Figure> figure(String id) {
    return figures().stream().filter(f -> f.id().equals(id)).findFirst();
  }

  /** The registry's part of the report, loaded apart since the report page is cached. */
  public String registryHref() {
    return "/territoire/"
        + territory.level().code()
        + "/"
        + java.net.URLEncoder.encode(territory.code(), java.nio.charset.StandardCharsets.UTF_8)
        + "/ecosysteme"
        + (lang == Lang.EN ? "?lang=en" : "");
  }

  /** A link, marked active when it is the current state. */
  public record Link(String label, String href, boolean active) {}

  /** A key figure of the identity card. */
  public record KeyFigure(String label, String value, String share, String source) {}

  /** One criterion with its domains. */
  public record CriterionBlock(String label, List<DomainBlock> domains) {}

  /** One domain with its score and the indicators behind it. */
  public record DomainBlock(
      String code,
      String label,
      String score,
      String rank,
      String cssClass,
      boolean priority,
      List<IndicatorRow> indicators) {}

  /** One indicator of a domain. */
  public record IndicatorRow(
      String label,
      String value,
      String reference,
      String gap,
      String score,
      String rank,
      String trend,
      String vintage,
      String source) {}

  /** Perceived versus objective fragility of one domain. */
  public record CrossingRow(
      String domain, String objective, String perceived, String verdict, String cssClass) {}

  /** A case study to go further. */
  public record FurtherCase(String name, String place, String form, String domains) {}
}
