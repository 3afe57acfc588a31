package org.phare.web.perception;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.phare.core.ecosystem.PartnershipCategory;
import org.phare.core.indicator.Domain;
import org.phare.core.survey.BaseStatus;
import org.phare.core.survey.Estimate;
import org.phare.core.survey.Mark;
import org.phare.core.territory.TerritoryReferential;
import org.phare.core.text.Numbers;
import org.phare.store.perception.Actor;
import org.phare.store.perception.CoConstructionDynamic;
import org.phare.store.perception.LocalAuthorityRole;
import org.phare.store.perception.Measure;
import org.phare.store.perception.PerceptionFigure;
import org.phare.store.perception.PerceptionSource;
import org.phare.store.perception.Practice;
import org.phare.store.perception.Provenance;
import org.phare.store.perception.PublishedFigures;
import org.phare.store.perception.RolePriority;
import org.phare.store.study.StudyPerception;
import org.phare.web.chart.Bar;
import org.phare.web.chart.BarChart;
import org.phare.web.chart.ColorScale;
import org.phare.web.chart.Figure;
import org.phare.web.i18n.Lang;

/**
 * Charts of the perception studies for France or one region: every bar carries its base, the
 * national figure as a tick, a ▲/▼ mark when the region differs significantly from the rest of
 * France (5 %), and follows the small-base rule (hidden under 30 respondents, starred under 100).
 * Every chart names where its figures come from ({@link ProvenanceLabels}): a study, the published
 * national figures or the simulation ("données simulées"). A region's figure from real answers is
 * not compared with a simulated national figure (no tick): real data is not measured against
 * simulated data.
 */
public final class PerceptionCharts {

  private final PerceptionSource source;
  private final Lang lang;
  private final Numbers numbers;
  private final ProvenanceLabels labels;

  /** Provenances of every figure shown on the page so far (for its badge and notes). */
  private final Set<Provenance> page = new LinkedHashSet<>();

  /** Provenances of the figures of the chart being drawn (for its title and source line). */
  private Set<Provenance> chart = new LinkedHashSet<>();

  private final TerritoryReferential referential;

  /**
   * « de la région Centre-Val de Loire » for a region's study; « du Loiret » for a territorial
   * study ({@code level:code} key), with the COG's article when the referential knows it.
   */
  String of(String region, String regionName) {
    if (region.indexOf(':') < 0) {
      return lang.pick("de la région ", "of the region ") + regionName;
    }
    if (referential != null) {
      var id = StudyPerception.territory(region);
      var place = referential.find(id);
      if (place.isPresent()) {
        return lang.placeOf(place.get());
      }
    }
    return lang.pick("du territoire ", "of ") + regionName;
  }

  public PerceptionCharts(PerceptionSource source, Lang lang) {
    this(source, lang, null);
  }

  /**
   * With the referential that names a territorial study's territory with its article (« les
   * citoyens du Loiret »); without it, a study's place is named « du territoire … ».
   */
  public PerceptionCharts(PerceptionSource source, Lang lang, TerritoryReferential referential) {
    this.referential = referential;
    this.source = source;
    this.lang = lang;
    this.numbers = lang.numbers();
    this.labels = new ProvenanceLabels(lang);
  }

  public ProvenanceLabels labels() {
    return labels;
  }

  /** Provenances of every figure read through these charts (the page's badge and notes). */
  public Set<Provenance> shown() {
    return Set.copyOf(page);
  }

  /** Starts a chart: its title and source line name the provenances of its own figures. */
  public void begin() {
    chart = new LinkedHashSet<>();
  }

  /** The provenance of the current chart's figures, for a title or an axis. */
  public String chartProvenance() {
    return provenance();
  }

  private String provenance() {
    return labels.shortLine(chart);
  }

  /** Source line: provenance of the chart's figures (study, vintage), base and legend. */
  private String sourceLine(long n, String legend) {
    return lang.pick("Source : ", "Source: ")
        + labels.line(chart)
        + (n > 0 ? " — n = " + numbers.integer(n) : "")
        + legend;
  }

  /** Source line of a chart of one actor's figures. */
  public String source(Actor actor, long n) {
    return sourceLine(
        n,
        lang.pick(
            " ; ▲▼ écart significatif au reste de la France (5 %) ; * base < 100",
            "; ▲▼ significant gap with the rest of France (5%); * base < 100"));
  }

  /** The figure of a region (or France when region is null), its provenance recorded. */
  public PerceptionFigure figure(Actor actor, Measure measure, String region) {
    PerceptionFigure figure = source.figure(actor, measure, region);
    record(figure);
    return figure;
  }

  /** The estimate of a region (or France when region is null). */
  public Estimate estimate(Actor actor, Measure measure, String region) {
    return figure(actor, measure, region).estimate();
  }

  /**
   * The national figure a region's figure is compared with, or null when it may not be: a figure
   * from real answers is not compared with a simulated one.
   */
  public PerceptionFigure reference(PerceptionFigure regional, Actor actor, Measure measure) {
    PerceptionFigure national = source.figure(actor, measure, null);
    if (national.provenance().kind() == Provenance.Kind.NONE
        || regional.provenance().real() && national.provenance().simulated()) {
      return null;
    }
    record(national);
    return national;
  }

  private void record(PerceptionFigure figure) {
    if (figure.provenance().kind() != Provenance.Kind.NONE) {
      chart.add(figure.provenance());
      page.add(figure.provenance());
    }
  }

  /** A bar for a share, following the small-base rule and marking significance. */
  Bar shareBar(String label, Actor actor, Measure measure, String region, String colour) {
    return bar(label, actor, measure, region, colour, true);
  }

  private Bar bar(
      String label, Actor actor, Measure measure, String region, String colour, boolean percent) {
    PerceptionFigure figure = figure(actor, measure, region);
    Estimate estimate = figure.estimate();
    BaseStatus display = estimate.status();
    if (display == BaseStatus.HIDDEN) {
      return Bar.of(label, Double.NaN, lang.pick("base < 30", "base < 30"), colour);
    }
    double value = percent ? estimate.estimate() * 100 : estimate.estimate();
    String text = percent ? numbers.percent(value, 0) : numbers.fixed(value, 1);
    Bar bar = Bar.of(label, value, text, colour);
    if (region != null) {
      PerceptionFigure national = reference(figure, actor, measure);
      if (national != null && national.estimate().visible()) {
        double tick = national.estimate().estimate();
        double comparison = percent ? tick * 100 : tick;
        bar =
            bar.withComparison(
                comparison,
                percent ? numbers.percent(comparison, 0) : numbers.fixed(comparison, 1));
      }
      Mark significance = figure.mark();
      String mark = significance == Mark.ABOVE ? "▲" : significance == Mark.BELOW ? "▼" : "";
      if (display == BaseStatus.FLAGGED) {
        mark = mark + "*";
      }
      bar = bar.withMark(mark);
    }
    return bar;
  }

  /** Mean rating (1-10) of the 16 domains as fragilities, highest first. */
  public Figure ratings(Actor actor, String region, String regionName, String id) {
    List<Bar> bars = new ArrayList<>();
    ColorScale scale = ColorScale.sequential(4, 8);
    long n = 0;
    begin();
    for (Domain domain : Domain.values()) {
      Measure measure = Measure.meanRating(domain);
      Estimate estimate = source.figure(actor, measure, region).estimate();
      n = Math.max(n, estimate.n());
      bars.add(
          bar(label(domain), actor, measure, region, scale.colour(estimate.estimate()), false));
    }
    bars.sort((a, b) -> Double.compare(nanLow(b.value()), nanLow(a.value())));
    List<Figure.Key> key = new ArrayList<>();
    for (int i = scale.colours().size() - 1; i >= 0; i--) {
      key.add(
          Figure.Key.colour(
              scale.colours().get(i),
              lang.pick("note moyenne ", "mean rating ") + scale.classLabel(i, lang)));
    }
    return figure(
        id,
        where(region, regionName)
            + lang.pick(
                " : quels domaines " + who(actor) + " jugent-ils les plus fragiles ?",
                ": which domains do " + who(actor) + " see as the most fragile?"),
        lang.pick(
            "Note moyenne de 1 (pas fragile) à 10 (très fragile) donnée par "
                + who(actor)
                + " à chaque domaine comme fragilité de leur territoire, du plus au moins"
                + " fragile.",
            "Mean rating from 1 (not fragile) to 10 (very fragile) given by "
                + who(actor)
                + " to each domain as a fragility of their territory, most fragile first."),
        actor,
        region,
        regionName,
        n,
        key,
        bars,
        0,
        10,
        lang.pick("Note moyenne (1 à 10)", "Mean rating (1 to 10)"));
  }

  /** Share of each actor seeing alliances as a source of innovation. */
  public Figure alliances(String region, String regionName, String id) {
    List<Bar> bars = new ArrayList<>();
    long n = 0;
    begin();
    for (Actor actor : Actor.values()) {
      Measure measure = Measure.allianceInnovation();
      bars.add(shareBar(label(actor), actor, measure, region, "#4575b4"));
      n += estimate(actor, measure, region).n();
    }
    return figure(
        id,
        where(region, regionName)
            + lang.pick(
                " : qui voit dans les alliances une source d’innovation ?",
                ": who sees alliances as a source of innovation?"),
        lang.pick(
            "Part des citoyens, des dirigeants d’entreprise, des dirigeants d’association et des"
                + " maires pour qui les alliances sont une source d’innovation.",
            "Share of citizens, company leaders, association leaders and mayors for whom"
                + " alliances are a source of innovation."),
        null,
        region,
        regionName,
        n,
        List.of(),
        bars,
        0,
        100,
        lang.pick("Part (%)", "Share (%)"));
  }

  /** Mayors' co-construction dynamic (Q4). */
  public Figure dynamic(String region, String regionName, String id) {
    List<Bar> bars = new ArrayList<>();
    begin();
    for (CoConstructionDynamic answer : CoConstructionDynamic.values()) {
      bars.add(
          shareBar(
              lang.pick(answer.labelFr(), answer.labelEn()),
              Actor.MAYORS,
              Measure.dynamic(answer),
              region,
              answer == CoConstructionDynamic.NONE ? "#bdbdbd" : "#1a9850"));
    }
    long n = estimate(Actor.MAYORS, Measure.dynamic(CoConstructionDynamic.NONE), region).n();
    return figure(
        id,
        where(region, regionName)
            + lang.pick(
                " : les maires voient-ils leur territoire porteur d’une dynamique de"
                    + " co-construction ?",
                ": do mayors see their territory carrying a co-construction dynamic?"),
        lang.pick(
            "Question 4 posée aux maires : « votre territoire est-il porteur d’une dynamique de"
                + " co-construction ? » ; part de chaque réponse.",
            "Question 4 asked to mayors: \"is your territory carrying a co-construction"
                + " dynamic?\"; share of each answer."),
        Actor.MAYORS,
        region,
        regionName,
        n,
        List.of(
            Figure.Key.colour(
                "#1a9850", lang.pick("une dynamique, même émergente", "a dynamic, even emerging")),
            Figure.Key.colour("#bdbdbd", lang.pick("pas de dynamique", "no dynamic"))),
        bars,
        0,
        100,
        lang.pick("Part des maires (%)", "Share of mayors (%)"));
  }

  /**
   * Mayors' Q8, the role of local authorities in developing alliances: one bar per item, the share
   * answering "priority" (with its comparison to France and the rest-of-France test), the secondary
   * share in the bar's text. Items whose published split is not legible are starred as
   * demonstration values (see the store's PublishedFigures).
   */
  public Figure roles(String region, String regionName, String id) {
    List<Bar> bars = new ArrayList<>();
    long n = 0;
    boolean reconstructed = false;
    begin();
    for (LocalAuthorityRole item : LocalAuthorityRole.values()) {
      // † when the figure shown is not read from the published source (simulated from a
      // reconstructed split); a study's or a published figure is what it is
      Measure priorityMeasure = Measure.role(item, RolePriority.PRIORITY);
      boolean published =
          PublishedFigures.localAuthorityRoleSplitPublished(item)
              || !source.figure(Actor.MAYORS, priorityMeasure, region).provenance().simulated();
      reconstructed |= !published;
      Measure priority = Measure.role(item, RolePriority.PRIORITY);
      Bar bar =
          shareBar(
              lang.pick(item.shortFr(), item.shortEn()) + (published ? "" : " †"),
              Actor.MAYORS,
              priority,
              region,
              "#2166ac");
      Estimate secondary =
          estimate(Actor.MAYORS, Measure.role(item, RolePriority.SECONDARY), region);
      if (secondary.visible() && !Double.isNaN(bar.value())) {
        bar =
            bar.withText(
                bar.text() + " (+ " + numbers.percent(secondary.estimate() * 100, 0) + ")");
      }
      bars.add(bar);
      n = estimate(Actor.MAYORS, priority, region).n();
    }
    List<Figure.Key> key = new ArrayList<>();
    key.add(
        Figure.Key.symbol(
            "(+ …)",
            lang.pick(
                "entre parenthèses : part des maires pour qui ce rôle est secondaire",
                "in brackets: share of mayors for whom this role is secondary")));
    if (reconstructed) {
      key.add(
          Figure.Key.symbol(
              "†",
              lang.pick(
                  "répartition non lisible dans la source publiée, reconstituée (démonstration)",
                  "split not legible in the published source, reconstructed (demonstration)")));
    }
    return figure(
        id,
        where(region, regionName)
            + lang.pick(
                " : quel rôle les maires attendent-ils des collectivités pour développer les"
                    + " alliances ?",
                ": what role do mayors expect local authorities to play in developing"
                    + " alliances?"),
        lang.pick(
            "Question 8 posée aux maires : part pour qui chaque rôle des collectivités est"
                + " prioritaire (barre) et secondaire (entre parenthèses).",
            "Question 8 asked to mayors: share for whom each role of local authorities is a"
                + " priority (bar) and secondary (in brackets)."),
        Actor.MAYORS,
        region,
        regionName,
        n,
        key,
        bars,
        0,
        100,
        lang.pick("Prioritaire (secondaire)", "Priority (secondary)"));
  }

  /** Partnership practice of companies and associations. */
  public Figure practice(String region, String regionName, String id) {
    List<Bar> bars = new ArrayList<>();
    long n = 0;
    begin();
    for (Actor actor : List.of(Actor.COMPANIES, Actor.ASSOCIATIONS)) {
      for (Practice practice : Practice.values()) {
        Measure measure = Measure.practice(practice);
        bars.add(
            shareBar(
                label(actor) + " — " + lang.pick(practice.labelFr(), practice.labelEn()),
                actor,
                measure,
                region,
                practiceColour(practice)));
      }
      n += estimate(actor, Measure.practice(Practice.YES), region).n();
    }
    List<Figure.Key> key = new ArrayList<>();
    for (Practice practice : Practice.values()) {
      key.add(
          Figure.Key.colour(
              practiceColour(practice), lang.pick(practice.labelFr(), practice.labelEn())));
    }
    return figure(
        id,
        where(region, regionName)
            + lang.pick(
                " : les entreprises et les associations pratiquent-elles des partenariats ?",
                ": do companies and associations practise partnerships?"),
        lang.pick(
            "Part des dirigeants d’entreprise et des dirigeants d’association qui ont des"
                + " partenariats, qui n’en ont pas mais comptent en nouer d’ici deux ans, ou qui"
                + " n’en ont pas.",
            "Share of company and association leaders who have partnerships, who have none but"
                + " intend to within two years, or who have none."),
        null,
        region,
        regionName,
        n,
        key,
        bars,
        0,
        100,
        lang.pick("Part (%)", "Share (%)"));
  }

  private static String practiceColour(Practice practice) {
    return practice == Practice.YES
        ? "#1a9850"
        : practice == Practice.INTENDS ? "#91cf60" : "#bdbdbd";
  }

  /** The four partnership categories among partnering companies and associations. */
  public Figure categories(String region, String regionName, String id) {
    List<Bar> bars = new ArrayList<>();
    long n = 0;
    begin();
    for (Actor actor : List.of(Actor.COMPANIES, Actor.ASSOCIATIONS)) {
      for (PartnershipCategory category : PartnershipCategory.values()) {
        bars.add(
            shareBar(
                label(actor) + " — " + lang.pick(category.labelFr(), category.labelEn()),
                actor,
                Measure.category(category),
                region,
                category.associativeLogic() ? "#762a83" : "#1b7837"));
      }
      n += estimate(actor, Measure.category(PartnershipCategory.MECENAT), region).n();
    }
    return figure(
        id,
        where(region, regionName)
            + lang.pick(
                " : quels partenariats les entreprises et les associations partenaires"
                    + " pratiquent-elles ?",
                ": which partnerships do partnering companies and associations practise?"),
        lang.pick(
            "Part des organisations ayant des partenariats qui pratiquent chacune des quatre"
                + " catégories (plusieurs réponses possibles, le total dépasse 100 %).",
            "Share of the organisations with partnerships practising each of the four"
                + " categories (several answers, the total exceeds 100%)."),
        null,
        region,
        regionName,
        n,
        List.of(
            Figure.Key.colour("#762a83", lang.pick("logique associative", "associative logic")),
            Figure.Key.colour("#1b7837", lang.pick("logique entreprise", "company logic"))),
        bars,
        0,
        100,
        lang.pick("Part (%)", "Share (%)"));
  }

  /** The three priority domains on which to mobilise, share citing each. */
  public Figure priorities(Actor actor, String region, String regionName, String id) {
    List<Bar> bars = new ArrayList<>();
    long n = 0;
    begin();
    for (Domain domain : Domain.values()) {
      Measure measure = Measure.priority(domain);
      bars.add(shareBar(label(domain), actor, measure, region, "#d6604d"));
      n = Math.max(n, source.figure(actor, measure, region).estimate().n());
    }
    bars.sort((a, b) -> Double.compare(nanLow(b.value()), nanLow(a.value())));
    return figure(
        id,
        where(region, regionName)
            + lang.pick(
                " : sur quels domaines " + who(actor) + " veulent-ils se mobiliser en priorité ?",
                ": on which domains do " + who(actor) + " want to act first?"),
        lang.pick(
            "Part "
                + who(actor).replaceFirst("^les ", "des ")
                + " citant chaque domaine parmi leurs 3 priorités (le total"
                + " fait 300 %).",
            "Share of "
                + who(actor)
                + " citing each domain among their 3 priorities (total"
                + " 300%)."),
        actor,
        region,
        regionName,
        n,
        List.of(),
        bars,
        0,
        100,
        lang.pick("Part citant le domaine (%)", "Share citing the domain (%)"));
  }

  /** "Centre-Val de Loire" or "France": where the figures are from. */
  private static String where(String region, String regionName) {
    return region == null ? "France" : regionName;
  }

  /** The actors as a sentence names them: "les maires" / "mayors". */
  public String who(Actor actor) {
    return switch (actor) {
      case CITIZENS -> lang.pick("les citoyens", "citizens");
      case COMPANIES -> lang.pick("les dirigeants d’entreprise", "company leaders");
      case ASSOCIATIONS -> lang.pick("les dirigeants d’association", "association leaders");
      case MAYORS -> lang.pick("les maires", "mayors");
    };
  }

  /**
   * A bar chart as a figure: the bars drawn without a note (the subtitle and the key say it in the
   * page, where the text keeps its size on a phone), the same bars as the data table.
   *
   * @param actor the population when the chart is about one actor, else null (several actors)
   */
  private Figure figure(
      String id,
      String title,
      String caption,
      Actor actor,
      String region,
      String regionName,
      long n,
      List<Figure.Key> colours,
      List<Bar> bars,
      double min,
      double max,
      String valueHeader) {
    String population =
        lang.pick("Population : ", "Population: ")
            + (actor == null
                ? lang.pick("les acteurs interrogés", "the actors surveyed")
                : who(actor))
            + (region == null
                ? lang.pick(" en France", " in France")
                : " " + of(region, regionName))
            + " — ";
    String subtitle =
        population
            + lang.pick("Source : ", "Source: ")
            + labels.line(chart)
            + (n > 0 ? lang.pick(" — base : n = ", " — base: n = ") + numbers.integer(n) : "");
    List<Figure.Key> key = new ArrayList<>(colours);
    key.addAll(marksKey(bars));
    String svg =
        BarChart.render(id, title, caption, bars, min, max, "", lang.pick("France", "France"));
    return new Figure(
        id,
        title,
        subtitle,
        key,
        caption,
        svg,
        BarChart.table(
            title,
            bars,
            lang.pick("Libellé", "Label"),
            valueHeader,
            lang.pick("France (trait noir)", "France (black tick)"),
            lang.pick("Repère", "Mark")));
  }

  /** The key of the marks the bars carry: only those that appear. */
  private List<Figure.Key> marksKey(List<Bar> bars) {
    List<Figure.Key> key = new ArrayList<>();
    if (bars.stream().anyMatch(b -> !b.comparisonText().isEmpty())) {
      key.add(
          Figure.Key.tick(
              lang.pick(
                  "trait noir : la même mesure pour la France entière",
                  "black tick: the same measure for the whole of France")));
    }
    if (bars.stream().anyMatch(b -> b.mark().contains("▲") || b.mark().contains("▼"))) {
      key.add(
          Figure.Key.symbol(
              "▲ ▼",
              lang.pick(
                  "significativement au-dessus / en dessous du reste de la France (seuil 5 %)",
                  "significantly above / below the rest of France (5% level)")));
    }
    if (bars.stream().anyMatch(b -> b.mark().contains("*"))) {
      key.add(
          Figure.Key.symbol(
              "*",
              lang.pick(
                  "moins de 100 répondants : à lire avec prudence",
                  "fewer than 100 respondents: read with care")));
    }
    if (bars.stream().anyMatch(b -> Double.isNaN(b.value()))) {
      key.add(
          Figure.Key.symbol(
              "base < 30",
              lang.pick(
                  "moins de 30 répondants : résultat non publié",
                  "fewer than 30 respondents: not published")));
    }
    return key;
  }

  private static double nanLow(double value) {
    return Double.isNaN(value) ? -1e9 : value;
  }

  public String label(Domain domain) {
    return lang.pick(domain.labelFr(), domain.labelEn());
  }

  public String label(Actor actor) {
    return lang.pick(actor.labelFr(), actor.labelEn());
  }
}
