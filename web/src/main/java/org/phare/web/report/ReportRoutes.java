package org.phare.web.report;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.phare.core.diagnostic.Reference;
import org.phare.core.message.Refusal;
import org.phare.core.message.RefusedException;
import org.phare.core.territory.Level;
import org.phare.core.territory.Territory;
import org.phare.core.territory.TerritoryId;
import org.phare.store.study.StudyPerception;
import org.phare.store.version.DataKind;
import org.phare.web.Links;
import org.phare.web.Pages;
import org.phare.web.PhareData;
import org.phare.web.RouteModule;
import org.phare.web.account.AccountRoutes;
import org.phare.web.account.ClientAddress;
import org.phare.web.cache.Caches;
import org.phare.web.cache.PageCache;
import org.phare.web.i18n.Lang;
import org.phare.web.i18n.Messages;
import org.phare.web.map.MapCache;

/**
 * The territorial report ({@code /territoire/{level}/{code}?ref=}), its PDF and CSV exports, and
 * the territory search.
 */
public final class ReportRoutes implements RouteModule {

  private final PhareData data;
  private final MapCache maps;
  private final Pages pages;
  private final ReportBuilder builder;

  /** Builds the report for print: maps with print-simplified outlines (lighter PDF). */
  private final ReportBuilder printBuilder;

  private final ReportPdf pdf = new ReportPdf();

  /** Uncached PDF renderings (0.5-2 s of CPU each) run a few at a time, whoever asks. */
  private final PdfRenderings renderings = new PdfRenderings(PdfRenderings.AT_ONCE);

  /** Uncached renderings per anonymous client address ({@link AddressBudget#PER_MINUTE}). */
  private final AddressBudget budget = new AddressBudget();

  /** The client address: X-Forwarded-For only from PHARE_TRUSTED_PROXIES. */
  private final ClientAddress clients = ClientAddress.fromEnvironment();

  /** Rendered report pages: indicators and perception figures; the registry parts load apart. */
  private final PageCache cache;

  /**
   * Rendered PDFs (about 0.3-1 MB each, so few): they also carry the registry's figures (parts 3
   * and 4), so an edit of the registry is seen in the next PDF.
   */
  private final PageCache pdfs;

  /** What a rendering shows: the cache key, with the data versions the cache adds. */
  private record Rendering(
      String what,
      TerritoryId id,
      Reference reference,
      List<TerritoryId> peers,
      Lang lang,
      boolean registry) {}

  public ReportRoutes(PhareData data, MapCache maps, Pages pages, Caches caches) {
    this.data = data;
    this.maps = maps;
    this.pages = pages;
    this.cache = caches.pages("report-pages", 1000, DataKind.INDICATORS, DataKind.STUDIES);
    this.pdfs =
        caches.pages("report-pdfs", 24, DataKind.INDICATORS, DataKind.STUDIES, DataKind.REGISTRY);
    this.builder = new ReportBuilder(data, maps);
    this.printBuilder = new ReportBuilder(data, maps.forPrint());
  }

  @Override
  public void register(Javalin app) {
    app.get("/territoire/{level}/{code}", this::page);
    app.get(RegistryFigures.PDF_PATH, this::pdf);
    app.get("/territoire/{level}/{code}/donnees.csv", this::csv);
    app.get("/territoire/{level}/{code}/graphique/{file}", this::chart);
    app.get("/recherche", this::search);
    app.get(COMMUNE_SUGGESTIONS, this::communeSuggestions);
    app.get(COMMUNE_SUGGESTIONS + "/choix", this::communeChosen);
  }

  /** The commune picker's fragments (commune-picker.jte): suggestions, then the chosen commune. */
  public static final String COMMUNE_SUGGESTIONS = "/recherche/communes";

  /** Most communes a picker suggests at once: enough to tell homonyms apart, short to read. */
  static final int SUGGESTED = 10;

  /**
   * The form field a picker fragment is for ({@code champ}): a plain name, so that it can be put in
   * element ids and parameter names as it is; "commune" when missing or anything else.
   */
  static String pickerField(Context ctx) {
    String field = ctx.queryParam("champ");
    return field != null && field.matches("[A-Za-z]{1,30}") ? field : "commune";
  }

  /**
   * Communes matching what the user typed in a commune field (the field's own parameter): the one
   * territory search (accents, case, hyphens folded by TextFold) kept to communes, best first.
   */
  static List<Territory> communes(PhareData data, String typed) {
    if (typed == null || typed.isBlank()) {
      return List.of();
    }
    // The search ranks names starting with the text first whatever the level: ask for more than
    // shown so that a département or region matching the text does not push communes out.
    return data.search(typed, SUGGESTED + 40).stream()
        .filter(t -> t.id().level() == Level.COMMUNE)
        .limit(SUGGESTED)
        .toList();
  }

  private void communeSuggestions(Context ctx) {
    String field = pickerField(ctx);
    String typed = ctx.queryParam(field) == null ? "" : ctx.queryParam(field);
    pages.html(
        ctx,
        "commune-suggestions.jte",
        Map.of(
            "lang",
            Pages.lang(ctx),
            "field",
            field,
            "typed",
            typed,
            "found",
            communes(data, typed)));
  }

  /** The picker again with the chosen commune as {@code Name (code)}, which the forms read. */
  private void communeChosen(Context ctx) {
    String field = pickerField(ctx);
    String code = ctx.queryParam("code") == null ? "" : ctx.queryParam("code").strip();
    Optional<Territory> chosen =
        communes(data, code).stream().filter(t -> t.code().equals(code)).findFirst();
    String value = chosen.map(t -> t.name() + " (" + t.code() + ")").orElse(code);
    Lang lang = Pages.lang(ctx);
    pages.html(
        ctx,
        "commune-picker.jte",
        Map.of(
            "lang",
            lang,
            "field",
            field,
            "label",
            lang.pick("Commune (nom ou code INSEE)", "Commune (name or INSEE code)"),
            "required",
            true,
            "value",
            value,
            "errors",
            Map.of(),
            "announce",
            chosen
                .map(t -> lang.pick("Commune choisie : ", "Commune chosen: ") + value)
                .orElse("")));
  }

  private static TerritoryId id(Context ctx) {
    return TerritoryId.of(Level.parse(ctx.pathParam("level")), ctx.pathParam("code"));
  }

  /**
   * The peers the user chose ({@code pairs=45,18,41}: codes of the territory's level, comma
   * separated), empty when none; unknown codes are refused by the engine in French.
   */
  static List<TerritoryId> peers(Context ctx, TerritoryId id) {
    String pairs = ctx.queryParam("pairs");
    if (pairs == null || pairs.isBlank()) {
      return List.of();
    }
    return java.util.Arrays.stream(pairs.split("[,;\\s]+"))
        .map(String::trim)
        .filter(code -> !code.isEmpty())
        .distinct()
        .map(code -> TerritoryId.of(id.level(), code))
        .toList();
  }

  private static Reference reference(Context ctx) {
    String ref = ctx.queryParam("ref");
    return ref == null || ref.isBlank() ? Reference.NATIONAL : Reference.parse(ref);
  }

  private void page(Context ctx) {
    TerritoryId id = id(ctx);
    Reference reference = reference(ctx);
    Lang lang = Pages.lang(ctx);
    data.referential().require(id);
    List<TerritoryId> peers = peers(ctx, id);
    if (!peers.isEmpty()) {
      data.diagnose(id, peers); // refuses unknown codes before anything is cached
    }
    String langSwitch = Pages.otherLanguage(ctx);
    cache.send(
        ctx,
        "text/html; charset=utf-8",
        new Rendering("report", id, reference, peers, lang, false),
        () ->
            pages.render(
                "report.jte",
                Map.of(
                    "view", builder.build(id, reference, peers, lang), "langSwitch", langSwitch)));
  }

  private void pdf(Context ctx) {
    TerritoryId id = id(ctx);
    Reference reference = reference(ctx);
    Lang lang = Pages.lang(ctx);
    data.referential().require(id);
    Optional<RegistryFigures> registry = RegistryFigures.of(ctx);
    boolean anonymous = AccountRoutes.actor(ctx).isEmpty();
    String address = clients.resolve(ctx.req().getRemoteAddr(), ctx.header("X-Forwarded-For"));
    List<TerritoryId> peers = peers(ctx, id);
    if (!peers.isEmpty()) {
      data.diagnose(id, peers); // refuses unknown codes before anything is cached
    }
    byte[] bytes;
    try {
      bytes =
          pdfs.stored(
              new Rendering("pdf", id, reference, peers, lang, registry.isPresent()),
              () -> {
                // only a rendering (a cache miss) spends the anonymous address's budget
                if (anonymous) {
                  Duration wait = budget.take(address);
                  if (!wait.isZero()) {
                    throw new OverBudget(wait);
                  }
                }
                return renderings.run(() -> renderPdf(id, reference, peers, lang, registry));
              });
    } catch (OverBudget over) {
      ctx.header("Retry-After", Long.toString(over.wait.toSeconds()));
      ctx.header("Cache-Control", "no-store");
      pages.error(
          ctx,
          429,
          Messages.render(
              Refusal.of(
                  "web.pdf.over-budget",
                  "",
                  "count",
                  budget.perMinute(),
                  "seconds",
                  over.wait.toSeconds()),
              lang));
      return;
    } catch (PdfRenderings.Busy busy) {
      ctx.header("Retry-After", Long.toString(PdfRenderings.RETRY_AFTER.toSeconds()));
      ctx.header("Cache-Control", "no-store");
      pages.error(ctx, 503, Messages.text(lang, "web.pdf.busy"));
      return;
    }
    ctx.contentType("application/pdf");
    ctx.header(
        "Content-Disposition",
        "inline; filename=\"phare-" + id.code().replaceAll("[^A-Za-z0-9]", "") + ".pdf\"");
    ctx.result(bytes);
  }

  /** An anonymous address spent its budget of renderings: wait that long. */
  private static final class OverBudget extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient Duration wait;

    OverBudget(Duration wait) {
      super("PDF renderings over the address's budget", null, false, false);
      this.wait = wait;
    }
  }

  /** The report as PDF, uncached; parts 3 and 4 carry the registry's figures when there is one. */
  byte[] renderPdf(
      TerritoryId id, Reference reference, Lang lang, Optional<RegistryFigures> registry) {
    return renderPdf(id, reference, List.of(), lang, registry);
  }

  byte[] renderPdf(
      TerritoryId id,
      Reference reference,
      List<TerritoryId> peers,
      Lang lang,
      Optional<RegistryFigures> registry) {
    ReportView view = printBuilder.build(id, reference, peers, lang);
    RegistryFigures.Parts parts =
        registry.map(r -> r.render(id, lang)).orElse(new RegistryFigures.Parts("", ""));
    return pdf.render(
        pages.render(
            "report-pdf.jte",
            Map.of(
                "view",
                view,
                "css",
                pdf.css(),
                "registryActors",
                parts.actors(),
                "registryPractices",
                parts.practices())));
  }

  private void csv(Context ctx) {
    TerritoryId id = id(ctx);
    Territory territory = data.referential().require(id);
    List<TerritoryId> peers = peers(ctx, id);
    var diagnostic = peers.isEmpty() ? data.diagnose(id, reference(ctx)) : data.diagnose(id, peers);
    var national = data.diagnose(id, Reference.NATIONAL);
    // perception figures: the closest territory a study covers (the territory's own study, its
    // EPCI's or département's, else its region), France for France
    Territory scope =
        territory.level() == Level.COUNTRY
            ? territory
            : ReportBuilder.perceptionRegion(territory, data.perceptions())
                .map(key -> data.referential().require(StudyPerception.territory(key)))
                .orElse(null);
    var csv =
        ReportCsv.write(
            Pages.csvFormat(ctx),
            territory,
            IdentityFigures.of(territory, data.referential(), maps.atlas(), national),
            diagnostic,
            scope == null ? null : data.perceptions(),
            scope);
    Pages.csv(
        ctx,
        "phare-" + id.level().code() + "-" + id.code().replaceAll("[^A-Za-z0-9]", "") + ".csv",
        csv);
  }

  /**
   * One chart of the report as a file: {@code radar.csv} (its data table for a French spreadsheet)
   * or {@code radar.svg} (the drawing with its title, source and key). Both are read from the
   * figure the report page shows for the same territory, reference, peers and language: one source
   * of truth, no second computation.
   */
  private void chart(Context ctx) {
    TerritoryId id = id(ctx);
    Reference reference = reference(ctx);
    Lang lang = Pages.lang(ctx);
    data.referential().require(id);
    String file = ctx.pathParam("file");
    int dot = file.lastIndexOf('.');
    String name = dot < 0 ? file : file.substring(0, dot);
    String format = dot < 0 ? "" : file.substring(dot + 1);
    if (!format.equals("csv") && !format.equals("svg")) {
      throw RefusedException.badInput("web.chart.format", "file", "format", format);
    }
    List<TerritoryId> peers = peers(ctx, id);
    if (!peers.isEmpty()) {
      data.diagnose(id, peers); // refuses unknown codes before anything is cached
    }
    String type = format.equals("csv") ? "text/csv; charset=utf-8" : "image/svg+xml; charset=utf-8";
    ctx.header(
        "Content-Disposition",
        "attachment; filename=\"phare-"
            + id.level().code()
            + "-"
            + id.code().replaceAll("[^A-Za-z0-9]", "")
            + "-"
            + name.replaceAll("[^a-z0-9-]", "")
            + "."
            + format
            + "\"");
    cache.send(
        ctx,
        type,
        new Rendering("chart:" + file, id, reference, peers, lang, false),
        () -> {
          ReportView view = builder.build(id, reference, peers, lang);
          org.phare.web.chart.Figure figure =
              view.figure(name)
                  .orElseThrow(
                      () ->
                          RefusedException.notFound(
                              "web.chart.unknown",
                              "file",
                              "id",
                              name,
                              "ids",
                              String.join(
                                  ", ",
                                  view.figures().stream()
                                      .map(org.phare.web.chart.Figure::id)
                                      .toList())));
          return format.equals("csv") ? figure.data().csv() : figure.standaloneSvg();
        });
  }

  private void search(Context ctx) {
    Lang lang = Pages.lang(ctx);
    String q = ctx.queryParam("q") == null ? "" : ctx.queryParam("q");
    List<Territory> found = q.isBlank() ? List.of() : data.search(q, 30);
    Links links = new Links(lang);
    List<ReportView.Link> results =
        found.stream()
            .map(
                t ->
                    new ReportView.Link(
                        lang.place(t), links.territory(t.id(), Reference.NATIONAL), false))
            .toList();
    boolean fragment = "true".equals(ctx.header("HX-Request")) && ctx.header("HX-Boosted") == null;
    pages.html(
        ctx,
        fragment ? "search-results.jte" : "search.jte",
        Map.of("lang", lang, "q", q, "results", results, "langSwitch", Pages.otherLanguage(ctx)));
  }
}
