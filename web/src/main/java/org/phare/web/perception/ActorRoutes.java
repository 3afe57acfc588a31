package org.phare.web.perception;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.phare.core.indicator.Domain;
import org.phare.core.message.RefusedException;
import org.phare.core.survey.BaseStatus;
import org.phare.core.survey.Estimate;
import org.phare.core.territory.Level;
import org.phare.core.territory.Territory;
import org.phare.core.text.Numbers;
import org.phare.store.perception.Actor;
import org.phare.store.perception.Measure;
import org.phare.store.perception.PerceptionFigure;
import org.phare.store.perception.PerceptionSource;
import org.phare.store.study.StudyPerception;
import org.phare.store.version.DataKind;
import org.phare.web.Links;
import org.phare.web.Option;
import org.phare.web.Pages;
import org.phare.web.PhareData;
import org.phare.web.RouteModule;
import org.phare.web.cache.Caches;
import org.phare.web.cache.PageCache;
import org.phare.web.chart.ColorScale;
import org.phare.web.chart.Figure;
import org.phare.web.i18n.Lang;
import org.phare.web.map.ChoroplethMap;
import org.phare.web.map.MapCache;

/** The dashboard by actor ({@code /acteurs?acteur=&region=&domaine=}). */
public final class ActorRoutes implements RouteModule {

  private final PhareData data;
  private final MapCache maps;
  private final Pages pages;

  /** The actors' pages: perception figures, and indicator-free region names and outlines. */
  private final PageCache cache;

  /** What a rendering shows: the cache key, with the data versions the cache adds. */
  private record Rendering(Actor actor, String region, Domain domain, Lang lang) {}

  public ActorRoutes(PhareData data, MapCache maps, Pages pages, Caches caches) {
    this.data = data;
    this.maps = maps;
    this.pages = pages;
    this.cache = caches.pages("actor-pages", 500, DataKind.STUDIES);
  }

  @Override
  public void register(Javalin app) {
    app.get("/acteurs", this::page);
  }

  private void page(Context ctx) {
    Lang lang = Pages.lang(ctx);
    String actorParam = ctx.queryParam("acteur");
    Actor actor =
        actorParam == null || actorParam.isBlank() ? Actor.CITIZENS : Actor.parse(actorParam);
    String domainParam = ctx.queryParam("domaine");
    Domain domain =
        domainParam == null || domainParam.isBlank()
            ? Domain.EMPLOYMENT
            : Domain.parse(domainParam);
    String region = ctx.queryParam("region");
    PerceptionSource studies = data.perceptions();
    if (region != null && (region.isBlank() || !studies.regions().contains(region))) {
      if (!region.isBlank()) {
        throw RefusedException.badInput(
            "perception.region.not-surveyed",
            "region",
            "region",
            region,
            "regions",
            String.join(", ", studies.regions()));
      }
      region = null;
    }
    String langSwitch = Pages.otherLanguage(ctx);
    String chosen = region;
    cache.send(
        ctx,
        "text/html; charset=utf-8",
        new Rendering(actor, region, domain, lang),
        () ->
            pages.render(
                "actors.jte",
                Map.of("view", view(actor, chosen, domain, lang), "langSwitch", langSwitch)));
  }

  ActorView view(Actor actor, String region, Domain domain, Lang lang) {
    PerceptionSource studies = data.perceptions();
    PerceptionCharts charts = new PerceptionCharts(studies, lang, data.referential());
    Numbers numbers = lang.numbers();
    Links links = new Links(lang);
    String regionName =
        region == null
            ? "France"
            : data.referential().require(StudyPerception.territory(region)).name();
    List<Figure> svgs = new ArrayList<>();
    svgs.add(charts.ratings(actor, region, regionName, "ratings"));
    svgs.add(charts.priorities(actor, region, regionName, "priorities"));
    svgs.add(charts.alliances(region, regionName, "alliances"));
    if (actor == Actor.MAYORS) {
      svgs.add(charts.dynamic(region, regionName, "dynamic"));
      svgs.add(charts.roles(region, regionName, "roles"));
    }
    if (actor.asksPartnershipPractice()) {
      svgs.add(charts.practice(region, regionName, "practice"));
      svgs.add(charts.categories(region, regionName, "categories"));
    }
    // map: the actor's mean rating of the domain in each surveyed region (small bases hidden)
    Map<String, Double> values = new HashMap<>();
    Map<String, String> tooltips = new HashMap<>();
    Map<String, String> printed = new HashMap<>();
    Measure measure = Measure.meanRating(domain);
    charts.begin();
    for (Territory r : data.referential().all(Level.REGION)) {
      PerceptionFigure figure = charts.figure(actor, measure, r.code());
      Estimate e = figure.estimate();
      BaseStatus display = e.status();
      double value = display == BaseStatus.HIDDEN ? Double.NaN : e.estimate();
      values.put(r.code(), value);
      printed.put(
          r.code(),
          (e.n() == 0
              ? lang.pick("pas d’enquête", "not surveyed")
              : display == BaseStatus.HIDDEN
                  ? lang.pick("base < 30, masqué", "base < 30, hidden")
                  : numbers.fixed(value, 1)
                      + "/10 (n = "
                      + numbers.integer(e.n())
                      + (display == BaseStatus.FLAGGED ? ", *" : "")
                      + ")"));
      tooltips.put(r.code(), r.name() + " : " + printed.get(r.code()));
    }
    String domainLabel = lang.pick(domain.labelFr(), domain.labelEn());
    String actorLabel = charts.label(actor);
    String mapTitle =
        lang.pick(
            "Où "
                + charts.who(actor)
                + " jugent-ils le domaine « "
                + domainLabel
                + " » le plus fragile ?",
            "Where do "
                + charts.who(actor)
                + " see the domain \""
                + domainLabel
                + "\" as most fragile?");
    String mapCaption =
        lang.pick(
            "Note moyenne de 1 à 10 donnée par "
                + charts.who(actor)
                + " au domaine « "
                + domainLabel
                + " » comme fragilité de leur territoire, par région ; un clic sur"
                + " une région ouvre ses résultats.",
            "Mean rating from 1 to 10 given by "
                + charts.who(actor)
                + " to the domain \""
                + domainLabel
                + "\" as a fragility of their territory, by region; a click on a"
                + " region opens its results.");
    ColorScale mapScale = ColorScale.sequential(4, 8);
    java.util.function.Function<String, String> mapLinks =
        code ->
            studies.regions().contains(code)
                ? links.actors(actor.code(), code) + "&domaine=" + domain.name()
                : null;
    String mapSvg =
        ChoroplethMap.render(
            maps.france(Level.REGION),
            new ChoroplethMap.Spec(
                "actor-map",
                mapTitle,
                mapCaption,
                values,
                mapScale,
                lang.pick("Note moyenne 1-10 (", "Mean rating 1-10 (")
                    + charts.chartProvenance()
                    + ")",
                charts.labels().line(charts.shown())
                    + lang.pick(
                        " ; gris : base < 30 ou pas d’enquête",
                        "; grey: base < 30 or not surveyed"),
                mapLinks,
                code -> tooltips.getOrDefault(code, code),
                region),
            lang);
    List<Figure.Row> mapRows = new ArrayList<>();
    for (Territory r : data.referential().all(Level.REGION)) {
      mapRows.add(
          new Figure.Row(r.name(), mapLinks.apply(r.code()), List.of(printed.get(r.code()))));
    }
    Figure map =
        new Figure(
            "actor-map",
            mapTitle,
            lang.pick("Population : ", "Population: ")
                + charts.who(actor)
                + lang.pick(", par région — Source : ", ", by region — Source: ")
                + charts.labels().line(charts.shown()),
            ChoroplethMap.key(mapScale, lang),
            mapCaption,
            mapSvg,
            new Figure.DataTable(
                mapTitle,
                List.of(
                    lang.pick("Région", "Region"),
                    lang.pick("Note moyenne 1-10 (base)", "Mean rating 1-10 (base)")),
                mapRows));
    List<Option> actors = new ArrayList<>();
    for (Actor a : Actor.values()) {
      actors.add(new Option(a.code(), charts.label(a), a == actor));
    }
    List<Option> regions = new ArrayList<>();
    regions.add(new Option("", "France", region == null));
    for (Territory r : data.referential().all(Level.REGION)) {
      if (studies.regions().contains(r.code())) {
        regions.add(new Option(r.code(), r.name(), r.code().equals(region)));
      }
    }
    // the territories of the studies run in Phare below the region (départements, EPCI, communes)
    for (String key : studies.regions()) {
      if (key.indexOf(':') >= 0) {
        data.referential()
            .find(StudyPerception.territory(key))
            .ifPresent(
                t ->
                    regions.add(
                        new Option(
                            key,
                            t.name() + lang.pick(" (étude territoriale)", " (territorial study)"),
                            key.equals(region))));
      }
    }
    List<Option> domains = new ArrayList<>();
    for (Domain d : Domain.values()) {
      domains.add(new Option(d.name(), lang.pick(d.labelFr(), d.labelEn()), d == domain));
    }
    return new ActorView(
        lang,
        actorLabel + " — " + regionName,
        actors,
        regions,
        domains,
        map,
        svgs,
        charts.labels().badge(charts.shown()),
        charts.labels().notes(charts.shown()));
  }
}
