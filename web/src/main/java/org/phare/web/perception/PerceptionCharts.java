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
import org.phare.web.chart.Bar;
import org.phare.web.chart.BarChart;
import org.phare.web.chart.ColorScale;
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

  public PerceptionCharts(PerceptionSource source, Lang lang) {
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
        bar = bar.withComparison(percent ? tick * 100 : tick);
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
  public String ratings(Actor actor, String region, String regionName, String id) {
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
    String where = region == null ? "France" : regionName;
    return BarChart.render(
        id,
        lang.pick("Fragilités perçues — ", "Perceived fragilities — ")
            + label(actor)
            + " — "
            + where
            + " ("
            + provenance()
            + ")",
        lang.pick(
            "Note moyenne de 1 à 10 de chaque domaine comme fragilité du territoire ; trait : France.",
            "Mean rating 1 to 10 of each domain as a fragility of the territory; tick: France."),
        bars,
        0,
        10,
        source(actor, n));
  }

  /** Share of each actor seeing alliances as a source of innovation. */
  public String alliances(String region, String regionName, String id) {
    List<Bar> bars = new ArrayList<>();
    long n = 0;
    begin();
    for (Actor actor : Actor.values()) {
      Measure measure = Measure.allianceInnovation();
      bars.add(shareBar(label(actor), actor, measure, region, "#4575b4"));
      n += estimate(actor, measure, region).n();
    }
    return BarChart.render(
        id,
        lang.pick("Les alliances, source d’innovation — ", "Alliances as a source of innovation — ")
            + (region == null ? "France" : regionName)
            + " ("
            + provenance()
            + ")",
        lang.pick(
            "Part des acteurs pour qui les alliances sont source d’innovation ; trait : France.",
            "Share of actors for whom alliances are a source of innovation; tick: France."),
        bars,
        0,
        100,
        sourceLine(n, lang.pick(" ; ▲▼ écart significatif (5 %)", "; ▲▼ significant gap (5%)")));
  }

  /** Mayors' co-construction dynamic (Q4). */
  public String dynamic(String region, String regionName, String id) {
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
    return BarChart.render(
        id,
        lang.pick(
                "Dynamique de co-construction selon les maires — ",
                "Co-construction dynamic according to mayors — ")
            + (region == null ? "France" : regionName)
            + " ("
            + provenance()
            + ")",
        lang.pick(
            "Q4 : votre territoire est-il porteur d’une dynamique de co-construction ? Trait : France.",
            "Q4: is your territory carrying a co-construction dynamic? Tick: France."),
        bars,
        0,
        100,
        source(Actor.MAYORS, n));
  }

  /**
   * Mayors' Q8, the role of local authorities in developing alliances: one bar per item, the share
   * answering "priority" (with its comparison to France and the rest-of-France test), the secondary
   * share in the bar's text. Items whose published split is not legible are starred as
   * demonstration values (see the store's PublishedFigures).
   */
  public String roles(String region, String regionName, String id) {
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
            new Bar(
                bar.label(),
                bar.value(),
                bar.text() + " (+ " + numbers.percent(secondary.estimate() * 100, 0) + ")",
                bar.colour(),
                bar.href(),
                bar.comparison(),
                bar.mark());
      }
      bars.add(bar);
      n = estimate(Actor.MAYORS, priority, region).n();
    }
    return BarChart.render(
        id,
        lang.pick(
                "Rôle des collectivités pour développer les alliances selon les maires — ",
                "Role of local authorities in developing alliances according to mayors — ")
            + (region == null ? "France" : regionName)
            + " ("
            + provenance()
            + ")",
        lang.pick(
            "Q8 : part des maires pour qui ce rôle est prioritaire (entre parenthèses :"
                + " secondaire). Trait : France.",
            "Q8: share of mayors for whom this role is a priority (in brackets: secondary)."
                + " Tick: France."),
        bars,
        0,
        100,
        // the legend must be visible (the description is only read by screen readers)
        lang.pick(
                "Part « prioritaire » (entre parenthèses : « secondaire ») ; ",
                "Share \"priority\" (in brackets: \"secondary\"); ")
            + (reconstructed
                ? lang.pick(
                    "† répartition non lisible dans la source publiée, reconstituée"
                        + " (démonstration) ; ",
                    "† split not legible in the published source, reconstructed"
                        + " (demonstration); ")
                : "")
            + source(Actor.MAYORS, n));
  }

  /** Partnership practice of companies and associations. */
  public String practice(String region, String regionName, String id) {
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
                practice == Practice.YES
                    ? "#1a9850"
                    : practice == Practice.INTENDS ? "#91cf60" : "#bdbdbd"));
      }
      n += estimate(actor, Measure.practice(Practice.YES), region).n();
    }
    return BarChart.render(
        id,
        lang.pick("Pratiques partenariales — ", "Partnership practices — ")
            + (region == null ? "France" : regionName)
            + " ("
            + provenance()
            + ")",
        lang.pick(
            "Part des entreprises et des associations ayant des partenariats ; trait : France.",
            "Share of companies and associations with partnerships; tick: France."),
        bars,
        0,
        100,
        sourceLine(
            n,
            lang.pick(
                " ; ▲▼ écart significatif (5 %) ; * base < 100",
                "; ▲▼ significant gap (5%); * base < 100")));
  }

  /** The four partnership categories among partnering companies and associations. */
  public String categories(String region, String regionName, String id) {
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
    return BarChart.render(
        id,
        lang.pick("Les quatre catégories de partenariats — ", "The four partnership categories — ")
            + (region == null ? "France" : regionName)
            + " ("
            + provenance()
            + ")",
        lang.pick(
            "Part des organisations partenaires pratiquant chaque catégorie (plusieurs réponses) ; violet : logique associative, vert : logique entreprise ; trait : France.",
            "Share of partnering organisations practising each category (several answers); purple: associative logic, green: company logic; tick: France."),
        bars,
        0,
        100,
        lang.pick(
                "Base : organisations ayant des partenariats — ",
                "Base: organisations with partnerships — ")
            + sourceLine(n, "")
            + lang.pick(
                " ; ▲▼ écart significatif (5 %) ; * base < 100",
                "; ▲▼ significant gap (5%); * base < 100"));
  }

  /** The three priority domains on which to mobilise, share citing each. */
  public String priorities(Actor actor, String region, String regionName, String id) {
    List<Bar> bars = new ArrayList<>();
    long n = 0;
    begin();
    for (Domain domain : Domain.values()) {
      Measure measure = Measure.priority(domain);
      bars.add(shareBar(label(domain), actor, measure, region, "#d6604d"));
      n = Math.max(n, source.figure(actor, measure, region).estimate().n());
    }
    bars.sort((a, b) -> Double.compare(nanLow(b.value()), nanLow(a.value())));
    return BarChart.render(
        id,
        lang.pick("Les 3 fragilités prioritaires — ", "The 3 priority fragilities — ")
            + label(actor)
            + " — "
            + (region == null ? "France" : regionName)
            + " ("
            + provenance()
            + ")",
        lang.pick(
            "Part citant chaque domaine parmi ses 3 priorités (total 300 %) ; trait : France.",
            "Share citing each domain among their 3 priorities (total 300%); tick: France."),
        bars,
        0,
        100,
        source(actor, n));
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
