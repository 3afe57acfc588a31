package org.phare.web.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.phare.core.diagnostic.DomainResult;
import org.phare.core.diagnostic.IndicatorResult;
import org.phare.core.diagnostic.Reference;
import org.phare.core.diagnostic.TerritoryDiagnostic;
import org.phare.core.diagnostic.Trend;
import org.phare.core.indicator.Criterion;
import org.phare.core.indicator.Domain;
import org.phare.core.survey.Estimate;
import org.phare.core.survey.Mark;
import org.phare.core.territory.Level;
import org.phare.core.territory.PlaceNames;
import org.phare.core.territory.Territory;
import org.phare.core.territory.TerritoryId;
import org.phare.core.territory.TerritoryReferential;
import org.phare.core.text.Numbers;
import org.phare.store.perception.Actor;
import org.phare.store.perception.Measure;
import org.phare.store.perception.PerceptionFigure;
import org.phare.store.perception.PerceptionSource;
import org.phare.store.study.StudyPerception;
import org.phare.web.Links;
import org.phare.web.PhareData;
import org.phare.web.chart.Bar;
import org.phare.web.chart.BarChart;
import org.phare.web.chart.ColorScale;
import org.phare.web.chart.Figure;
import org.phare.web.chart.QuadrantChart;
import org.phare.web.chart.RadarChart;
import org.phare.web.i18n.Lang;
import org.phare.web.map.ChoroplethMap;
import org.phare.web.map.MapCache;
import org.phare.web.map.MapLayout;
import org.phare.web.perception.PerceptionCharts;
import org.phare.web.report.ReportView.CriterionBlock;
import org.phare.web.report.ReportView.CrossingRow;
import org.phare.web.report.ReportView.DomainBlock;
import org.phare.web.report.ReportView.IndicatorRow;
import org.phare.web.report.ReportView.KeyFigure;
import org.phare.web.report.ReportView.Link;

/** Builds the five-part territorial diagnostic report from the diagnostic engine's output. */
public final class ReportBuilder {

  private final PhareData data;
  private final MapCache maps;

  public ReportBuilder(PhareData data, MapCache maps) {
    this.data = data;
    this.maps = maps;
  }

  /**
   * The perception key whose results apply to a territory: a territorial study of the territory
   * itself or of the closest territory containing it below the region (its {@code level:code} key,
   * see {@code StudyPerception.key}), else its region if surveyed (a study of the region or the
   * regional studies); empty when nothing applies. France's report reads the national figures,
   * unless a study of France was run in Phare.
   */
  public static Optional<String> perceptionRegion(Territory territory, PerceptionSource studies) {
    java.util.Set<String> keys = studies.regions();
    List<TerritoryId> candidates = new ArrayList<>();
    if (territory.level() != Level.REGION) {
      candidates.add(territory.id());
    }
    for (Level level : List.of(Level.EPCI, Level.DEPARTEMENT)) {
      if (level.ordinal() != territory.level().ordinal()) {
        territory.ancestor(level).ifPresent(candidates::add);
      }
    }
    for (TerritoryId candidate : candidates) {
      String key = StudyPerception.key(candidate);
      if (keys.contains(key)) {
        return Optional.of(key);
      }
    }
    String region =
        territory.level() == Level.REGION
            ? territory.code()
            : territory.ancestor(Level.REGION).map(TerritoryId::code).orElse(null);
    return region != null && keys.contains(region) ? Optional.of(region) : Optional.empty();
  }

  public ReportView build(TerritoryId id, Reference reference, Lang lang) {
    return build(id, reference, List.of(), lang);
  }

  /**
   * The report against the reference, or against the peers the user chose when {@code peers} is not
   * empty (then the reference is {@link Reference#PEERS}).
   */
  public ReportView build(TerritoryId id, Reference requested, List<TerritoryId> peers, Lang lang) {
    TerritoryReferential referential = data.referential();
    Territory territory = referential.require(id);
    Numbers numbers = lang.numbers();
    Links links = new Links(lang);
    TerritoryDiagnostic diagnostic =
        peers.isEmpty() ? data.diagnose(id, requested) : data.diagnose(id, peers);
    Reference reference = diagnostic.reference();
    TerritoryDiagnostic national =
        reference == Reference.NATIONAL ? diagnostic : data.diagnose(id, Reference.NATIONAL);

    // Part 1: identity
    List<IdentityFigures.Figure> figures =
        IdentityFigures.of(territory, referential, maps.atlas(), national);
    List<KeyFigure> identity = new ArrayList<>();
    for (IdentityFigures.Figure f : figures) {
      int decimals = f.value() != Math.rint(f.value()) && Math.abs(f.value()) < 1000 ? 1 : 0;
      String value =
          numbers.fixed(f.value(), decimals)
              + (f.unit().isEmpty() ? "" : " " + lang.unit(f.unit()));
      if (Double.isNaN(f.value())) {
        value = lang.pick("non disponible", "not available");
      }
      String share =
          Double.isNaN(f.share()) || territory.level() == Level.COUNTRY || f.share() > 1
              ? ""
              : f.share() > 0 && f.share() < 0.00005
                  // one commune among 34 875 is 0,003 %: "0,00 %" would read as nothing
                  ? "< " + numbers.percentOfFraction(0.0001, 2)
                  : numbers.percentOfFraction(f.share(), f.share() < 0.01 ? 2 : 1);
      identity.add(new KeyFigure(lang.pick(f.labelFr(), f.labelEn()), value, share, f.source()));
    }

    // Part 2: fragilities
    String referenceLabel = referenceLabel(diagnostic, lang);
    // the reference in a sentence, with its article: « la France », « le Centre-Val de Loire »
    String referenceNamed = referenceNamed(diagnostic, lang);
    List<RadarChart.Axis> axes = new ArrayList<>();
    List<Bar> domainBars = new ArrayList<>();
    ColorScale scale = ColorScale.fragility();
    List<CriterionBlock> criteria = new ArrayList<>();
    Map<Domain, DomainResult> byDomain = new HashMap<>();
    for (DomainResult d : diagnostic.domains()) {
      byDomain.put(d.domain(), d);
    }
    // the dashboard map a report links to: its own level, inside its EPCI or département for a
    // commune, inside its département for an EPCI (regions and France: the regions of France)
    Level mapLevel =
        switch (territory.level()) {
          case DEPARTEMENT, EPCI, COMMUNE -> territory.level();
          default -> Level.REGION;
        };
    TerritoryId mapWithin =
        switch (territory.level()) {
          case COMMUNE ->
              territory
                  .ancestor(Level.EPCI)
                  .or(() -> territory.ancestor(Level.DEPARTEMENT))
                  .orElse(null);
          case EPCI -> territory.ancestor(Level.DEPARTEMENT).orElse(null);
          default -> null;
        };
    for (Criterion criterion : Criterion.values()) {
      List<DomainBlock> blocks = new ArrayList<>();
      for (Domain domain : Domain.of(criterion)) {
        DomainResult d = byDomain.get(domain);
        String label = lang.pick(domain.labelFr(), domain.labelEn());
        double score = d == null ? Double.NaN : d.score();
        String scoreText = domainScoreText(d, numbers, lang);
        axes.add(new RadarChart.Axis(label, score, scoreText));
        domainBars.add(
            Bar.of(label, score, scoreText, scale.colour(score))
                .withHref(links.dashboard(domain, mapLevel, reference, mapWithin)));
        List<IndicatorRow> rows = new ArrayList<>();
        if (d != null) {
          for (IndicatorResult r : d.indicators()) {
            rows.add(indicatorRow(r, numbers, lang));
          }
        }
        blocks.add(
            new DomainBlock(
                domain.name(),
                label,
                scoreText,
                domainRankText(d, lang),
                cssClass(score),
                diagnostic.priorities().contains(domain),
                rows));
      }
      criteria.add(new CriterionBlock(lang.pick(criterion.labelFr(), criterion.labelEn()), blocks));
    }
    String sourceNote = "";
    // the figure's numbers and files: same state as the page (reference, chosen peers, language)
    java.util.function.Function<Figure, Figure> downloadable =
        f -> f.withDownloads(ext -> links.chart(id, reference, peers, f.id(), ext));
    String territoryLine =
        lang.pick("Territoire : ", "Territory: ")
            + territory.name()
            + " ("
            + lang.pick(territory.level().labelFr(), territory.level().labelEn())
            + ")"
            + lang.pick(" — référence : ", " — reference: ")
            + referenceLabel
            + lang.pick(" — base : ", " — base: ")
            + diagnostic.domains().stream().filter(DomainResult::hasData).count()
            + lang.pick(" domaines sur 16 avec un score — ", " of 16 domains with a score — ")
            + vintages(diagnostic, lang);
    String radarCaption =
        lang.pick(
            "Score de fragilité de chaque domaine, de −2 (centre) à +2 (bord) : écart à la"
                + " référence en écarts-types des territoires pairs, orienté (+ = plus fragile)."
                + " Plus le contour s’éloigne du cercle pointillé, plus le domaine s’écarte de la"
                + " référence.",
            "Fragility score of each domain, from −2 (centre) to +2 (rim): gap with the reference"
                + " in standard deviations of the peers, oriented (+ = more fragile). The further"
                + " the outline from the dashed circle, the further the domain from the"
                + " reference.");
    String radarTitle =
        territory.name()
            + lang.pick(
                " : quel est le profil de fragilité des 16 domaines ?",
                ": what is the fragility profile of the 16 domains?");
    List<Figure.Row> radarRows = new ArrayList<>();
    for (RadarChart.Axis axis : axes) {
      radarRows.add(new Figure.Row(axis.label(), List.of(axis.text())));
    }
    Figure radar =
        downloadable.apply(
            new Figure(
                "radar",
                radarTitle,
                territoryLine,
                List.of(
                    Figure.Key.dashed(
                        lang.pick(
                            "cercle pointillé : score 0, le niveau "
                                + PlaceNames.of(referenceNamed),
                            "dashed circle: score 0, the level of " + referenceLabel)),
                    Figure.Key.symbol(
                        "(—)",
                        lang.pick(
                            "domaine sans score (moins de 3 indicateurs renseignés) : le contour s’interrompt",
                            "domain without a score (fewer than 3 indicators with data): the outline breaks"))),
                radarCaption,
                RadarChart.render("radar", radarTitle, radarCaption, axes, sourceNote),
                new Figure.DataTable(
                    radarTitle,
                    List.of(lang.pick("Domaine", "Domain"), lang.pick("Score", "Score")),
                    radarRows)));
    String barsTitle =
        territory.name()
            + lang.pick(
                " : quels domaines sont les plus fragiles ?",
                ": which domains are the most fragile?");
    String barsCaption =
        lang.pick(
            "Score de fragilité de chaque domaine par rapport à la référence : une barre vers la"
                + " droite signale un domaine plus fragile, vers la gauche un domaine moins fragile."
                + " Un clic sur un domaine ouvre sa carte.",
            "Fragility score of each domain against the reference: a bar to the right marks a"
                + " more fragile domain, to the left a less fragile one. A click on a domain opens"
                + " its map.");
    List<Figure.Key> scaleKey = new ArrayList<>();
    for (int i = scale.colours().size() - 1; i >= 0; i--) {
      scaleKey.add(
          Figure.Key.colour(
              scale.colours().get(i), lang.pick("score ", "score ") + scale.classLabel(i, lang)));
    }
    Figure domainBarsFigure =
        downloadable.apply(
            new Figure(
                "domain-scores",
                barsTitle,
                territoryLine,
                scaleKey,
                barsCaption,
                BarChart.render(
                    "domain-scores", barsTitle, barsCaption, domainBars, -2, 2, sourceNote),
                BarChart.table(
                    barsTitle,
                    domainBars,
                    lang.pick("Domaine", "Domain"),
                    lang.pick("Score", "Score"),
                    "",
                    "")));
    List<String> priorities =
        diagnostic.priorities().stream()
            .map(
                d ->
                    lang.pick(d.labelFr(), d.labelEn())
                        + " ("
                        + numbers.signed(byDomain.get(d).score(), 2)
                        + ")")
            .toList();

    // Perceptions (regional studies)
    PerceptionSource studies = data.perceptions();
    PerceptionCharts charts = new PerceptionCharts(studies, lang, referential);
    Optional<String> region = perceptionRegion(territory, studies);
    boolean surveyed = territory.level() == Level.COUNTRY || region.isPresent();
    String regionCode = region.orElse(null);
    // a territorial study's territory (any level) or the region whose studies apply
    String regionName =
        region
            .map(code -> referential.require(StudyPerception.territory(code)).name())
            .orElse("France");
    boolean territorialStudy =
        regionCode != null
            && java.util.Arrays.stream(Actor.values())
                .anyMatch(
                    a ->
                        studies
                            .figure(a, Measure.meanRating(Domain.EMPLOYMENT), regionCode)
                            .provenance()
                            .territorial());
    String perceptionScope = "";
    String perceptionScopeLead = "";
    List<Figure> perceptionFigures = new ArrayList<>();
    Figure quadrant = null;
    List<CrossingRow> crossing = new ArrayList<>();
    Figure dynamic = null;
    Figure roles = null;
    Figure alliances = null;
    Figure practice = null;
    Figure categories = null;
    if (!surveyed) {
      perceptionScope =
          lang.pick(
              "Les études PHARE n’ont pas interrogé cette région (outre-mer) : pas de résultats de perception.",
              "The PHARE studies did not survey this region (overseas): no perception results.");
    } else {
      // the provenance of what the part shows is appended once every figure has been read
      perceptionScopeLead =
          territorialStudy
              ? lang.pick("Résultats de l’étude menée ", "Results of the study run ")
                  + lang.placeIn(referential.require(StudyPerception.territory(regionCode)))
                  + (regionCode.indexOf(':') >= 0
                          && !regionCode.equals(StudyPerception.key(territory.id()))
                      ? lang.pick(" (qui contient ", " (which contains ") + territory.name() + ")"
                      : "")
                  + " — "
              : (territory.level() == Level.COUNTRY && regionCode == null
                      ? lang.pick("Résultats nationaux", "National results")
                      : lang.pick("Résultats de la région ", "Results for the region ")
                          + regionName)
                  + lang.pick(
                      " (les études sont représentatives par région) — ",
                      " (the studies are representative by region) — ");
      for (Actor actor : Actor.values()) {
        perceptionFigures.add(
            downloadable.apply(
                charts.ratings(
                    actor,
                    regionCode,
                    regionName,
                    "perception-" + actor.code().toLowerCase(java.util.Locale.ROOT))));
      }
      if (regionCode != null) {
        List<QuadrantChart.Point> points = new ArrayList<>();
        charts.begin();
        long citizens = 0;
        for (Domain domain : Domain.values()) {
          DomainResult d = byDomain.get(domain);
          double objective = d == null ? Double.NaN : d.score();
          Measure rating = Measure.meanRating(domain);
          PerceptionFigure here = charts.figure(Actor.CITIZENS, rating, regionCode);
          PerceptionFigure france = charts.reference(here, Actor.CITIZENS, rating);
          citizens = Math.max(citizens, here.estimate().n());
          // no gap against a national figure that is not comparable (real vs simulated)
          double perceived =
              france == null || !here.estimate().visible()
                  ? Double.NaN
                  : here.estimate().estimate() - france.estimate().estimate();
          Crossing verdict = Crossing.of(objective, perceived);
          String label = lang.pick(domain.labelFr(), domain.labelEn());
          points.add(
              new QuadrantChart.Point(
                  label,
                  shortLabel(domain),
                  objective,
                  perceived,
                  lang.pick("score objectif ", "objective score ")
                      + numbers.signed(objective, 2)
                      + lang.pick(" ; écart perçu ", "; perceived gap ")
                      + numbers.signed(perceived, 2)
                      + " — "
                      + lang.pick(verdict.labelFr(), verdict.labelEn())));
          crossing.add(
              new CrossingRow(
                  label,
                  numbers.signed(objective, 2),
                  numbers.signed(perceived, 2),
                  lang.pick(verdict.labelFr(), verdict.labelEn()),
                  verdict.name().toLowerCase(java.util.Locale.ROOT)));
        }
        String quadrantTitle =
            territory.name()
                + lang.pick(
                    " : les citoyens perçoivent-ils les fragilités mesurées ?",
                    ": do citizens perceive the measured fragilities?");
        // whose perceptions: the citizens of the study's territory (a territorial study) or of the
        // region whose published study applies
        Territory perceivers =
            region
                .map(key -> referential.require(StudyPerception.territory(key)))
                .orElse(referential.require(TerritoryId.FRANCE));
        String citizensOf = lang.pick("citoyens ", "citizens of ") + lang.placeOf(perceivers);
        String quadrantCaption =
            lang.pick(
                "Chaque point est un domaine : à droite, plus fragile "
                    + PlaceNames.than(referenceNamed)
                    + " selon les indicateurs ; en haut, jugé plus fragile par les "
                    + citizensOf
                    + " qu’en France (écart de note moyenne sur 10).",
                "Each point is a domain: to the right, more fragile than "
                    + referenceLabel
                    + " by the indicators; up, rated more fragile by the "
                    + citizensOf
                    + " than in France (gap in mean rating out of 10).");
        String quadrantSource = charts.source(Actor.CITIZENS, citizens);
        List<Figure.Row> crossingRows = new ArrayList<>();
        for (CrossingRow r : crossing) {
          crossingRows.add(
              new Figure.Row(r.domain(), List.of(r.objective(), r.perceived(), r.verdict())));
        }
        quadrant =
            downloadable.apply(
                new Figure(
                    "crossing",
                    quadrantTitle,
                    lang.pick("Indicateurs : ", "Indicators: ")
                        + territory.name()
                        + lang.pick(" ; perceptions : ", "; perceptions: ")
                        + citizensOf
                        + " — "
                        + quadrantSource,
                    List.of(
                        Figure.Key.symbol(
                            "●",
                            lang.pick(
                                "un domaine ; les quatre coins nomment la lecture",
                                "a domain; the four corners name the reading"))),
                    quadrantCaption,
                    QuadrantChart.render(
                        "crossing",
                        quadrantTitle,
                        quadrantCaption,
                        points,
                        lang.pick(
                            "Score objectif (+ = plus fragile "
                                + PlaceNames.than(referenceNamed)
                                + ")",
                            "Objective score (+ = more fragile than " + referenceLabel + ")"),
                        // a territorial study's label is long: the figure's subtitle gives it
                        territorialStudy
                            ? lang.pick(
                                "Fragilité perçue : note des citoyens du territoire − France",
                                "Perceived: the territory’s citizens’ rating − France")
                            : lang.pick(
                                    "Fragilité perçue : note des citoyens de la région − France (",
                                    "Perceived: regional citizens’ rating − France (")
                                + charts.chartProvenance()
                                + ")",
                        List.of(
                            lang.pick(Crossing.RECOGNISED.labelFr(), Crossing.RECOGNISED.labelEn()),
                            lang.pick(Crossing.CONCERN.labelFr(), Crossing.CONCERN.labelEn()),
                            lang.pick(
                                Crossing.UNDER_PERCEIVED.labelFr(),
                                Crossing.UNDER_PERCEIVED.labelEn()),
                            lang.pick(Crossing.STRENGTH.labelFr(), Crossing.STRENGTH.labelEn())),
                        ""),
                    new Figure.DataTable(
                        quadrantTitle,
                        List.of(
                            lang.pick("Domaine", "Domain"),
                            lang.pick("Score objectif", "Objective score"),
                            territorialStudy
                                ? lang.pick(
                                    "Écart perçu (citoyens, territoire − France)",
                                    "Perceived gap (citizens, territory − France)")
                                : lang.pick(
                                    "Écart perçu (citoyens, région − France)",
                                    "Perceived gap (citizens, region − France)"),
                            lang.pick("Lecture", "Reading")),
                        crossingRows)));
      }
      dynamic = downloadable.apply(charts.dynamic(regionCode, regionName, "dynamic"));
      roles = downloadable.apply(charts.roles(regionCode, regionName, "roles"));
      alliances = downloadable.apply(charts.alliances(regionCode, regionName, "alliances"));
      practice = downloadable.apply(charts.practice(regionCode, regionName, "practice"));
      categories = downloadable.apply(charts.categories(regionCode, regionName, "categories"));
    }

    // Part 5: synthesis
    List<String> messages =
        KeyMessages.write(
            territory,
            figures,
            diagnostic,
            referenceNamed,
            charts,
            regionCode,
            region.map(key -> referential.require(StudyPerception.territory(key))).orElse(null),
            surveyed,
            lang);
    String perceptionBadge = "";
    if (surveyed) {
      perceptionScope = perceptionScopeLead + charts.labels().line(charts.shown());
      if (territorialStudy) {
        perceptionScope = territorialScope(studies, charts, regionCode, perceptionScopeLead, lang);
      }
      perceptionBadge = charts.labels().badge(charts.shown());
    }
    List<Domain> fragileFirst =
        diagnostic.domains().stream()
            .filter(DomainResult::hasData)
            .sorted(Comparator.comparingDouble(DomainResult::score).reversed())
            .map(DomainResult::domain)
            .limit(3)
            .toList();
    List<Domain> focus = diagnostic.priorities().isEmpty() ? fragileFirst : diagnostic.priorities();
    List<ReportView.FurtherCase> further = new ArrayList<>();
    for (FurtherReading.Case c : FurtherReading.matching(focus, 5)) {
      String domains =
          c.domains().size() == Domain.values().length
              ? lang.pick("tous domaines", "all domains")
              : c.domains().stream()
                  .sorted()
                  .map(d -> lang.pick(d.labelFr(), d.labelEn()))
                  .collect(Collectors.joining(", "));
      further.add(
          new ReportView.FurtherCase(
              c.name(), c.place(), lang.pick(c.form().labelFr(), c.form().labelEn()), domains));
    }

    return new ReportView(
        lang,
        territory.name(),
        lang.pick(territory.level().labelFr(), territory.level().labelEn()),
        territory.code(),
        referenceLabel,
        breadcrumbs(territory, reference, links),
        referenceLinks(territory, reference, links, lang),
        links.pdf(id, reference),
        links.csv(id, reference),
        links.dashboard(
            fragileFirst.isEmpty() ? Domain.EMPLOYMENT : fragileFirst.get(0),
            mapLevel,
            reference,
            mapWithin),
        identity,
        Optional.ofNullable(locator(territory, diagnostic, fragileFirst, reference, links, lang))
            .map(downloadable)
            .orElse(null),
        radar,
        domainBarsFigure,
        priorities,
        criteria,
        perceptionScope,
        perceptionBadge,
        perceptionFigures,
        quadrant,
        crossing,
        dynamic,
        roles,
        alliances,
        practice,
        categories,
        messages,
        further,
        children(territory, reference, links),
        id,
        peersText(diagnostic, lang),
        diagnostic.chosenPeers()
            ? diagnostic.peers().stream().map(Territory::code).collect(Collectors.joining(","))
            : "");
  }

  /**
   * The scope of part 2 over a territorial study: the study's label (name, dates, weighting), the
   * respondents of each actor type it surveyed and in all; the actor types it did not survey keep
   * the region's figures, whose provenance follows.
   */
  private static String territorialScope(
      PerceptionSource studies, PerceptionCharts charts, String key, String lead, Lang lang) {
    List<String> counts = new ArrayList<>();
    java.util.Set<org.phare.store.perception.Provenance> others = new java.util.LinkedHashSet<>();
    org.phare.store.perception.Provenance study = null;
    long total = 0;
    for (Actor actor : Actor.values()) {
      org.phare.store.perception.Provenance p =
          studies.figure(actor, Measure.meanRating(Domain.EMPLOYMENT), key).provenance();
      if (p.territorial()) {
        study = p;
        total += p.n();
        counts.add(
            lang.pick(actor.labelFr(), actor.labelEn()).toLowerCase(java.util.Locale.ROOT)
                + " n = "
                + lang.numbers().integer(p.n()));
      } else if (p.kind() != org.phare.store.perception.Provenance.Kind.NONE) {
        others.add(p);
      }
    }
    String text =
        lead
            + charts.labels().line(java.util.Set.of(study))
            + " : "
            + String.join(", ", counts)
            + lang.pick(" ; ", "; ")
            + lang.numbers().integer(total)
            + lang.pick(
                total > 1 ? " répondants au total" : " répondant au total",
                total > 1 ? " respondents in all" : " respondent in all");
    if (!others.isEmpty()) {
      text +=
          lang.pick(
                  " ; les types d’acteurs qu’elle n’a pas interrogés gardent les chiffres de la région — ",
                  "; the actor types it did not survey keep the region’s figures — ")
              + charts.labels().line(others);
    }
    return text + ".";
  }

  /**
   * A domain's score as printed: the signed score, "données insuffisantes" when some indicators
   * have a score but fewer than the minimum, "pas de donnée" when none has.
   */
  public static String domainScoreText(DomainResult d, Numbers numbers, Lang lang) {
    if (d == null || !d.hasData()) {
      return d != null && d.insufficient()
          ? lang.pick("données insuffisantes", "insufficient data")
          : lang.pick("pas de donnée", "no data");
    }
    return numbers.signed(d.score(), 2);
  }

  /** Rank and indicators behind a domain score ("rang 3 / 6 · 4 indicateurs"). */
  static String domainRankText(DomainResult d, Lang lang) {
    if (d == null || d.scoredIndicators() == 0) {
      return lang.pick("aucun indicateur noté", "no scored indicator");
    }
    if (!d.hasData()) {
      return d.scoredIndicators()
          + lang.pick(" indicateur noté sur ", " scored indicator of ")
          + d.minimum()
          + lang.pick(" requis", " needed");
    }
    String indicators =
        d.indicatorCount()
            + (d.indicatorCount() == 1
                ? lang.pick(" indicateur", " indicator")
                : lang.pick(" indicateurs", " indicators"));
    return d.rank() == 0
        ? indicators
        : lang.pick("rang ", "rank ") + d.rank() + " / " + d.of() + " · " + indicators;
  }

  /**
   * The reference as named in a sentence, with its article ({@link PlaceNames}): « la France », «
   * le Centre-Val de Loire », « la médiane des 6 territoires pairs » / "France", "the median of…".
   */
  String referenceNamed(TerritoryDiagnostic diagnostic, Lang lang) {
    return switch (diagnostic.reference()) {
      case NATIONAL -> lang.placeNamed(data.referential().require(TerritoryId.FRANCE));
      case PARENT ->
          diagnostic.referenceTerritory() == null
              ? lang.pick("le territoire parent", "the parent territory")
              : lang.placeNamed(diagnostic.referenceTerritory());
      case PEERS -> lang.pick("la ", "the ") + referenceLabel(diagnostic, lang);
    };
  }

  static String referenceLabel(TerritoryDiagnostic diagnostic, Lang lang) {
    return switch (diagnostic.reference()) {
      case NATIONAL -> "France";
      case PARENT ->
          diagnostic.referenceTerritory() == null
              ? lang.pick("territoire parent", "parent territory")
              : diagnostic.referenceTerritory().name();
      case PEERS ->
          diagnostic.chosenPeers()
              ? lang.pick("médiane des ", "median of the ")
                  + diagnostic.rankedAmong().size()
                  + lang.pick(" territoires choisis", " chosen territories")
              : lang.pick("médiane des ", "median of the ")
                  + diagnostic.peerCount()
                  + lang.pick(" territoires pairs", " peer territories");
    };
  }

  /**
   * Who the territory is compared and ranked with, and how they were chosen: named when they are
   * few (at most 30), else counted.
   */
  String peersText(TerritoryDiagnostic diagnostic, Lang lang) {
    Territory territory = diagnostic.territory();
    List<Territory> peers = diagnostic.peers();
    String level = lang.pick(territory.level().labelFr(), territory.level().labelEn());
    String parent = data.referential().parent(territory).map(Territory::name).orElse("France");
    String how =
        diagnostic.chosenPeers()
            ? lang.pick("Territoires pairs choisis", "Chosen peer territories")
            : diagnostic.reference() == Reference.NATIONAL
                ? lang.pick(
                        "Rangs parmi tous les territoires de niveau ",
                        "Ranks among every territory of level ")
                    + level
                : lang.pick(
                        "Territoires pairs (même niveau, même parent : ",
                        "Peer territories (same level, same parent: ")
                    + parent
                    + ")";
    if (peers.isEmpty()) {
      return how + lang.pick(" : aucun autre territoire.", ": no other territory.");
    }
    if (peers.size() > 30) {
      return how
          + lang.pick(" : ", ": ")
          + lang.numbers().integer(peers.size() + 1)
          + lang.pick(" territoires.", " territories.");
    }
    return how
        + lang.pick(" : ", ": ")
        + peers.stream()
            .map(t -> t.name() + " (" + t.code() + ")")
            .collect(Collectors.joining(", "))
        + ".";
  }

  /**
   * The vintages of the indicators behind the scores, "millésimes 2019 à 2023" (one: "millésime
   * 2023"); the table of indicators gives each source.
   */
  static String vintages(TerritoryDiagnostic diagnostic, Lang lang) {
    java.util.TreeSet<String> years = new java.util.TreeSet<>();
    for (DomainResult d : diagnostic.domains()) {
      for (IndicatorResult r : d.indicators()) {
        if (r.hasValue() && r.vintage() != null) {
          years.add(String.valueOf(r.vintage()));
        }
      }
    }
    String sources =
        lang.pick(" (sources : tableau des indicateurs)", " (sources: indicator table)");
    if (years.isEmpty()) {
      return lang.pick("aucun indicateur renseigné", "no indicator with data");
    }
    return years.size() == 1
        ? lang.pick("millésime ", "vintage ") + years.first() + sources
        : lang.pick("millésimes ", "vintages ")
            + years.first()
            + lang.pick(" à ", " to ")
            + years.last()
            + sources;
  }

  /** Decimals of an indicator's values: none for a count or a large value, else one. */
  public static int decimals(IndicatorResult r) {
    return r.indicator().isCount() || Math.abs(r.value()) >= 1000 ? 0 : 1;
  }

  /**
   * A trend as printed: the arrow gives the direction of the value (↗ up, ↘ down, → within 1 %),
   * the word reads it through the polarity ("↗ dégradation (+0,8 depuis 2023)" for unemployment
   * going up, "↗ amélioration" for income going up); a context indicator gets the arrow only.
   */
  public static String trendText(Trend t, int decimals, Numbers numbers, Lang lang) {
    if (t == null) {
      return "";
    }
    String arrow =
        t.direction() == Trend.Direction.STABLE || t.change() == 0
            ? "→"
            : t.change() > 0 ? "↗" : "↘";
    String word =
        switch (t.direction()) {
          case WORSENING -> lang.pick(" dégradation", " worsening");
          case IMPROVING -> lang.pick(" amélioration", " improving");
          case STABLE -> lang.pick(" stable", " stable");
          case NOT_ORIENTED -> "";
        };
    return arrow
        + word
        + " ("
        + numbers.signed(t.change(), decimals)
        + lang.pick(" depuis ", " since ")
        + t.earlierVintage()
        + ")";
  }

  private static IndicatorRow indicatorRow(IndicatorResult r, Numbers numbers, Lang lang) {
    int decimals = decimals(r);
    String unit = r.indicator().unit().isEmpty() ? "" : " " + lang.unit(r.indicator().unit());
    String trend = trendText(r.trend(), decimals, numbers, lang);
    return new IndicatorRow(
        lang.pick(r.indicator().labelFr(), r.indicator().labelEn()),
        !r.hasValue()
            ? lang.pick("pas de donnée", "no data")
            // a rate takes the percent sign's own spacing rule (narrow no-break space in French)
            : "%".equals(r.indicator().unit())
                ? numbers.percent(r.value(), decimals)
                : numbers.fixed(r.value(), decimals) + unit,
        numbers.fixed(r.referenceValue(), decimals),
        numbers.signed(r.gap(), decimals),
        r.indicator().isScored() ? numbers.signed(r.score(), 2) : lang.pick("contexte", "context"),
        r.rank() == 0 ? Numbers.NO_DATA : r.rank() + " / " + r.of(),
        trend,
        r.vintage() == null
            ? Numbers.NO_DATA
            : r.vintage() + (r.aggregated() ? lang.pick(" (agrégé)", " (aggregated)") : ""),
        r.indicator().source());
  }

  /** CSS class of a fragility score's colour class. */
  public static String cssClassOf(double score) {
    return cssClass(score);
  }

  static String cssClass(double score) {
    if (Double.isNaN(score)) {
      return "no-data";
    }
    return score >= 1
        ? "f2"
        : score >= 0.5 ? "f1" : score <= -1 ? "s2" : score <= -0.5 ? "s1" : "n";
  }

  private static String shortLabel(Domain domain) {
    String fr = domain.labelFr();
    int comma = fr.indexOf(',');
    return comma > 0 ? fr.substring(0, comma) : fr;
  }

  private List<Link> breadcrumbs(Territory territory, Reference reference, Links links) {
    List<Link> crumbs = new ArrayList<>();
    crumbs.add(
        new Link(
            "France",
            links.territory(TerritoryId.FRANCE, reference),
            territory.level() == Level.COUNTRY));
    for (Level level : List.of(Level.REGION, Level.DEPARTEMENT, Level.EPCI)) {
      if (level.compareTo(territory.level()) < 0) {
        territory
            .ancestor(level)
            .flatMap(data.referential()::find)
            .ifPresent(
                t -> crumbs.add(new Link(t.name(), links.territory(t.id(), reference), false)));
      }
    }
    if (territory.level() != Level.COUNTRY) {
      crumbs.add(new Link(territory.name(), links.territory(territory.id(), reference), true));
    }
    return crumbs;
  }

  private static List<Link> referenceLinks(
      Territory territory, Reference reference, Links links, Lang lang) {
    List<Link> result = new ArrayList<>();
    for (Reference r : Reference.values()) {
      if (territory.level() == Level.COUNTRY && r != Reference.NATIONAL) {
        continue;
      }
      result.add(
          new Link(
              lang.pick(r.labelFr(), r.labelEn()),
              links.territory(territory.id(), r),
              r == reference));
    }
    return result;
  }

  private List<Link> children(Territory territory, Reference reference, Links links) {
    Level childLevel =
        switch (territory.level()) {
          case COUNTRY -> Level.REGION;
          case REGION -> Level.DEPARTEMENT;
          case DEPARTEMENT -> Level.EPCI;
          case EPCI -> Level.COMMUNE;
          case COMMUNE -> null;
        };
    if (childLevel == null) {
      return List.of();
    }
    List<Territory> within = new ArrayList<>(data.referential().within(territory.id(), childLevel));
    within.sort(Comparator.comparing(Territory::name));
    List<Link> result = new ArrayList<>();
    for (Territory child : within.subList(0, Math.min(400, within.size()))) {
      result.add(new Link(child.name(), links.territory(child.id(), reference), false));
    }
    return result;
  }

  /**
   * A locator map: the territory among its peers, coloured by its most fragile domain, itself
   * outlined. Regions on the France map; départements zoomed on their region; below, the
   * département holding the territory.
   */
  private Figure locator(
      Territory territory,
      TerritoryDiagnostic diagnostic,
      List<Domain> fragileFirst,
      Reference reference,
      Links links,
      Lang lang) {
    if (territory.level() == Level.COUNTRY) {
      return null;
    }
    Level level;
    String selected;
    MapLayout layout;
    List<Territory> peers;
    if (territory.level() == Level.REGION) {
      level = Level.REGION;
      selected = territory.code();
      if (maps.atlas().outline(level, selected).isEmpty()) {
        return null;
      }
      layout = maps.france(Level.REGION);
      peers = data.referential().all(Level.REGION);
    } else if ((territory.level() == Level.COMMUNE || territory.level() == Level.EPCI)
        && maps.atlas().hasCommunes()
        && !maps.atlas().outlines(territory.level()).isEmpty()
        && maps.atlas().outlines(territory.level()).containsKey(territory.code())) {
      // a commune among the communes of its EPCI (of its département without one), an EPCI among
      // the EPCI of its département
      level = territory.level();
      selected = territory.code();
      TerritoryId container =
          level == Level.COMMUNE
              ? territory
                  .ancestor(Level.EPCI)
                  .or(() -> territory.ancestor(Level.DEPARTEMENT))
                  .orElse(TerritoryId.FRANCE)
              : territory.ancestor(Level.DEPARTEMENT).orElse(TerritoryId.FRANCE);
      peers = data.referential().within(container, level);
      List<String> codes = new ArrayList<>();
      for (Territory peer : peers) {
        if (maps.atlas().outlines(level).containsKey(peer.code())) {
          codes.add(peer.code());
        }
      }
      if (!codes.contains(selected)) {
        codes.add(selected);
      }
      layout = maps.zoom(level, codes);
    } else {
      level = Level.DEPARTEMENT;
      selected =
          territory.level() == Level.DEPARTEMENT
              ? territory.code()
              : territory.ancestor(Level.DEPARTEMENT).map(TerritoryId::code).orElse(null);
      if (selected == null || maps.atlas().outline(level, selected).isEmpty()) {
        return null;
      }
      Territory departement =
          data.referential().require(TerritoryId.of(Level.DEPARTEMENT, selected));
      TerritoryId region = departement.ancestor(Level.REGION).orElse(TerritoryId.FRANCE);
      peers = data.referential().within(region, Level.DEPARTEMENT);
      layout = maps.zoom(Level.DEPARTEMENT, peers.stream().map(Territory::code).toList());
    }
    Domain domain = fragileFirst.isEmpty() ? Domain.EMPLOYMENT : fragileFirst.get(0);
    Map<String, Double> values = new HashMap<>();
    Map<String, String> names = new HashMap<>();
    for (TerritoryDiagnostic d : data.diagnoseAll(level, reference)) {
      d.domain(domain).ifPresent(r -> values.put(d.territory().code(), r.score()));
      names.put(d.territory().code(), d.territory().name());
    }
    Numbers numbers = lang.numbers();
    String domainLabel = lang.pick(domain.labelFr(), domain.labelEn());
    String levelPlural = levelPlural(level, lang);
    String title =
        territory.name()
            + lang.pick(" : où se situe-t-il pour « ", ": where does it stand for \"")
            + domainLabel
            + lang.pick(" » parmi les ", "\" among the ")
            + levelPlural
            + lang.pick(" voisins ?", " around it?");
    String caption =
        lang.pick(
            "Carte de situation : score du domaine « "
                + domainLabel
                + " », le plus fragile du territoire, dans chaque territoire ; le territoire du"
                + " rapport est cerné de noir. Un clic sur un territoire ouvre son rapport.",
            "Locator map: score of the domain \""
                + domainLabel
                + "\", the territory’s most fragile, in each territory; the report’s territory is"
                + " outlined in black. A click on a territory opens its report.");
    java.util.function.Function<String, String> printed =
        code -> numbers.signed(values.getOrDefault(code, Double.NaN), 2);
    java.util.function.Function<String, String> href =
        code -> links.territory(TerritoryId.of(level, code), reference);
    String outlines =
        lang.pick("Contours : ", "Outlines: ")
            + (level == Level.COMMUNE || level == Level.EPCI
                ? org.phare.web.map.GeoAtlas.COMMUNE_SOURCE
                : org.phare.web.map.GeoAtlas.SOURCE);
    String svg =
        ChoroplethMap.render(
            layout,
            new ChoroplethMap.Spec(
                "locator",
                title,
                caption,
                values,
                ColorScale.fragility(),
                lang.pick("Score « ", "Score \"")
                    + domainLabel
                    + lang.pick(" » (+ = plus fragile)", "\" (+ = more fragile)"),
                outlines,
                href,
                code -> names.getOrDefault(code, code) + " : " + printed.apply(code),
                selected),
            lang);
    // the rows: the shapes drawn, in the order of their names
    List<Figure.Row> rows = new ArrayList<>();
    layout.shapes().stream()
        .map(MapLayout.Shape::code)
        .distinct()
        .sorted(Comparator.comparing((String code) -> names.getOrDefault(code, code)))
        .forEach(
            code ->
                rows.add(
                    new Figure.Row(
                        names.getOrDefault(code, code),
                        href.apply(code),
                        List.of(printed.apply(code)))));
    List<Figure.Key> key = new ArrayList<>(ChoroplethMap.key(ColorScale.fragility(), lang));
    key.add(
        Figure.Key.symbol("▢", lang.pick("contour noir : ", "black outline: ") + territory.name()));
    return new Figure(
        "locator",
        title,
        lang.pick("Territoires : les ", "Territories: the ")
            + levelPlural
            + lang.pick(" voisins — référence : ", " around it — reference: ")
            + referenceLabel(diagnostic, lang)
            + " — "
            + vintages(diagnostic, lang)
            + " — "
            + outlines,
        key,
        caption,
        svg,
        new Figure.DataTable(
            title,
            List.of(
                lang.pick("Territoire", "Territory"),
                lang.pick("Score « ", "Score \"") + domainLabel + lang.pick(" »", "\"")),
            rows));
  }

  /** The territories of a level as a title names them: "départements", "intercommunalités". */
  public static String levelPlural(Level level, Lang lang) {
    return switch (level) {
      case COUNTRY -> lang.pick("pays", "countries");
      case REGION -> lang.pick("régions", "regions");
      case DEPARTEMENT -> lang.pick("départements", "départements");
      case EPCI -> lang.pick("intercommunalités", "intercommunalities");
      case COMMUNE -> lang.pick("communes", "communes");
    };
  }

  /** The four readings of perceived against objective fragility. */
  public enum Crossing {
    RECOGNISED("Fragilité reconnue", "Recognised fragility"),
    UNDER_PERCEIVED("Fragilité sous-perçue", "Under-perceived fragility"),
    CONCERN("Préoccupation sans fragilité mesurée", "Concern without measured fragility"),
    STRENGTH("Atout", "Strength"),
    UNKNOWN("Pas de donnée", "No data");

    private final String labelFr;
    private final String labelEn;

    Crossing(String labelFr, String labelEn) {
      this.labelFr = labelFr;
      this.labelEn = labelEn;
    }

    public String labelFr() {
      return labelFr;
    }

    public String labelEn() {
      return labelEn;
    }

    /**
     * Objective fragility: score above 0 (more fragile than the reference); perceived fragility:
     * the region's citizens rate the domain higher than France's.
     */
    public static Crossing of(double objective, double perceivedGap) {
      if (Double.isNaN(objective) || Double.isNaN(perceivedGap)) {
        return UNKNOWN;
      }
      boolean fragile = objective > 0;
      boolean perceived = perceivedGap > 0;
      return fragile
          ? (perceived ? RECOGNISED : UNDER_PERCEIVED)
          : (perceived ? CONCERN : STRENGTH);
    }
  }

  static String significanceWord(Mark s, Lang lang) {
    return switch (s) {
      case ABOVE ->
          lang.pick(
              ", significativement au-dessus du reste de la France",
              ", significantly above the rest of France");
      case BELOW ->
          lang.pick(
              ", significativement en dessous du reste de la France",
              ", significantly below the rest of France");
      default -> "";
    };
  }

  static boolean showable(Estimate e) {
    return e.visible();
  }
}
