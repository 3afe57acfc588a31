package org.phare.web.report;

import java.util.List;
import org.phare.core.diagnostic.DomainResult;
import org.phare.core.diagnostic.IndicatorResult;
import org.phare.core.diagnostic.TerritoryDiagnostic;
import org.phare.core.indicator.Domain;
import org.phare.core.survey.Estimate;
import org.phare.core.territory.Level;
import org.phare.core.territory.Territory;
import org.phare.core.text.CsvTable;
import org.phare.store.perception.Actor;
import org.phare.store.perception.LocalAuthorityRole;
import org.phare.store.perception.Measure;
import org.phare.store.perception.PerceptionFigure;
import org.phare.store.perception.PerceptionSource;
import org.phare.store.perception.Provenance;
import org.phare.store.perception.RolePriority;
import org.phare.store.study.StudyPerception;
import org.phare.web.perception.ProvenanceLabels;

/**
 * The report's figures as CSV, written by the one CSV writer ({@link CsvTable}: {@code ;}, decimal
 * comma and BOM by default, {@code ,} and {@code .} with {@code ?format=csv-en}; empty cell = no
 * data). French column names; every coded value has its code and its French label in two columns
 * (domain, indicator, actor); every row names its territory the same way: {@code niveau}, {@code
 * code}, {@code nom}. Rows: identity figures, domain scores, indicators, and the perception
 * estimates with their base, standard error and provenance: the study's or published document's
 * name in {@code source}, its vintage in {@code millesime}, {@code donnees_simulees} = oui only for
 * simulated figures ({@link ProvenanceLabels#csvFlag}). A domain row's {@code n} is the number of
 * indicators used in its score; without a score its {@code source} says why ("données
 * insuffisantes" or "pas de donnée").
 */
public final class ReportCsv {

  private ReportCsv() {}

  static final List<String> HEADER =
      List.of(
          "section",
          "niveau",
          "code",
          "nom",
          "acteur_code",
          "acteur",
          "domaine_code",
          "domaine",
          "indicateur_code",
          "indicateur",
          "valeur",
          "unite",
          "reference",
          "ecart",
          "score",
          "rang",
          "sur",
          "millesime",
          "source",
          "n",
          "erreur_type",
          "donnees_simulees");

  /**
   * The file.
   *
   * @param perceptionScope the territory whose perception figures are written (a region, the
   *     territory of a territorial study, or France), or {@code null} for no perception rows
   */
  public static CsvTable write(
      CsvTable.Format format,
      Territory territory,
      List<IdentityFigures.Figure> identity,
      TerritoryDiagnostic diagnostic,
      PerceptionSource studies,
      Territory perceptionScope) {
    CsvTable out = new CsvTable(format);
    out.row(HEADER);
    Object[] place = place(territory);
    for (IdentityFigures.Figure f : identity) {
      out.row(
          "identite",
          place[0],
          place[1],
          place[2],
          null,
          null,
          null,
          null,
          f.key(),
          f.labelFr(),
          f.value(),
          f.unit(),
          f.national(),
          null,
          null,
          null,
          null,
          null,
          f.source(),
          null,
          null,
          "non");
    }
    String reference = diagnostic.reference().code();
    for (DomainResult d : diagnostic.domains()) {
      out.row(
          "domaine",
          place[0],
          place[1],
          place[2],
          null,
          null,
          d.domain().name(),
          d.domain().labelFr(),
          "score:" + reference,
          "Score de domaine (référence : " + reference + ")",
          null,
          null,
          null,
          null,
          d.score(),
          rank(d.rank()),
          rank(d.of()),
          null,
          // a domain without a score says why: too few scored indicators, or none
          d.hasData()
              ? null
              : d.insufficient()
                  ? "données insuffisantes : "
                      + d.scoredIndicators()
                      + " sur "
                      + d.minimum()
                      + " indicateurs notés requis"
                  : "pas de donnée",
          d.indicatorCount(),
          null,
          "non");
      for (IndicatorResult r : d.indicators()) {
        out.row(
            "indicateur",
            place[0],
            place[1],
            place[2],
            null,
            null,
            d.domain().name(),
            d.domain().labelFr(),
            r.indicator().code(),
            r.indicator().labelFr(),
            r.value(),
            r.indicator().unit(),
            r.referenceValue(),
            r.gap(),
            r.score(),
            rank(r.rank()),
            rank(r.of()),
            r.vintage(),
            r.indicator().source(),
            null,
            null,
            "non");
      }
    }
    if (studies != null && perceptionScope != null) {
      // the perception key: a region's code, a territorial study's level:code (departement:45),
      // null for France
      String region =
          perceptionScope.level() == Level.COUNTRY
              ? null
              : StudyPerception.key(perceptionScope.id());
      Object[] scope = place(perceptionScope);
      for (Actor actor : Actor.values()) {
        for (Domain domain : Domain.values()) {
          Measure measure = Measure.meanRating(domain);
          perceptionRow(
              out,
              actor,
              scope,
              domain,
              "note-moyenne",
              "Note moyenne de fragilité (1 à 10)",
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
              null,
              "q8-role:" + item.name() + ":" + answer.name(),
              "Rôle des collectivités : " + item.labelFr() + " — " + answer.labelFr(),
              studies.figure(Actor.MAYORS, measure, region),
              studies.figure(Actor.MAYORS, measure, null));
        }
      }
    }
    return out;
  }

  /** The territory columns of every row: level label, code, name. */
  static Object[] place(Territory t) {
    return new Object[] {t.level().labelFr(), t.code(), t.name()};
  }

  private static Object rank(int rank) {
    return rank == 0 ? null : rank;
  }

  /**
   * A perception figure with its provenance; its numbers left empty when its base is hidden. The
   * reference column is the national figure only when comparable (a real figure is not compared
   * with a simulated one).
   */
  private static void perceptionRow(
      CsvTable out,
      Actor actor,
      Object[] scope,
      Domain domain,
      String indicator,
      String indicatorLabel,
      PerceptionFigure figure,
      PerceptionFigure national) {
    Estimate e = figure.estimate();
    Provenance p = figure.provenance();
    boolean comparable =
        national.provenance().kind() != Provenance.Kind.NONE
            && !(p.real() && national.provenance().simulated());
    boolean hidden = !e.visible();
    out.row(
        "perception",
        scope[0],
        scope[1],
        scope[2],
        actor.code(),
        actor.labelFr(),
        domain == null ? null : domain.name(),
        domain == null ? null : domain.labelFr(),
        indicator,
        indicatorLabel,
        hidden ? Double.NaN : e.estimate(),
        null,
        comparable ? national.estimate().estimate() : Double.NaN,
        null,
        null,
        null,
        null,
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
        e.n() == 0 && !p.territorial() ? null : e.n(),
        hidden ? Double.NaN : e.se(),
        ProvenanceLabels.csvFlag(p));
  }
}
