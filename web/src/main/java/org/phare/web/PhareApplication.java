package org.phare.web;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.phare.core.diagnostic.Reference;
import org.phare.core.territory.Level;
import org.phare.core.territory.TerritoryReferential;
import org.phare.store.PhareServices;
import org.phare.store.database.Database;
import org.phare.store.ecosystem.EcosystemServices;
import org.phare.store.matching.MatchingService;
import org.phare.store.matching.SpeedDatingEvents;
import org.phare.store.study.StudyStore;
import org.phare.store.version.DataKind;
import org.phare.store.version.DataVersions;
import org.phare.web.account.AccountRoutes;
import org.phare.web.cache.Caches;
import org.phare.web.cache.VersionSource;
import org.phare.web.dashboard.DashboardRoutes;
import org.phare.web.ecosystem.EcosystemRoutes;
import org.phare.web.indicator.ImportRoutes;
import org.phare.web.map.GeoAtlas;
import org.phare.web.map.MapCache;
import org.phare.web.matching.MatchingRoutes;
import org.phare.web.perception.ActorRoutes;
import org.phare.web.report.ReportRoutes;

/**
 * The one place where Phare's web application is put together: the services over the database, the
 * caches keyed by data versions, and the route modules in their order (the accounts' filter
 * resolves sessions and checks CSRF tokens for every route). {@code phare serve}, the web tests and
 * the benchmarks all build it here.
 */
public final class PhareApplication {

  private final PhareData data;
  private final GeoAtlas atlas;
  private final Caches caches;
  private final EcosystemServices ecosystem;
  private final MatchingService matching;
  private final SpeedDatingEvents events;
  private final StudyStore studies;
  private final org.phare.store.study.StudyResults studyResults;

  /** Routes of features that need the full store services (not the benchmarks' registry alone). */
  private final List<RouteModule> features = new ArrayList<>();

  private final List<RouteModule> extra = new ArrayList<>();

  private PhareApplication(
      PhareData data,
      GeoAtlas atlas,
      Caches caches,
      EcosystemServices ecosystem,
      MatchingService matching,
      SpeedDatingEvents events,
      StudyStore studies,
      org.phare.store.study.StudyResults studyResults) {
    this.data = data;
    this.studies = studies;
    this.studyResults = studyResults;
    this.atlas = atlas;
    this.caches = caches;
    this.ecosystem = ecosystem;
    this.matching = matching;
    this.events = events;
  }

  /**
   * Over the store services of a running Phare ({@code serve}, the web tests): indicator values
   * from memory (reloaded when another process imports), everything else from the database; the map
   * outlines from {@code geo/} of the open-data folder.
   */
  public static PhareApplication of(PhareServices services) {
    return of(services, geoDir(services));
  }

  /** As {@link #of(PhareServices)}, with the outlines read from {@code geoDir}. */
  public static PhareApplication of(PhareServices services, Path geoDir) {
    Database database = services.database();
    ServicesData served = ServicesData.of(services);
    VersionSource versions =
        kinds -> {
          // data held in memory (indicator values, perception estimates) answers the version of
          // what is loaded; the rest is read from the database at render time, so its current
          // version is the one that counts
          DataVersions stored =
              needsDatabase(kinds) ? DataVersions.read(database) : DataVersions.none();
          return stored
              .with(DataKind.INDICATORS, services.diagnostics().version())
              .with(DataKind.STUDIES, served.perceptions().version());
        };
    Caches caches = new Caches(versions);
    EcosystemServices ecosystem = EcosystemServices.of(services);
    MatchingService matching = MatchingService.of(services, ecosystem);
    GeoAtlas atlas = GeoAtlas.load(geoDir, geoCacheDir(services));
    // commune and EPCI outlines take seconds to read (tens to build): in the background, so the
    // server answers at once and the first commune map rarely waits
    Thread warmUp = new Thread(atlas::warmUp, "phare-geo-warm-up");
    warmUp.setDaemon(true);
    warmUp.setPriority(Thread.MIN_PRIORITY);
    warmUp.start();
    PhareApplication application =
        new PhareApplication(
            new CachingData(served, caches),
            atlas,
            caches,
            ecosystem,
            matching,
            SpeedDatingEvents.of(database, ecosystem.registry(), matching),
            new StudyStore(database.jdbi(), services.territories().referential()),
            ServicesData.studyResults(services));
    // the first commune map diagnoses all 34,875 communes (over 10 s on 2 cores): in the
    // background too, so that a user's first commune or EPCI map finds it in the cache (a request
    // arriving meanwhile waits for the same computation rather than starting another)
    Thread diagnosesWarmUp =
        new Thread(
            () -> {
              for (Level level : List.of(Level.EPCI, Level.COMMUNE)) {
                application.data().diagnoseAll(level, Reference.NATIONAL);
              }
            },
            "phare-diagnoses-warm-up");
    diagnosesWarmUp.setDaemon(true);
    diagnosesWarmUp.setPriority(Thread.MIN_PRIORITY);
    diagnosesWarmUp.start();
    // indicator files uploaded by editors go through the same import service as the CLI
    application.features.add(
        ImportRoutes.inTemporaryFolder(services.indicatorImports(), services.catalogue()));
    return application;
  }

  /**
   * Over a registry database and fixed indicator data (benchmarks, web tests): the data never
   * changes, so caches of indicator figures key on version 0; registry figures are read from the
   * database. The territorial studies of the database are layered above the data's perception
   * figures, as in {@code serve}; their citizens are weighted with the population estimates of the
   * open-data folder named by {@code PHARE_OPEN_DATA} or the tests' {@code phare.shared.dir}, if
   * any (else unweighted, and said so).
   */
  public static PhareApplication of(
      Database database, TerritoryReferential referential, PhareData given, GeoAtlas atlas) {
    String env = System.getenv(org.phare.store.Settings.OPEN_DATA_ENV);
    Path openData =
        env != null && !env.isBlank()
            ? Path.of(env)
            : org.phare.store.Settings.forTests(Path.of(".")).openDataDir();
    org.phare.store.study.StudyResults results =
        new org.phare.store.study.StudyResults(
            database.jdbi(),
            referential,
            org.phare.store.study.PopulationMargins.lazily(
                openData == null
                    ? null
                    : openData.resolve(org.phare.store.study.PopulationMargins.FILE)));
    StudyStore studies = new StudyStore(database.jdbi(), referential);
    PhareData data =
        new WithStudies(
            given,
            org.phare.store.perception.LayeredPerception.over(
                referential,
                List.of(
                    new org.phare.store.study.StudyPerception(database.jdbi(), studies, results),
                    given.perceptions())));
    VersionSource versions =
        kinds ->
            (needsDatabase(kinds) ? DataVersions.read(database) : DataVersions.none())
                .with(DataKind.INDICATORS, 0)
                .with(DataKind.STUDIES, data.perceptions().version());
    Caches caches = new Caches(versions);
    EcosystemServices ecosystem = EcosystemServices.of(database, referential);
    MatchingService matching =
        new MatchingService(
            ecosystem.registry(),
            territory -> {
              try {
                return data.diagnose(territory, Reference.NATIONAL).priorities();
              } catch (RuntimeException noDiagnosis) {
                return List.of();
              }
            });
    return new PhareApplication(
        new CachingData(data, caches),
        atlas,
        caches,
        ecosystem,
        matching,
        SpeedDatingEvents.of(database, ecosystem.registry(), matching),
        studies,
        results);
  }

  /** Fixed data with the database's territorial studies layered above its perception figures. */
  private record WithStudies(
      PhareData data, org.phare.store.perception.PerceptionSource perceptions)
      implements PhareData {
    @Override
    public TerritoryReferential referential() {
      return data.referential();
    }

    @Override
    public org.phare.core.diagnostic.TerritoryDiagnostic diagnose(
        org.phare.core.territory.TerritoryId id, Reference reference) {
      return data.diagnose(id, reference);
    }

    @Override
    public org.phare.core.diagnostic.TerritoryDiagnostic diagnose(
        org.phare.core.territory.TerritoryId id, List<org.phare.core.territory.TerritoryId> peers) {
      return data.diagnose(id, peers);
    }

    @Override
    public List<org.phare.core.diagnostic.TerritoryDiagnostic> diagnoseAll(
        org.phare.core.territory.Level level, Reference reference) {
      return data.diagnoseAll(level, reference);
    }

    @Override
    public List<org.phare.core.territory.Territory> search(String text, int limit) {
      return data.search(text, limit);
    }
  }

  private static boolean needsDatabase(Set<DataKind> kinds) {
    for (DataKind kind : kinds) {
      if (kind != DataKind.INDICATORS && kind != DataKind.STUDIES) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where the commune and EPCI outline cache lives: {@code geo-cache} beside the embedded
   * database's folder (the data folder), else {@link GeoAtlas#defaultCacheDir()} (external
   * database).
   */
  static Path geoCacheDir(PhareServices services) {
    Path dataDir = services.settings().dataDir();
    return dataDir == null || dataDir.getParent() == null
        ? GeoAtlas.defaultCacheDir()
        : dataDir.toAbsolutePath().getParent().resolve("geo-cache");
  }

  /** The folder of the map outlines: {@code geo/} of the open-data folder. */
  public static Path geoDir(PhareServices services) {
    Path openData = services.settings().openDataDir();
    if (openData == null) {
      throw new IllegalStateException(
          "no open-data folder: the map outlines are read from its geo/ folder (set "
              + org.phare.store.Settings.OPEN_DATA_ENV
              + ")");
    }
    return openData.resolve("geo");
  }

  /** Adds a route module after the application's own (features under development, tests). */
  public PhareApplication with(RouteModule module) {
    extra.add(module);
    return this;
  }

  /** The route modules in registration order. */
  public List<RouteModule> routes() {
    Pages pages = new Pages();
    MapCache maps = new MapCache(atlas, caches);
    List<RouteModule> all = new ArrayList<>();
    // first: refuses oversized or badly encoded bodies before any filter or handler reads them
    all.add(new org.phare.web.input.RequestLimits());
    all.add(new DashboardRoutes(data, maps, pages, caches));
    all.add(new org.phare.web.site.SitePages());
    all.add(new ReportRoutes(data, maps, pages, caches));
    all.add(new org.phare.web.report.DiagnosticApi(data));
    all.add(new ActorRoutes(data, maps, pages, caches));
    all.add(new AccountRoutes(ecosystem.accounts())::register);
    all.add(new org.phare.web.security.ReadOnlyAccounts());
    all.add(new EcosystemRoutes(ecosystem)::register);
    all.add(new MatchingRoutes(matching, events, ecosystem.accounts()));
    all.add(new org.phare.web.study.StudyPages(studies, studyResults));
    all.add(
        new org.phare.web.study.RespondentPages(
            studies, studies.referential(), org.phare.web.account.ClientAddress.fromEnvironment()));
    all.addAll(features);
    all.addAll(extra);
    return all;
  }

  /** Starts the web server on {@code host} and {@code port} (0: any free port). */
  public WebServer start(String host, int port) {
    return WebServer.start(routes(), host, port);
  }

  public PhareData data() {
    return data;
  }

  public Caches caches() {
    return caches;
  }

  public EcosystemServices ecosystem() {
    return ecosystem;
  }

  public MatchingService matching() {
    return matching;
  }

  public SpeedDatingEvents events() {
    return events;
  }

  public StudyStore studies() {
    return studies;
  }
}
