package org.phare.web.report;

import java.util.List;
import java.util.Locale;
import org.phare.core.diagnostic.DomainResult;
import org.phare.core.diagnostic.IndicatorResult;
import org.phare.core.diagnostic.TerritoryDiagnostic;
import org.phare.core.indicator.Domain;
import org.phare.core.survey.Estimate;
import org.phare.core.territory.Territory;
import org.phare.core.text.CsvCells;
import org.phare.store.perception.Actor;
import org.phare.store.perception.LocalAuthorityRole;
import org.phare.store.perception.Measure;
import org.phare.store.perception.PerceptionFigure;
import org.phare.store.perception.PerceptionSource;
import org.phare.store.perception.Provenance;
import org.phare.store.perception.RolePriority;
import org.phare.web.perception.ProvenanceLabels;

/**
 * The report's figures as CSV (RFC 4180, UTF-8, comma separator, decimal point with {@code
 * Locale.ROOT}; empty cell = no data): identity figures, domain scores, indicators, and the
 * perception estimates with their base, standard error and provenance: the study's or published
 * document's name in {@code source}, its vintage in {@code millesime}, {@code donnees_simulees} =
 * oui only for simulated figures. A domain row's {@code n} is the number of indicators used in its
 * score; without a score its {@code source} says why ("données insuffisantes" or "pas de donnée");
 * {@code donnees_simulees} = oui only for simulated figures ({@link ProvenanceLabels#csvFlag}).
 */
public final class ReportCsv {

  private ReportCsv() {}

  static final String HEADER =
      "section,territoire,domaine,indicateur,valeur,reference,ecart,score,rang,sur,millesime,source,n,erreur_type,donnees_simulees";

  public static String write(
      Territory territory,
      List<IdentityFigures.Figure> identity,
      TerritoryDiagnostic diagnostic,
      PerceptionSource studies,
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
          "non");
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
          // a domain without a score says why: too few scored indicators, or none
          d.hasData()
              ? ""
              : d.insufficient()
                  ? "données insuffisantes : "
                      + d.scoredIndicators()
                      + " indicateur(s) noté(s), "
                      + d.minimum()
                      + " requis"
                  : "pas de donnée",
          d.indicatorCount(),
          Double.NaN,
          "non");
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
            "non");
      }
    }
    if (studies != null) {
      // a territorial study's key is already level:code (departement:45); a region's is its code
      String scope =
          region == null ? "France" : region.indexOf(':') < 0 ? "region:" + region : region;
      for (Actor actor : Actor.values()) {
        for (Domain domain : Domain.values()) {
          Measure measure = Measure.meanRating(domain);
          perceptionRow(
              out,
              actor,
              scope,
              domain.name(),
              "note-moyenne",
              studies.figure(actor, measure, region),
              studies.figure(actor, measure, null));
        }
      }
      // mayors' Q8: share answering each level for each role of local authorities
      for (LocalAuthorityRole item : LocalAuthorityRole.values()) {
        for (RolePriority answer : RolePriority.values()) {
          Measure measure = Measure.role(item, answer);
          perceptionRow(
              out,
              Actor.MAYORS,
              scope,
              "",
              "q8-role:" + item.name() + ":" + answer.name(),
              studies.figure(Actor.MAYORS, measure, region),
              studies.figure(Actor.MAYORS, measure, null));
        }
      }
    }
    return out.toString();
  }

  /**
   * A perception figure with its provenance; its numbers left empty when its base is hidden. The
   * reference column is the national figure only when comparable (a real figure is not compared
   * with a simulated one).
   */
  private static void perceptionRow(
      StringBuilder out,
      Actor actor,
      String scope,
      String domain,
      String indicator,
      PerceptionFigure figure,
      PerceptionFigure national) {
    Estimate e = figure.estimate();
    Provenance p = figure.provenance();
    boolean comparable =
        national.provenance().kind() != Provenance.Kind.NONE
            && !(p.real() && national.provenance().simulated());
    boolean hidden = !e.visible();
    row(
        out,
        "perception:" + actor.code(),
        scope,
        domain,
        indicator,
        hidden ? Double.NaN : e.estimate(),
        comparable ? national.estimate().estimate() : Double.NaN,
        Double.NaN,
        Double.NaN,
        0,
        0,
        p.vintage(),
        p.kind() == Provenance.Kind.PUBLISHED
            ? p.name() + " — " + p.source()
            : p.territorial()
                ? p.name()
                    + " ("
                    + (p.weighting().equals("raked") ? "redressée" : "non redressée")
                    + (p.provisional() ? ", provisoire" : "")
                    + ")"
                : p.name(),
        e.n(),
        hidden ? Double.NaN : e.se(),
        ProvenanceLabels.csvFlag(p));
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
      String simulated) {
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
        .append(simulated)
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
   * Quotes a cell when needed; a cell a spreadsheet would run as a formula (leading =, +, -, @, tab
   * or carriage return, not a plain number) is prefixed with ' ({@link CsvCells}).
   */
  static String cell(String text) {
    String value = CsvCells.neutralise(text);
    if (value.contains(",")
        || value.contains("\"")
        || value.contains("\n")
        || value.contains("\r")) {
      return '"' + value.replace("\"", "\"\"") + '"';
    }
    return value;
  }
}
