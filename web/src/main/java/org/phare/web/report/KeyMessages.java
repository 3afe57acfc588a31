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
import org.phare.core.territory.Territory;
import org.phare.core.text.Numbers;
import org.phare.store.perception.Actor;
import org.phare.store.perception.CoConstructionDynamic;
import org.phare.store.perception.PerceptionStudies;
import org.phare.store.perception.Practice;
import org.phare.web.i18n.Lang;

/**
 * The key messages of the synthesis: fixed sentence templates filled with computed values, never
 * free text. A sentence is left out when its figures are missing or hidden by the small-base rule.
 */
public final class KeyMessages {

  private KeyMessages() {}

  static List<String> write(
      Territory territory,
      List<IdentityFigures.Figure> figures,
      TerritoryDiagnostic diagnostic,
      String referenceLabel,
      PerceptionStudies studies,
      String region,
      String regionName,
      boolean surveyed,
      Lang lang) {
    Numbers numbers = lang.numbers();
    List<String> messages = new ArrayList<>();
    IdentityFigures.Figure population = figures.get(0);
    IdentityFigures.Figure area = figures.get(1);
    if (!Double.isNaN(population.value())) {
      String sentence =
          territory.name()
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
          lang.pick("Fragilités prioritaires par rapport à ", "Priority fragilities compared with ")
              + referenceLabel
              + " : "
              + String.join(", ", names)
              + ".");
    } else if (!scored.isEmpty()) {
      messages.add(
          lang.pick("Aucun domaine n'est plus fragile que ", "No domain is more fragile than ")
              + referenceLabel
              + lang.pick(
                  " d'au moins un demi écart-type ; le plus exposé est ",
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
    long missing = diagnostic.domains().stream().filter(d -> !d.hasData()).count();
    if (missing > 0) {
      messages.add(
          missing
              + lang.pick(
                  " domaine(s) sans donnée à ce niveau : la lecture reste partielle.",
                  " domain(s) without data at this level: the reading is partial."));
    }
    if (!surveyed) {
      return messages;
    }
    String where =
        region == null ? lang.pick("en France", "in France") : lang.pick("en ", "in ") + regionName;
    String simulated =
        " ("
            + lang.pick(PerceptionStudies.SIMULATED_LABEL_FR, PerceptionStudies.SIMULATED_LABEL_EN)
            + ")";
    Optional<Domain> top = topRated(studies, Actor.CITIZENS, region);
    top.ifPresent(
        d -> {
          Estimate e = estimate(studies, Actor.CITIZENS, PerceptionStudies.meanRating(d), region);
          messages.add(
              lang.pick("Les citoyens ", "Citizens ")
                  + where
                  + lang.pick(
                      " placent en tête de leurs fragilités perçues : ",
                      " rate highest among perceived fragilities: ")
                  + label(d, lang)
                  + lang.pick(" (note moyenne ", " (mean rating ")
                  + numbers.fixed(e.estimate(), 1)
                  + "/10, n = "
                  + numbers.integer(e.n())
                  + ")"
                  + simulated
                  + ".");
        });
    for (Actor actor : List.of(Actor.COMPANIES, Actor.ASSOCIATIONS)) {
      PerceptionStudies.Measure measure = PerceptionStudies.practice(Practice.YES);
      Estimate e = estimate(studies, actor, measure, region);
      if (!ReportBuilder.showable(e)) {
        continue;
      }
      Estimate france = studies.national(actor, measure);
      messages.add(
          numbers.percentOfFraction(e.estimate(), 0)
              + lang.pick(
                  actor == Actor.COMPANIES ? " des entreprises " : " des associations ",
                  actor == Actor.COMPANIES ? " of companies " : " of associations ")
              + where
              + lang.pick(" ont des partenariats (France : ", " have partnerships (France: ")
              + numbers.percentOfFraction(france.estimate(), 0)
              + (region == null
                  ? ""
                  : ReportBuilder.significanceWord(
                      studies.compareWithRest(actor, measure, region), lang))
              + ", n = "
              + numbers.integer(e.n())
              + ")"
              + simulated
              + ".");
    }
    double dynamic = 0;
    long n = 0;
    for (CoConstructionDynamic answer :
        List.of(
            CoConstructionDynamic.ANCHORED,
            CoConstructionDynamic.GROWING,
            CoConstructionDynamic.EMERGING)) {
      Estimate e = estimate(studies, Actor.MAYORS, PerceptionStudies.dynamic(answer), region);
      dynamic += e.estimate();
      n = e.n();
    }
    if (n >= 30) {
      messages.add(
          numbers.percentOfFraction(dynamic, 0)
              + lang.pick(" des maires ", " of mayors ")
              + where
              + lang.pick(
                  " voient leur territoire porteur d'une dynamique de co-construction (n = ",
                  " see their territory carrying a co-construction dynamic (n = ")
              + numbers.integer(n)
              + ")"
              + simulated
              + ".");
    }
    return messages;
  }

  private static Estimate estimate(
      PerceptionStudies studies, Actor actor, PerceptionStudies.Measure measure, String region) {
    return region == null
        ? studies.national(actor, measure)
        : studies.region(actor, measure, region);
  }

  private static Optional<Domain> topRated(PerceptionStudies studies, Actor actor, String region) {
    Domain best = null;
    double bestValue = Double.NEGATIVE_INFINITY;
    for (Domain d : Domain.values()) {
      Estimate e = estimate(studies, actor, PerceptionStudies.meanRating(d), region);
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
