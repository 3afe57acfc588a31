package org.phare.web.dashboard;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.phare.core.diagnostic.DomainResult;
import org.phare.core.diagnostic.IndicatorResult;
import org.phare.core.diagnostic.Reference;
import org.phare.core.diagnostic.TerritoryDiagnostic;
import org.phare.core.geo.ClassBreaks;
import org.phare.core.indicator.Domain;
import org.phare.core.indicator.IndicatorDefinition;
import org.phare.core.indicator.Polarity;
import org.phare.core.message.RefusedException;
import org.phare.core.territory.Level;
import org.phare.core.territory.Territory;
import org.phare.core.territory.TerritoryId;
import org.phare.core.text.Numbers;
import org.phare.store.version.DataKind;
import org.phare.web.Links;
import org.phare.web.Option;
import org.phare.web.Pages;
import org.phare.web.PhareData;
import org.phare.web.RouteModule;
import org.phare.web.cache.Caches;
import org.phare.web.cache.PageCache;
import org.phare.web.cache.VersionedCache;
import org.phare.web.chart.Bar;
import org.phare.web.chart.BarChart;
import org.phare.web.chart.ColorScale;
import org.phare.web.chart.Figure;
import org.phare.web.i18n.Lang;
import org.phare.web.map.ChoroplethMap;
import org.phare.web.map.GeoAtlas;
import org.phare.web.map.MapCache;
import org.phare.web.map.MapLayout;
import org.phare.web.report.ReportView.Link;

/**
 * The dashboard by domain (the home page, {@code /}) and the map endpoint ({@code /carte.svg}):
 * every territory of a level scored on one domain, mapped (click a region to drill down to its
 * départements, a département to open its report) and ranked. The state is the query string: {@code
 * domaine}, {@code niveau}, {@code ref}, {@code dans}, {@code lang}.
 */
public final class DashboardRoutes implements RouteModule {

  private final PhareData data;
  private final MapCache maps;
  private final Pages pages;

  /** The dashboard pages and the map endpoint's SVG. */
  private final PageCache cache;

  /** The map drawn inside the page (the same SVG the map endpoint sends). */
  private final VersionedCache<Figure> svgCache;

  /** What a rendering shows: the cache key, with the data versions the cache adds. */
  private record Rendering(String what, State state) {}

  /** Rows of the table (France has 34 875 communes: the map shows them all, the table not). */
  static final int MAX_ROWS = 2000;

  public DashboardRoutes(PhareData data, MapCache maps, Pages pages, Caches caches) {
    this.data = data;
    this.maps = maps;
    this.pages = pages;
    this.cache = caches.pages("dashboard-pages", 1000, DataKind.INDICATORS);
    this.svgCache = caches.create("dashboard-maps", 500, DataKind.INDICATORS);
  }

  /** The state of the dashboard read from a request. */
  record State(
      Domain domain,
      Level level,
      Reference reference,
      TerritoryId within,
      Lang lang,
      String indicator,
      ClassBreaks.Method classes,
      List<String> pairs) {

    /** The state with no indicator chosen (the domain score is mapped). */
    State(Domain domain, Level level, Reference reference, TerritoryId within, Lang lang) {
      this(domain, level, reference, within, lang, null, ClassBreaks.Method.QUANTILES, List.of());
    }

    State {
      pairs = List.copyOf(pairs);
    }

    /**
     * The reference's name: with chosen peers ({@code pairs=}), the median of the chosen
     * territories (each one against the others and itself, as on the report).
     */
    String referenceLabel() {
      return pairs.isEmpty()
          ? lang.pick(reference.labelFr(), reference.labelEn())
          : lang.pick("médiane des territoires pairs choisis", "median of the chosen peers");
    }

    /** The report of a territory of the map, with the other chosen peers when there are some. */
    String territoryHref(Links links, TerritoryId id) {
      String href = links.territory(id, reference);
      if (pairs.isEmpty()) {
        return href;
      }
      return href
          + "&pairs="
          + String.join(",", pairs.stream().filter(code -> !code.equals(id.code())).toList());
    }

    static State of(Context ctx) {
      String domain = ctx.queryParam("domaine");
      String level = ctx.queryParam("niveau");
      String reference = ctx.queryParam("ref");
      String within = ctx.queryParam("dans");
      Level parsedLevel = level == null || level.isBlank() ? Level.REGION : Level.parse(level);
      if (parsedLevel == Level.COUNTRY) {
        throw new IllegalArgumentException(
            "niveau '"
                + level
                + "' : le tableau de bord classe les régions, départements, EPCI ou communes");
      }
      TerritoryId in = within == null || within.isBlank() ? null : TerritoryId.parse(within);
      if (in != null && in.level().compareTo(parsedLevel) >= 0) {
        throw RefusedException.badInput(
            "map.within.not-larger", "dans", "within", within, "level", parsedLevel);
      }
      String indicator = ctx.queryParam("indicateur");
      if (indicator != null && !indicator.isBlank() && !indicator.matches("[a-z0-9][a-z0-9_.-]*")) {
        throw RefusedException.badInput("map.indicator.code", "indicateur", "value", indicator);
      }
      // the peers the user chose (pairs=45,18,41: codes of the level, as on the report): the
      // territories shown are those, each against the median of the group; ranks among them
      List<String> pairs = new ArrayList<>();
      String chosen = ctx.queryParam("pairs");
      if (chosen != null && !chosen.isBlank()) {
        for (String code : chosen.split("[,;\\s]+")) {
          if (!code.isBlank() && !pairs.contains(code.trim())) {
            pairs.add(code.trim());
          }
        }
      }
      Reference parsedReference =
          reference == null || reference.isBlank()
              ? Reference.NATIONAL
              : Reference.parse(reference);
      return new State(
          domain == null || domain.isBlank() ? Domain.EMPLOYMENT : Domain.parse(domain),
          parsedLevel,
          pairs.isEmpty() ? parsedReference : Reference.PEERS,
          in,
          Pages.lang(ctx),
          indicator == null || indicator.isBlank() ? null : indicator,
          ClassBreaks.Method.parse(ctx.queryParam("classes")),
          pairs);
    }

    /**
     * A dashboard or map link of this state's map choice: the indicator and the class method follow
     * the drill-down.
     */
    String keep(String url) {
      StringBuilder out = new StringBuilder(url);
      if (indicator != null) {
        out.append("&indicateur=").append(indicator);
      }
      if (classes != ClassBreaks.Method.QUANTILES) {
        out.append("&classes=").append(classes.code());
      }
      return out.toString();
    }
  }

  @Override
  public void register(Javalin app) {
    app.get("/", this::page);
    app.get("/carte.svg", this::mapEndpoint);
    app.get("/carte.csv", this::mapData);
  }

  /**
   * The map's data table for a French spreadsheet (see {@link Figure.DataTable#csv}): the same
   * figure as the page's map, so the same numbers.
   */
  private void mapData(Context ctx) {
    State state = State.of(ctx);
    ctx.header("Content-Disposition", "attachment; filename=\"phare-carte.csv\"");
    cache.send(
        ctx,
        "text/csv; charset=utf-8",
        new Rendering("map-csv", state),
        () -> {
          Figure map = map(state, diagnostics(state));
          return map == null
              ? new Figure.DataTable("", List.of(""), List.of()).csv()
              : map.data().csv();
        });
  }

  private void mapEndpoint(Context ctx) {
    State state = State.of(ctx);
    cache.send(
        ctx,
        "image/svg+xml; charset=utf-8",
        new Rendering("map", state),
        () -> {
          Figure map = map(state, diagnostics(state));
          return map == null ? "" : map.standaloneSvg();
        });
  }

  /**
   * The home ({@code /} without dashboard parameters) is the entry page: what Phare is, the
   * territory search, the three ways in, then the dashboard by domain with its map, one scroll
   * below. The map stays on the home rather than one click away because it is the one view that
   * answers "where in France?" at a glance and every existing link to {@code /?domaine=…} keeps
   * opening it; with parameters the page is the dashboard alone.
   */
  private void page(Context ctx) {
    State state = State.of(ctx);
    String langSwitch = Pages.otherLanguage(ctx);
    boolean home = ctx.queryParamMap().keySet().stream().allMatch(k -> k.equals("lang"));
    cache.send(
        ctx,
        "text/html; charset=utf-8",
        new Rendering(home ? "home" : "dashboard", state),
        () ->
            pages.render(
                "dashboard.jte",
                Map.of(
                    "view",
                    view(state),
                    "langSwitch",
                    langSwitch,
                    "home",
                    home ? homeView(state.lang()) : HomeView.NONE)));
  }

  /** The entry page's ways in: the regions' reports and the domains' dashboards. */
  HomeView homeView(Lang lang) {
    Links links = new Links(lang);
    List<Link> regions =
        data.referential().all(Level.REGION).stream()
            .sorted(
                Comparator.comparing(
                    Territory::name, java.text.Collator.getInstance(java.util.Locale.FRENCH)))
            .map(t -> new Link(t.name(), links.territory(t.id(), Reference.NATIONAL), false))
            .toList();
    List<Link> domains = new ArrayList<>();
    for (Domain d : Domain.values()) {
      domains.add(
          new Link(
              lang.pick(d.labelFr(), d.labelEn()),
              links.dashboard(d, Level.REGION, Reference.NATIONAL, null),
              false));
    }
    return new HomeView(true, regions, domains);
  }

  private List<TerritoryDiagnostic> diagnostics(State state) {
    if (!state.pairs().isEmpty()) {
      return chosen(state);
    }
    List<TerritoryDiagnostic> all = data.diagnoseAll(state.level(), state.reference());
    if (state.within() == null) {
      return all;
    }
    List<TerritoryDiagnostic> inside = new ArrayList<>();
    for (TerritoryDiagnostic d : all) {
      if (d.territory()
          .ancestor(state.within().level())
          .map(state.within()::equals)
          .orElse(false)) {
        inside.add(d);
      }
    }
    return inside;
  }

  /**
   * The territories the user chose, each diagnosed against the others (the engine's chosen peers:
   * reference = median of the group, the territory included; spreads and ranks among them). An
   * unknown code is refused in French before anything is computed ({@code
   * diagnostic.peers.unknown}); fewer than two territories, by the engine ({@code
   * diagnostic.peers.none}).
   */
  private List<TerritoryDiagnostic> chosen(State state) {
    List<TerritoryId> ids = new ArrayList<>();
    for (String code : state.pairs()) {
      TerritoryId id = TerritoryId.of(state.level(), code);
      if (data.referential().find(id).isEmpty()) {
        throw RefusedException.badInput(
            "diagnostic.peers.unknown", "pairs", "code", code, "level", state.level());
      }
      ids.add(id);
    }
    List<TerritoryDiagnostic> out = new ArrayList<>();
    for (TerritoryId id : ids) {
      out.add(data.diagnose(id, ids.stream().filter(other -> !other.equals(id)).toList()));
    }
    return out;
  }

  /**
   * « à la France », « au territoire parent », « aux territoires pairs » / "France"…: the reference
   * after « par rapport », with its article.
   */
  static String referenceTo(Reference reference, Lang lang) {
    return switch (reference) {
      case NATIONAL -> lang.pick("à la France", "France");
      case PARENT -> lang.pick("au territoire parent", "the parent territory");
      case PEERS -> lang.pick("aux territoires pairs", "the peer territories");
    };
  }

  DashboardView view(State state) {
    Lang lang = state.lang();
    Numbers numbers = lang.numbers();
    Links links = new Links(lang);
    List<TerritoryDiagnostic> diagnostics = diagnostics(state);
    List<TerritoryDiagnostic> ranked = new ArrayList<>(diagnostics);
    ranked.sort(
        Comparator.comparingDouble(
                (TerritoryDiagnostic d) ->
                    d.domain(state.domain()).map(DomainResult::score).orElse(Double.NaN))
            .reversed()
            .thenComparing(d -> d.territory().name()));
    // NaN sorts first with reversed(); move territories without data to the end
    ranked.sort(
        Comparator.comparing((TerritoryDiagnostic d) -> !score(d, state.domain()).isNaN() ? 0 : 1));
    List<DashboardView.Row> rows = new ArrayList<>();
    List<Bar> bars = new ArrayList<>();
    ColorScale scale = ColorScale.fragility();
    int rank = 0;
    int shown = 0;
    for (TerritoryDiagnostic d : ranked) {
      DomainResult r = d.domain(state.domain()).orElse(null);
      double s = r == null ? Double.NaN : r.score();
      String href = state.territoryHref(links, d.territory().id());
      if (++shown > MAX_ROWS) {
        // France by commune: the map shows every commune, the table the most fragile ones
        if (!Double.isNaN(s)) {
          ++rank;
        }
        continue;
      }
      rows.add(
          new DashboardView.Row(
              Double.isNaN(s) ? 0 : ++rank,
              d.territory().name(),
              href,
              org.phare.web.report.ReportBuilder.domainScoreText(r, numbers, lang),
              // the indicators actually used in the score; without a score, those noted of the
              // minimum needed
              r == null
                  ? "0"
                  : r.hasData()
                      ? Integer.toString(r.indicatorCount())
                      : r.scoredIndicators()
                          + lang.pick(" (", " (")
                          + r.minimum()
                          + lang.pick(" requis)", " needed)"),
              org.phare.web.report.ReportBuilder.cssClassOf(s)));
      if (bars.size() < 40) {
        bars.add(
            Bar.of(
                    d.territory().name(),
                    s,
                    org.phare.web.report.ReportBuilder.domainScoreText(r, numbers, lang),
                    scale.colour(s))
                .withHref(href));
      }
    }
    String domainLabel = lang.pick(state.domain().labelFr(), state.domain().labelEn());
    String levelLabel = lang.pick(state.level().labelFr(), state.level().labelEn());
    String referenceLabel = state.referenceLabel();
    String where =
        state.within() == null ? "France" : data.referential().require(state.within()).name();
    String title = domainLabel + " — " + levelLabel + " — " + where;
    List<String> sources = sources(diagnostics, state.domain(), lang);
    String levelsPlural = org.phare.web.report.ReportBuilder.levelPlural(state.level(), lang);
    String rankingTitle =
        where
            // régions, intercommunalités, communes are feminine; départements masculine
            + lang.pick(
                state.level() == Level.DEPARTEMENT || state.level() == Level.COUNTRY
                    ? " : quels "
                    : " : quelles ",
                ": which ")
            + levelsPlural
            + lang.pick(" sont les plus fragiles pour « ", " are the most fragile for \"")
            + domainLabel
            + lang.pick(" » ?", "\"?");
    String rankingCaption =
        lang.pick(
            "Score de fragilité du domaine, du plus fragile au moins fragile (40 premiers) : une"
                + " barre vers la droite signale un territoire plus fragile que la référence. Un"
                + " clic sur un territoire ouvre son rapport.",
            "Fragility score of the domain, most fragile first (first 40): a bar to the right"
                + " marks a territory more fragile than the reference. A click on a territory"
                + " opens its report.");
    List<Figure.Key> rankingKey = new ArrayList<>();
    for (int i = scale.colours().size() - 1; i >= 0; i--) {
      rankingKey.add(
          Figure.Key.colour(
              scale.colours().get(i), lang.pick("score ", "score ") + scale.classLabel(i, lang)));
    }
    Figure ranking =
        new Figure(
            "ranking",
            rankingTitle,
            lang.pick("Territoires : ", "Territories: ")
                + levelsPlural
                + " — "
                + where
                + lang.pick(" — référence : ", " — reference: ")
                + referenceLabel
                + lang.pick(" — base : ", " — base: ")
                + rank
                + lang.pick(" territoires avec un score", " territories with a score")
                + lang.pick(
                    " — sources : liste sous le tableau", " — sources: list under the table"),
            rankingKey,
            rankingCaption,
            BarChart.render("ranking", rankingTitle, rankingCaption, bars, -2, 2, ""),
            BarChart.table(
                rankingTitle,
                bars,
                lang.pick("Territoire", "Territory"),
                lang.pick("Score", "Score"),
                "",
                ""));
    List<Option> domains = new ArrayList<>();
    for (Domain d : Domain.values()) {
      domains.add(new Option(d.name(), lang.pick(d.labelFr(), d.labelEn()), d == state.domain()));
    }
    List<Option> levels = new ArrayList<>();
    for (Level l : List.of(Level.REGION, Level.DEPARTEMENT, Level.EPCI, Level.COMMUNE)) {
      levels.add(new Option(l.code(), lang.pick(l.labelFr(), l.labelEn()), l == state.level()));
    }
    List<Option> indicators = new ArrayList<>();
    indicators.add(
        new Option("", lang.pick("Score du domaine", "Domain score"), state.indicator() == null));
    Map<String, String> indicatorLabels = new java.util.TreeMap<>();
    for (TerritoryDiagnostic d : diagnostics) {
      d.domain(state.domain())
          .ifPresent(
              r -> {
                for (IndicatorResult i : r.indicators()) {
                  if (i.hasValue()) {
                    indicatorLabels.putIfAbsent(
                        i.indicator().code(),
                        lang.pick(i.indicator().labelFr(), i.indicator().labelEn()));
                  }
                }
              });
    }
    indicatorLabels.forEach(
        (code, label) -> indicators.add(new Option(code, label, code.equals(state.indicator()))));
    List<Option> classes = new ArrayList<>();
    for (ClassBreaks.Method m : ClassBreaks.Method.values()) {
      classes.add(new Option(m.code(), lang.pick(m.labelFr(), m.labelEn()), m == state.classes()));
    }
    List<Option> references = new ArrayList<>();
    for (Reference r : Reference.values()) {
      references.add(
          new Option(r.code(), lang.pick(r.labelFr(), r.labelEn()), r == state.reference()));
    }
    List<Link> crumbs = new ArrayList<>();
    crumbs.add(
        new Link(
            "France",
            links.dashboard(
                state.domain(),
                state.within() == null ? state.level() : Level.REGION,
                state.reference(),
                null),
            state.within() == null));
    if (state.within() != null) {
      Territory in = data.referential().require(state.within());
      // the path down from France: the region, then the département, each showing the level below
      for (Level above : List.of(Level.REGION, Level.DEPARTEMENT)) {
        if (above.compareTo(in.level()) >= 0) {
          break;
        }
        in.ancestor(above)
            .flatMap(data.referential()::find)
            .ifPresent(
                a ->
                    crumbs.add(
                        new Link(
                            a.name(),
                            links.dashboard(
                                state.domain(),
                                above == Level.REGION ? Level.DEPARTEMENT : Level.COMMUNE,
                                state.reference(),
                                a.id()),
                            false)));
      }
      crumbs.add(
          new Link(
              in.name(),
              links.dashboard(state.domain(), state.level(), state.reference(), state.within()),
              true));
    }
    Figure map = map(state, diagnostics);
    String tableHeading =
        state.pairs().isEmpty()
            ? lang.pick("Tous les territoires", "Every territory")
            : lang.pick("Territoires pairs choisis", "Chosen peer territories");
    String valueHeader = "Score";
    boolean indicatorTable = false;
    if (state.indicator() != null) {
      IndicatorTable table = indicatorTable(state, diagnostics, links);
      if (table != null) {
        rows = table.rows();
        tableHeading = table.heading();
        valueHeader = lang.pick("Valeur", "Value");
        indicatorTable = true;
      }
    }
    return new DashboardView(
        lang,
        title,
        domains,
        levels,
        references,
        state.within() == null ? "" : state.within().toString(),
        crumbs,
        map == null
            ? null
            : map.withDownloads(
                ext ->
                    state.keep(
                        links
                            .map(state.domain(), state.level(), state.reference(), state.within())
                            .replace("/carte.svg", "/carte." + ext))),
        map == null
            ? lang.pick(
                "Pas de contours à ce niveau : voir le classement.",
                "No outlines at this level: see the ranking.")
            : mapNote(state, lang),
        ranking,
        rows,
        sources,
        indicators,
        classes,
        tableHeading,
        valueHeader,
        indicatorTable,
        String.join(",", state.pairs()));
  }

  /** The table of one mapped indicator: its heading and its rows. */
  record IndicatorTable(String heading, List<DashboardView.Row> rows) {}

  /**
   * The table beside an indicator map: each territory shown with the indicator's value (its unit,
   * French format, counts without decimals) and its rank among the territories shown, 1 = the most
   * fragile by the indicator's polarity (the highest value first for a neutral indicator); ties
   * share the best rank; a territory without value is listed last as "pas de donnée", without a
   * rank. Null when the indicator is not one of the domain's at this level (the map then shows the
   * domain score, and so does the table).
   */
  private IndicatorTable indicatorTable(
      State state, List<TerritoryDiagnostic> diagnostics, Links links) {
    Lang lang = state.lang();
    Numbers numbers = lang.numbers();
    List<Map.Entry<TerritoryDiagnostic, IndicatorResult>> found = new ArrayList<>();
    IndicatorDefinition definition = null;
    String vintage = null;
    for (TerritoryDiagnostic d : diagnostics) {
      IndicatorResult r = indicator(d, state.domain(), state.indicator());
      if (r == null) {
        continue;
      }
      definition = r.indicator();
      if (r.hasValue() && vintage == null) {
        vintage = r.vintage();
      }
      found.add(Map.entry(d, r));
    }
    if (definition == null) {
      return null;
    }
    // sign so that a larger oriented value is more fragile
    double sign = definition.polarity() == Polarity.HIGHER_IS_LESS_FRAGILE ? -1 : 1;
    found.sort(
        Comparator.comparing(
                (Map.Entry<TerritoryDiagnostic, IndicatorResult> e) ->
                    e.getValue().hasValue() ? 0 : 1)
            .thenComparing(e -> e.getValue().hasValue() ? -sign * e.getValue().value() : 0.0)
            .thenComparing(e -> e.getKey().territory().name()));
    List<DashboardView.Row> rows = new ArrayList<>();
    int position = 0;
    int rank = 0;
    double previous = Double.NaN;
    for (Map.Entry<TerritoryDiagnostic, IndicatorResult> e : found) {
      IndicatorResult r = e.getValue();
      int shownRank = 0;
      if (r.hasValue()) {
        ++position;
        if (r.value() != previous) {
          rank = position;
          previous = r.value();
        }
        shownRank = rank;
      }
      if (rows.size() >= MAX_ROWS) {
        continue;
      }
      rows.add(
          new DashboardView.Row(
              shownRank,
              e.getKey().territory().name(),
              state.territoryHref(links, e.getKey().territory().id()),
              indicatorValueText(r, numbers, lang),
              "",
              ""));
    }
    String label = lang.pick(definition.labelFr(), definition.labelEn());
    String heading =
        label
            + (vintage == null ? "" : " (" + vintage + ")")
            + lang.pick(" — source : ", " — source: ")
            + definition.source();
    return new IndicatorTable(heading, rows);
  }

  /**
   * An indicator's value as printed in a table: "pas de donnée" when absent, a rate with the
   * percent sign's spacing, a count without decimals, otherwise one decimal and the unit.
   */
  static String indicatorValueText(IndicatorResult r, Numbers numbers, Lang lang) {
    if (!r.hasValue()) {
      return lang.pick("pas de donnée", "no data");
    }
    int decimals = org.phare.web.report.ReportBuilder.decimals(r);
    String unit = r.indicator().unit();
    if ("%".equals(unit)) {
      return numbers.percent(r.value(), decimals);
    }
    return numbers.fixed(r.value(), decimals) + (unit.isEmpty() ? "" : " " + unit);
  }

  /** Five sequential classes, light to dark (ColorBrewer OrRd, colour-blind safe). */
  static final List<String> SEQUENTIAL =
      List.of("#fef0d9", "#fdcc8a", "#fc8d59", "#e34a33", "#b30000");

  /**
   * The map of one indicator's values: classes by the state's method (quantiles by default, Jenks
   * on request) over the values drawn; dark means more fragile (the palette is reversed for an
   * indicator where higher is less fragile); the legend names the method and the reference value.
   * Null when the indicator is not one of the domain's at this level.
   */
  private Figure drawIndicatorMap(
      State state,
      List<TerritoryDiagnostic> diagnostics,
      MapLayout layout,
      Map<String, String> names) {
    Lang lang = state.lang();
    Links links = new Links(lang);
    Numbers numbers = lang.numbers();
    Map<String, Double> values = new HashMap<>();
    IndicatorDefinition definition = null;
    double referenceValue = Double.NaN;
    String vintage = null;
    for (TerritoryDiagnostic d : diagnostics) {
      IndicatorResult r = indicator(d, state.domain(), state.indicator());
      if (r == null) {
        continue;
      }
      definition = r.indicator();
      values.put(d.territory().code(), r.value());
      if (r.hasValue() && Double.isNaN(referenceValue)) {
        referenceValue = r.referenceValue();
      }
      if (r.hasValue() && vintage == null) {
        vintage = r.vintage();
      }
    }
    if (definition == null) {
      // not an indicator of this domain at this level (the domain was just changed in the form):
      // the domain score is mapped instead
      return null;
    }
    double[] drawn = values.values().stream().mapToDouble(Double::doubleValue).toArray();
    List<Double> limits = ClassBreaks.of(state.classes(), drawn, SEQUENTIAL.size());
    List<String> colours = new ArrayList<>(SEQUENTIAL.subList(0, limits.size() + 1));
    if (limits.size() < SEQUENTIAL.size() - 1) {
      // fewer classes than colours: spread them over the whole ramp
      colours.clear();
      for (int i = 0; i <= limits.size(); i++) {
        colours.add(
            SEQUENTIAL.get(limits.isEmpty() ? 2 : i * (SEQUENTIAL.size() - 1) / limits.size()));
      }
    }
    if (definition.polarity() == Polarity.HIGHER_IS_LESS_FRAGILE) {
      java.util.Collections.reverse(colours);
    }
    ColorScale scale = new ColorScale(limits, colours);
    long withValue = values.values().stream().filter(v -> !v.isNaN()).count();
    String label = lang.pick(definition.labelFr(), definition.labelEn());
    String unit = definition.unit().isEmpty() ? "" : " " + definition.unit();
    String referenceLabel = state.referenceLabel();
    String reference =
        Double.isNaN(referenceValue)
            ? lang.pick("non disponible", "not available")
            : numbers.fixed(referenceValue, 1) + unit;
    final IndicatorDefinition shown = definition;
    String levels = org.phare.web.report.ReportBuilder.levelPlural(state.level(), lang);
    String title =
        where(state)
            + lang.pick(" : que vaut « ", ": what is \"")
            + label
            + lang.pick(" » dans chaque ", "\" in each ")
            + lang.pick(state.level().labelFr(), state.level().labelEn())
            + " ?";
    String description =
        label
            + lang.pick(" de chaque ", " of each ")
            + lang.pick(state.level().labelFr(), state.level().labelEn())
            + (vintage == null ? "" : " (" + vintage + ")")
            + lang.pick(
                " : plus la couleur est foncée, plus le territoire est fragile. ",
                ": the darker, the more fragile. ")
            + mapNote(state, lang);
    java.util.function.Function<String, String> printed =
        code -> {
          double v = values.getOrDefault(code, Double.NaN);
          return (Double.isNaN(v) ? lang.pick("pas de donnée", "no data") : numbers.fixed(v, 1))
              + (Double.isNaN(v) ? "" : unit);
        };
    String sourceLine =
        lang.pick("Source : ", "Source: ")
            + shown.source()
            + (vintage == null ? "" : ", " + vintage)
            + lang.pick(" ; contours : ", "; outlines: ")
            + (state.level() == Level.EPCI || state.level() == Level.COMMUNE
                ? GeoAtlas.COMMUNE_SOURCE
                : GeoAtlas.SOURCE);
    String svg =
        ChoroplethMap.render(
            layout,
            new ChoroplethMap.Spec(
                "map",
                title,
                description,
                values,
                scale,
                label + (unit.isEmpty() ? "" : " (" + unit.trim() + ")"),
                sourceLine,
                code -> drillDown(state, code, links),
                code -> names.getOrDefault(code, code) + " : " + printed.apply(code),
                null,
                code ->
                    state.keep(
                        links.dashboard(
                            state.domain(),
                            state.level(),
                            state.reference(),
                            TerritoryId.of(Level.DEPARTEMENT, code))),
                code ->
                    maps.atlas().outline(Level.DEPARTEMENT, code).map(o -> o.name()).orElse(code),
                lang.pick("Classes : ", "Classes: ")
                    + lang.pick(state.classes().labelFr(), state.classes().labelEn())
                    + lang.pick(" sur ", " over ")
                    + withValue
                    + lang.pick(" territoires avec donnée", " territories with data")
                    + lang.pick(
                        " ; plus foncé = plus fragile ; valeur de référence (",
                        "; darker = more fragile; reference value (")
                    + referenceLabel
                    + ") : "
                    + reference
                    + lang.pick(" ; hachures : pas de donnée.", "; hatched: no data.")),
            lang);
    Map<String, Double> fragileFirst = new HashMap<>(values);
    if (definition.polarity() == Polarity.HIGHER_IS_LESS_FRAGILE) {
      // the table lists the most fragile first: the lowest values of such an indicator
      fragileFirst.replaceAll((code, v) -> -v);
    }
    return new Figure(
        "map",
        title,
        lang.pick("Territoires : ", "Territories: ")
            + levels
            + " — "
            + where(state)
            + lang.pick(" — base : ", " — base: ")
            + withValue
            + lang.pick(" territoires avec donnée — ", " territories with data — ")
            + sourceLine,
        ChoroplethMap.key(scale, lang),
        description,
        svg,
        mapTable(
            state,
            title,
            label + (unit.isEmpty() ? "" : " (" + unit.trim() + ")"),
            names,
            fragileFirst,
            printed,
            links));
  }

  private static IndicatorResult indicator(TerritoryDiagnostic d, Domain domain, String code) {
    return d.domain(domain)
        .flatMap(
            r -> r.indicators().stream().filter(i -> i.indicator().code().equals(code)).findFirst())
        .orElse(null);
  }

  private static String mapNote(State state, Lang lang) {
    String table =
        lang.pick(
            " Le tableau ouvre le rapport de chaque territoire.",
            " The table opens each territory’s report.");
    return switch (state.level()) {
          case REGION ->
              lang.pick(
                  "Cliquez une région pour voir ses départements.",
                  "Click a region to see its départements.");
          case DEPARTEMENT ->
              lang.pick(
                  "Cliquez un département pour voir ses communes.",
                  "Click a département to see its communes.");
          case EPCI ->
              state.within() == null
                  ? lang.pick(
                      "Cliquez un département pour voir ses EPCI.",
                      "Click a département to see its EPCI.")
                  : lang.pick(
                      "Cliquez un EPCI pour voir ses communes.",
                      "Click an EPCI to see its communes.");
          default ->
              state.within() == null
                  ? lang.pick(
                      "Cliquez un département pour voir ses communes.",
                      "Click a département to see its communes.")
                  : lang.pick(
                      "Cliquez une commune pour ouvrir son rapport.",
                      "Click a commune to open its report.");
        }
        + table;
  }

  private static Double score(TerritoryDiagnostic d, Domain domain) {
    return d.domain(domain).map(DomainResult::score).orElse(Double.NaN);
  }

  /** Sources and vintages of the domain's indicators actually used at this level. */
  private static List<String> sources(
      List<TerritoryDiagnostic> diagnostics, Domain domain, Lang lang) {
    Map<String, String> byIndicator = new TreeMap<>();
    for (TerritoryDiagnostic d : diagnostics) {
      d.domain(domain)
          .ifPresent(
              r -> {
                for (IndicatorResult i : r.indicators()) {
                  if (i.hasValue() && i.indicator().isScored()) {
                    byIndicator.putIfAbsent(
                        lang.pick(i.indicator().labelFr(), i.indicator().labelEn()),
                        i.indicator().source() + ", " + i.vintage());
                  }
                }
              });
    }
    List<String> lines = new ArrayList<>();
    byIndicator.forEach((label, source) -> lines.add(label + " — " + source));
    return lines;
  }

  /**
   * The choropleth of the state, cached (immutable data); empty without outlines at this level (no
   * commune outline files). France by commune (several MB) is not kept here but only compressed, in
   * the page cache.
   */
  Figure map(State state, List<TerritoryDiagnostic> diagnostics) {
    if ((state.level() == Level.EPCI || state.level() == Level.COMMUNE)
        && !maps.atlas().hasCommunes()) {
      return null;
    }
    if (state.level() == Level.COMMUNE && state.within() == null) {
      return drawMap(state, diagnostics);
    }
    return svgCache.get(state, () -> drawMap(state, diagnostics));
  }

  /**
   * Where a click on a territory leads: one level down inside it (region → its départements,
   * département → its communes, EPCI → its communes), and from a commune to its report.
   */
  static String drillDown(State state, String code, Links links) {
    TerritoryId id = TerritoryId.of(state.level(), code);
    return switch (state.level()) {
      case REGION ->
          state.keep(links.dashboard(state.domain(), Level.DEPARTEMENT, state.reference(), id));
      case DEPARTEMENT, EPCI ->
          state.keep(links.dashboard(state.domain(), Level.COMMUNE, state.reference(), id));
      default -> state.territoryHref(links, id);
    };
  }

  private Figure drawMap(State state, List<TerritoryDiagnostic> diagnostics) {
    Lang lang = state.lang();
    Links links = new Links(lang);
    Numbers numbers = lang.numbers();
    MapLayout layout =
        state.within() == null
            ? maps.france(state.level())
            : maps.zoom(
                state.level(), diagnostics.stream().map(d -> d.territory().code()).toList());
    Map<String, Double> values = new HashMap<>();
    Map<String, String> names = new LinkedHashMap<>();
    for (TerritoryDiagnostic d : diagnostics) {
      values.put(d.territory().code(), score(d, state.domain()));
      names.put(d.territory().code(), d.territory().name());
    }
    if (state.indicator() != null) {
      Figure indicatorMap = drawIndicatorMap(state, diagnostics, layout, names);
      if (indicatorMap != null) {
        return indicatorMap;
      }
    }
    String domainLabel = lang.pick(state.domain().labelFr(), state.domain().labelEn());
    String referenceLabel = state.referenceLabel();
    String levels = org.phare.web.report.ReportBuilder.levelPlural(state.level(), lang);
    String title =
        where(state)
            + lang.pick(" : où sont les ", ": where are the ")
            + levels
            + lang.pick(" les plus fragiles pour « ", " most fragile for \"")
            + domainLabel
            + lang.pick(" » ?", "\"?");
    String description =
        lang.pick("Score de fragilité « ", "Fragility score \"")
            + domainLabel
            + lang.pick(" » de chaque ", "\" of each ")
            + lang.pick(state.level().labelFr(), state.level().labelEn())
            + lang.pick(" par rapport ", " compared with ")
            + referenceTo(state.reference(), lang)
            + lang.pick(
                " : plus la couleur est rouge, plus le territoire est fragile. ",
                ": the redder, the more fragile. ")
            + mapNote(state, lang);
    java.util.function.Function<String, String> printed =
        code -> numbers.signed(values.getOrDefault(code, Double.NaN), 2);
    String outlines =
        lang.pick("Contours : ", "Outlines: ")
            + (state.level() == Level.EPCI || state.level() == Level.COMMUNE
                ? GeoAtlas.COMMUNE_SOURCE
                : GeoAtlas.SOURCE);
    long withScore = values.values().stream().filter(v -> !v.isNaN()).count();
    String svg =
        ChoroplethMap.render(
            layout,
            new ChoroplethMap.Spec(
                "map",
                title,
                description,
                values,
                ColorScale.fragility(),
                lang.pick(
                        "Score (écarts-types, + = plus fragile) par rapport ",
                        "Score (standard deviations, + = more fragile) compared with ")
                    + referenceTo(state.reference(), lang),
                lang.pick("Contours : ", "Outlines: ")
                    + (state.level() == Level.EPCI || state.level() == Level.COMMUNE
                        ? GeoAtlas.COMMUNE_SOURCE
                        : GeoAtlas.SOURCE),
                code -> drillDown(state, code, links),
                code -> names.getOrDefault(code, code) + " : " + printed.apply(code),
                null,
                // France by commune or EPCI: a click on a département shows its communes or EPCI
                code ->
                    state.keep(
                        links.dashboard(
                            state.domain(),
                            state.level(),
                            state.reference(),
                            TerritoryId.of(Level.DEPARTEMENT, code))),
                code ->
                    maps.atlas().outline(Level.DEPARTEMENT, code).map(o -> o.name()).orElse(code)
                        + lang.pick(" : voir ses ", ": see its ")
                        + lang.pick(
                            state.level() == Level.COMMUNE ? "communes" : "EPCI",
                            state.level() == Level.COMMUNE ? "communes" : "EPCI"),
                lang.pick(
                        "Classes fixes en écarts-types ; 0 = valeur de référence (",
                        "Fixed classes in standard deviations; 0 = reference value (")
                    + referenceLabel
                    + lang.pick(
                        ") ; hachures : pas de donnée ou données insuffisantes.",
                        "); hatched: no data or insufficient data.")),
            lang);
    return new Figure(
        "map",
        title,
        lang.pick("Territoires : ", "Territories: ")
            + levels
            + " — "
            + where(state)
            + lang.pick(" — référence : ", " — reference: ")
            + referenceLabel
            + lang.pick(" — base : ", " — base: ")
            + withScore
            + lang.pick(" territoires avec un score — ", " territories with a score — ")
            + outlines,
        ChoroplethMap.key(ColorScale.fragility(), lang),
        description,
        svg,
        mapTable(state, title, lang.pick("Score", "Score"), names, values, printed, links));
  }

  /** Where the dashboard looks: "France" or the territory it is zoomed on. */
  private String where(State state) {
    return state.within() == null ? "France" : data.referential().require(state.within()).name();
  }

  /** Rows of a map's data table: at most this many (France by commune has 34 868 shapes). */
  static final int MAP_TABLE_ROWS = 400;

  /**
   * The numbers of a map, most fragile first (by value; no data last), each territory linking where
   * a click on the map leads: the keyboard's way through the map.
   */
  private static Figure.DataTable mapTable(
      State state,
      String title,
      String valueHeader,
      Map<String, String> names,
      Map<String, Double> values,
      java.util.function.Function<String, String> printed,
      Links links) {
    Lang lang = state.lang();
    List<String> codes = new ArrayList<>(names.keySet());
    codes.sort(
        Comparator.comparing((String c) -> values.getOrDefault(c, Double.NaN).isNaN() ? 1 : 0)
            .thenComparing(
                Comparator.comparingDouble((String c) -> values.getOrDefault(c, Double.NaN))
                    .reversed())
            .thenComparing(c -> names.getOrDefault(c, c)));
    List<Figure.Row> rows = new ArrayList<>();
    for (String code : codes.subList(0, Math.min(MAP_TABLE_ROWS, codes.size()))) {
      rows.add(
          new Figure.Row(
              names.getOrDefault(code, code),
              drillDown(state, code, links),
              List.of(printed.apply(code))));
    }
    String caption =
        codes.size() > MAP_TABLE_ROWS
            ? title
                + lang.pick(" (les ", " (the ")
                + MAP_TABLE_ROWS
                + lang.pick(" premiers sur ", " first of ")
                + codes.size()
                + ")"
            : title;
    return new Figure.DataTable(
        caption, List.of(lang.pick("Territoire", "Territory"), valueHeader), rows);
  }
}
