package org.phare.web.report;

import java.util.List;
import java.util.Locale;
import org.phare.core.diagnostic.DomainResult;
import org.phare.core.diagnostic.IndicatorResult;
import org.phare.core.diagnostic.TerritoryDiagnostic;
import org.phare.core.indicator.Domain;
import org.phare.core.survey.Estimate;
import org.phare.core.territory.Territory;
import org.phare.store.perception.Actor;
import org.phare.store.perception.LocalAuthorityRole;
import org.phare.store.perception.PerceptionStudies;
import org.phare.store.perception.RolePriority;

/**
 * The report's figures as CSV (RFC 4180, UTF-8, comma separator, decimal point with {@code
 * Locale.ROOT}; empty cell = no data): identity figures, domain scores, indicators, and the
 * perception estimates with their base, standard error and the "simulated" flag.
 */
public final class ReportCsv {

  private ReportCsv() {}

  static final String HEADER =
      "section,territoire,domaine,indicateur,valeur,reference,ecart,score,rang,sur,millesime,source,n,erreur_type,donnees_simulees";

  public static String write(
      Territory territory,
      List<IdentityFigures.Figure> identity,
      TerritoryDiagnostic diagnostic,
      PerceptionStudies studies,
      String region) {
    StringBuilder out = new StringBuilder(64 * 1024);
    out.append(HEADER).append("\r\n");
    String name = territory.name() + " (" + territory.id() + ")";
    for (IdentityFigures.Figure f : identity) {
      row(
          out,
          "identite",
          name,
          "",
          f.key(),
          f.value(),
          f.national(),
          Double.NaN,
          Double.NaN,
          0,
          0,
          "",
          f.source(),
          0,
          Double.NaN,
          false);
    }
    String reference = diagnostic.reference().code();
    for (DomainResult d : diagnostic.domains()) {
      row(
          out,
          "domaine",
          name,
          d.domain().name(),
          "score:" + reference,
          Double.NaN,
          Double.NaN,
          Double.NaN,
          d.score(),
          d.rank(),
          d.of(),
          "",
          "",
          d.indicatorCount(),
          Double.NaN,
          false);
      for (IndicatorResult r : d.indicators()) {
        row(
            out,
            "indicateur",
            name,
            d.domain().name(),
            r.indicator().code(),
            r.value(),
            r.referenceValue(),
            r.gap(),
            r.score(),
            r.rank(),
            r.of(),
            r.vintage() == null ? "" : r.vintage(),
            r.indicator().source(),
            0,
            Double.NaN,
            false);
      }
    }
    if (studies != null) {
      String scope = region == null ? "France" : "region:" + region;
      for (Actor actor : Actor.values()) {
        for (Domain domain : Domain.values()) {
          PerceptionStudies.Measure measure = PerceptionStudies.meanRating(domain);
          Estimate e =
              region == null
                  ? studies.national(actor, measure)
                  : studies.region(actor, measure, region);
          Estimate france = studies.national(actor, measure);
          perceptionRow(out, actor, scope, domain.name(), "note-moyenne", e, france);
        }
      }
      // mayors' Q8: share answering each level for each role of local authorities
      for (LocalAuthorityRole item : LocalAuthorityRole.values()) {
        for (RolePriority answer : RolePriority.values()) {
          PerceptionStudies.Measure measure = PerceptionStudies.role(item, answer);
          Estimate e =
              region == null
                  ? studies.national(Actor.MAYORS, measure)
                  : studies.region(Actor.MAYORS, measure, region);
          perceptionRow(
              out,
              Actor.MAYORS,
              scope,
              "",
              "q8-role:" + item.name() + ":" + answer.name(),
              e,
              studies.national(Actor.MAYORS, measure));
        }
      }
    }
    return out.toString();
  }

  /** A perception estimate (simulated data); its numbers left empty when its base is hidden. */
  private static void perceptionRow(
      StringBuilder out,
      Actor actor,
      String scope,
      String domain,
      String indicator,
      Estimate e,
      Estimate france) {
    boolean hidden = !e.visible();
    row(
        out,
        "perception:" + actor.code(),
        scope,
        domain,
        indicator,
        hidden ? Double.NaN : e.estimate(),
        france.estimate(),
        Double.NaN,
        Double.NaN,
        0,
        0,
        actor.fieldwork(),
        actor.study(),
        e.n(),
        hidden ? Double.NaN : e.se(),
        true);
  }

  private static void row(
      StringBuilder out,
      String section,
      String territory,
      String domain,
      String indicator,
      double value,
      double reference,
      double gap,
      double score,
      int rank,
      int of,
      String vintage,
      String source,
      long n,
      double se,
      boolean simulated) {
    out.append(cell(section))
        .append(',')
        .append(cell(territory))
        .append(',')
        .append(cell(domain))
        .append(',')
        .append(cell(indicator))
        .append(',')
        .append(number(value))
        .append(',')
        .append(number(reference))
        .append(',')
        .append(number(gap))
        .append(',')
        .append(number(score))
        .append(',')
        .append(rank == 0 ? "" : Integer.toString(rank))
        .append(',')
        .append(of == 0 ? "" : Integer.toString(of))
        .append(',')
        .append(cell(vintage))
        .append(',')
        .append(cell(source))
        .append(',')
        .append(n == 0 ? "" : Long.toString(n))
        .append(',')
        .append(number(se))
        .append(',')
        .append(simulated ? "oui" : "non")
        .append("\r\n");
  }

  static String number(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return "";
    }
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return String.format(Locale.ROOT, "%.6g", value)
        .replaceAll("(\\.\\d*?)0+(e|$)", "$1$2")
        .replaceAll("\\.(e|$)", "$1");
  }

  /**
   * Quotes a cell when needed; a leading =, +, - or @ is prefixed with ' against formula injection.
   */
  static String cell(String text) {
    String value = text == null ? "" : text;
    if (!value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0) {
      value = "'" + value;
    }
    if (value.contains(",")
        || value.contains("\"")
        || value.contains("\n")
        || value.contains("\r")) {
      return '"' + value.replace("\"", "\"\"") + '"';
    }
    return value;
  }
}
