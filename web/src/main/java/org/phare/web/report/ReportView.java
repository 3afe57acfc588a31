package org.phare.web.report;

import java.util.List;
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
    String locatorSvg,
    String radarSvg,
    String domainBarsSvg,
    List<String> priorities,
    List<CriterionBlock> criteria,
    String perceptionScope,
    /** "données simulées" when a perception figure of the page is simulated, else "". */
    String perceptionBadge,
    List<String> perceptionSvgs,
    String quadrantSvg,
    List<CrossingRow> crossing,
    String dynamicSvg,
    String rolesSvg,
    String allianceSvg,
    String practiceSvg,
    String categoriesSvg,
    List<String> messages,
    List<FurtherCase> further,
    List<Link> children,
    org.phare.core.territory.TerritoryId territory,
    String peers,
    String chosenPeers) {

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
