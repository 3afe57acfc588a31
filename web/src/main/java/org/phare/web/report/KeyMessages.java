package org.phare.web.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.phare.core.diagnostic.DomainResult;
import org.phare.core.diagnostic.TerritoryDiagnostic;
import org.phare.core.indicator.Domain;
import org.phare.core.survey.Estimate;
import org.phare.core.territory.Level;
import org.phare.core.territory.PlaceNames;
import org.phare.core.territory.Territory;
import org.phare.core.text.Numbers;
import org.phare.store.perception.Actor;
import org.phare.store.perception.CoConstructionDynamic;
import org.phare.store.perception.Measure;
import org.phare.store.perception.PerceptionFigure;
import org.phare.store.perception.Practice;
import org.phare.web.i18n.Lang;
import org.phare.web.perception.PerceptionCharts;

/**
 * The key messages of the synthesis: fixed sentence templates filled with computed values, never
 * free text. A sentence is left out when its figures are missing or hidden by the small-base rule.
 * A perception sentence ends with the provenance of its figures (a study, published figures,
 * "données simulées").
 */
public final class KeyMessages {

  private KeyMessages() {}

  static List<String> write(
      Territory territory,
      List<IdentityFigures.Figure> figures,
      TerritoryDiagnostic diagnostic,
      String referenceLabel,
      PerceptionCharts studies,
      String region,
      Territory surveyRegion,
      boolean surveyed,
      Lang lang) {
    Numbers numbers = lang.numbers();
    List<String> messages = new ArrayList<>();
    IdentityFigures.Figure population = figures.get(0);
    IdentityFigures.Figure area = figures.get(1);
    if (!Double.isNaN(population.value())) {
      String sentence =
          lang.placeSubject(territory)
              + lang.pick(" compte ", " has ")
              + numbers.integer((long) population.value())
              + lang.pick(" habitants", " inhabitants");
      if (territory.level() != Level.COUNTRY && !Double.isNaN(population.share())) {
        sentence +=
            lang.pick(", soit ", ", ")
                + numbers.percentOfFraction(population.share(), 1)
                + lang.pick(" de la population française", " of the French population");
      }
      if (!Double.isNaN(area.value())) {
        sentence +=
            lang.pick(", sur ", ", on ") + numbers.integer(Math.round(area.value())) + " km²";
      }
      messages.add(sentence + ".");
    }
    List<DomainResult> scored =
        diagnostic.domains().stream()
            .filter(DomainResult::hasData)
            .sorted(Comparator.comparingDouble(DomainResult::score).reversed())
            .toList();
    if (!diagnostic.priorities().isEmpty()) {
      List<String> names = new ArrayList<>();
      for (Domain d : diagnostic.priorities()) {
        DomainResult r = diagnostic.domain(d).orElseThrow();
        names.add(label(d, lang) + " (" + numbers.signed(r.score(), 2) + ")");
      }
      messages.add(
          lang.pick("Fragilités prioritaires par rapport ", "Priority fragilities compared with ")
              + lang.pick(PlaceNames.to(referenceLabel), referenceLabel)
              + " : "
              + String.join(", ", names)
              + ".");
    } else if (!scored.isEmpty()) {
      messages.add(
          lang.pick("Aucun domaine n’est plus fragile ", "No domain is more fragile than ")
              + lang.pick(PlaceNames.than(referenceLabel), referenceLabel)
              + lang.pick(
                  " d’au moins un demi écart-type ; le plus exposé est ",
                  " by half a standard deviation or more; the most exposed is ")
              + label(scored.get(0).domain(), lang)
              + " ("
              + numbers.signed(scored.get(0).score(), 2)
              + ").");
    }
    if (scored.size() >= 2) {
      DomainResult best = scored.get(scored.size() - 1);
      messages.add(
          lang.pick("Point fort : ", "Strength: ")
              + label(best.domain(), lang)
              + " ("
              + numbers.signed(best.score(), 2)
              + (best.rank() > 0
                  ? lang.pick(", rang ", ", rank ") + best.rank() + " / " + best.of()
                  : "")
              + ").");
    }
    long insufficient = diagnostic.domains().stream().filter(DomainResult::insufficient).count();
    if (insufficient > 0) {
      messages.add(
          insufficient
              + (insufficient == 1
                  ? lang.pick(
                      " domaine aux données insuffisantes (moins de 3 indicateurs notés) : pas de score.",
                      " domain with insufficient data (fewer than 3 scored indicators): no score.")
                  : lang.pick(
                      " domaines aux données insuffisantes (moins de 3 indicateurs notés) : pas de score.",
                      " domains with insufficient data (fewer than 3 scored indicators): no score.")));
    }
    long missing =
        diagnostic.domains().stream().filter(d -> !d.hasData() && !d.insufficient()).count();
    if (missing > 0) {
      messages.add(
          missing
              + (missing == 1
                  ? lang.pick(
                      " domaine sans donnée à ce niveau : la lecture reste partielle.",
                      " domain without data at this level: the reading is partial.")
                  : lang.pick(
                      " domaines sans donnée à ce niveau : la lecture reste partielle.",
                      " domains without data at this level: the reading is partial.")));
    }
    if (!surveyed) {
      return messages;
    }
    // « en Centre-Val de Loire », « dans les Pays de la Loire », « à La Réunion » (the COG's
    // article)
    String where =
        region == null || surveyRegion == null
            ? lang.pick("en France", "in France")
            : lang.placeIn(surveyRegion);
    Optional<Domain> top = topRated(studies, Actor.CITIZENS, region);
    top.ifPresent(
        d -> {
          PerceptionFigure f = studies.figure(Actor.CITIZENS, Measure.meanRating(d), region);
          Estimate e = f.estimate();
          messages.add(
              lang.pick("Les citoyens ", "Citizens ")
                  + where
                  + lang.pick(
                      " placent en tête de leurs fragilités perçues : ",
                      " rate highest among perceived fragilities: ")
                  + label(d, lang)
                  + lang.pick(" (note moyenne ", " (mean rating ")
                  + numbers.fixed(e.estimate(), 1)
                  + "/10"
                  + base(e, numbers)
                  + ")"
                  + provenance(studies, f)
                  + ".");
        });
    for (Actor actor : List.of(Actor.COMPANIES, Actor.ASSOCIATIONS)) {
      Measure measure = Measure.practice(Practice.YES);
      PerceptionFigure f = studies.figure(actor, measure, region);
      Estimate e = f.estimate();
      if (!ReportBuilder.showable(e)) {
        continue;
      }
      PerceptionFigure reference = region == null ? null : studies.reference(f, actor, measure);
      messages.add(
          numbers.percentOfFraction(e.estimate(), 0)
              + lang.pick(
                  actor == Actor.COMPANIES ? " des entreprises " : " des associations ",
                  actor == Actor.COMPANIES ? " of companies " : " of associations ")
              + where
              + lang.pick(" ont des partenariats", " have partnerships")
              + details(region, reference, f, e, numbers, lang)
              + provenance(studies, f)
              + ".");
    }
    double dynamic = 0;
    long n = 0;
    boolean visible = true;
    PerceptionFigure last = null;
    for (CoConstructionDynamic answer :
        List.of(
            CoConstructionDynamic.ANCHORED,
            CoConstructionDynamic.GROWING,
            CoConstructionDynamic.EMERGING)) {
      last = studies.figure(Actor.MAYORS, Measure.dynamic(answer), region);
      Estimate e = last.estimate();
      dynamic += e.estimate();
      n = e.n();
      visible &= e.visible() && !Double.isNaN(e.estimate());
    }
    if (visible && last != null) {
      messages.add(
          numbers.percentOfFraction(dynamic, 0)
              + lang.pick(" des maires ", " of mayors ")
              + where
              + lang.pick(
                  " voient leur territoire porteur d’une dynamique de co-construction",
                  " see their territory carrying a co-construction dynamic")
              + (n > 0 ? " (n = " + numbers.integer(n) + ")" : "")
              + provenance(studies, last)
              + ".");
    }
    return messages;
  }

  /**
   * " (France : 37 %, significantly above…, n = 164)": the national reference when there is a
   * comparable one, and the base when known; "" when neither.
   */
  private static String details(
      String region,
      PerceptionFigure reference,
      PerceptionFigure f,
      Estimate e,
      Numbers numbers,
      Lang lang) {
    List<String> details = new ArrayList<>();
    if (region != null && reference != null && reference.estimate().visible()) {
      details.add(
          lang.pick("France : ", "France: ")
              + numbers.percentOfFraction(reference.estimate().estimate(), 0)
              + ReportBuilder.significanceWord(f.mark(), lang));
    }
    if (e.n() > 0) {
      details.add("n = " + numbers.integer(e.n()));
    }
    return details.isEmpty() ? "" : " (" + String.join(", ", details) + ")";
  }

  /** ", n = 123" when the base is known (published figures have none), else "". */
  private static String base(Estimate e, Numbers numbers) {
    return e.n() > 0 ? ", n = " + numbers.integer(e.n()) : "";
  }

  /** " (données simulées)", " (Study (2003))": the figure's provenance in brackets. */
  private static String provenance(PerceptionCharts studies, PerceptionFigure f) {
    return " (" + studies.labels().label(f.provenance()) + ")";
  }

  private static Optional<Domain> topRated(PerceptionCharts studies, Actor actor, String region) {
    Domain best = null;
    double bestValue = Double.NEGATIVE_INFINITY;
    for (Domain d : Domain.values()) {
      Estimate e = studies.figure(actor, Measure.meanRating(d), region).estimate();
      if (ReportBuilder.showable(e) && e.estimate() > bestValue) {
        bestValue = e.estimate();
        best = d;
      }
    }
    return Optional.ofNullable(best);
  }

  private static String label(Domain domain, Lang lang) {
    return lang.pick(domain.labelFr(), domain.labelEn());
  }
}
