package org.phare.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.phare.core.territory.TerritoryReferential;
import org.phare.store.database.Database;
import org.phare.store.diagnostic.DiagnosticService;
import org.phare.store.indicator.ImportException;
import org.phare.store.indicator.IndicatorCatalogue;
import org.phare.store.indicator.IndicatorImportService;
import org.phare.store.indicator.IndicatorStore;
import org.phare.store.indicator.OpenDataBundle;
import org.phare.store.indicator.OpenDataFile;
import org.phare.store.indicator.ReadOptions;
import org.phare.store.territory.TerritoryLoader;
import org.phare.store.territory.TerritoryService;
import org.phare.store.territory.TerritoryStore;
import org.phare.store.version.DataKind;
import org.phare.store.version.VersionWatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The application: database, referential, catalogue and the services that the web and the CLI
 * share. Opening it starts (or connects to) PostgreSQL, migrates the schema, loads the open-data
 * bundle into an empty database, and reads the indicator values into memory.
 */
public final class PhareServices implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(PhareServices.class);

  private final Settings settings;
  private final Database database;
  private final IndicatorCatalogue catalogue;
  private final TerritoryService territories;
  private final DiagnosticService diagnostics;
  private final IndicatorImportService indicatorImports;
  private final VersionWatcher versions;

  private PhareServices(
      Settings settings,
      Database database,
      IndicatorCatalogue catalogue,
      TerritoryService territories,
      DiagnosticService diagnostics,
      IndicatorImportService indicatorImports,
      VersionWatcher versions) {
    this.settings = settings;
    this.database = database;
    this.catalogue = catalogue;
    this.territories = territories;
    this.diagnostics = diagnostics;
    this.indicatorImports = indicatorImports;
    this.versions = versions;
  }

  public static PhareServices open(Settings settings) {
    return open(settings, Progress.NONE);
  }

  /**
   * Opens the application.
   *
   * @throws IllegalStateException when the database is empty and the open-data bundle is missing or
   *     invalid (the message names the file, line and column)
   */
  public static PhareServices open(Settings settings, Progress progress) {
    Database database = Database.open(settings);
    try {
      IndicatorCatalogue catalogue = IndicatorCatalogue.load();
      TerritoryStore territoryStore = new TerritoryStore(database.jdbi());
      IndicatorStore indicatorStore = new IndicatorStore(database.jdbi());
      boolean firstStart = territoryStore.isEmpty();
      if (firstStart) {
        Path bundle = requireBundle(settings);
        progress.start("référentiel territorial (COG 2026)", -1, "");
        territoryStore.replace(TerritoryLoader.load(bundle.resolve("decoupage-administratif")));
        progress.finish();
      }
      indicatorStore.syncCatalogue(catalogue.definitions());
      TerritoryReferential referential = territoryStore.load();
      IndicatorStore.VersionedDataset values =
          indicatorStore.loadVersioned(referential, catalogue.definitions());
      DiagnosticService diagnostics = new DiagnosticService(values.dataset(), values.version());
      IndicatorImportService imports =
          new IndicatorImportService(catalogue, indicatorStore, referential, diagnostics);
      if (indicatorStore.count() == 0 && settings.openDataDir() != null) {
        loadBundle(requireBundle(settings), imports, progress);
      }
      LOG.info(
          "Phare ready: {} communes, {} indicators, {} values in memory",
          referential.size(org.phare.core.territory.Level.COMMUNE),
          catalogue.definitions().size(),
          diagnostics.dataset().size());
      // Values imported by another process (the CLI, another instance) replace those in memory
      // as soon as their version is announced.
      VersionWatcher versions =
          VersionWatcher.start(database.jdbi(), database::openDedicatedConnection);
      versions.onChange(
          kinds -> {
            if (kinds.contains(DataKind.INDICATORS)) {
              imports.reloadIfOlderThan(versions.current().of(DataKind.INDICATORS));
            }
          });
      return new PhareServices(
          settings,
          database,
          catalogue,
          new TerritoryService(referential),
          diagnostics,
          imports,
          versions);
    } catch (RuntimeException e) {
      database.close();
      throw e;
    }
  }

  private static Path requireBundle(Settings settings) {
    Path bundle = settings.openDataDir();
    if (bundle == null || !Files.isDirectory(bundle.resolve("decoupage-administratif"))) {
      throw new IllegalStateException(
          "the database is empty and the open-data bundle was not found at "
              + bundle
              + " (set "
              + Settings.OPEN_DATA_ENV
              + " to the shared/data folder)");
    }
    return bundle;
  }

  private static void loadBundle(Path bundle, IndicatorImportService imports, Progress progress) {
    List<Path> files = new ArrayList<>();
    List<String> formats = new ArrayList<>();
    for (OpenDataFile file : OpenDataBundle.files()) {
      files.add(bundle.resolve(file.relativePath()));
      formats.add(file.format());
    }
    try {
      imports.importAll(files, formats, ReadOptions.auto(), progress);
    } catch (ImportException e) {
      throw new IllegalStateException("the open-data bundle is invalid: " + e.getMessage(), e);
    }
  }

  /** How this instance was opened (the open-data folder holds the map outlines too). */
  public Settings settings() {
    return settings;
  }

  public IndicatorCatalogue catalogue() {
    return catalogue;
  }

  public TerritoryService territories() {
    return territories;
  }

  public DiagnosticService diagnostics() {
    return diagnostics;
  }

  public IndicatorImportService indicatorImports() {
    return indicatorImports;
  }

  /** The database, for store services of other features (ecosystem, perception...). */
  public Database database() {
    return database;
  }

  /** This process's view of the data versions, kept current by LISTEN/NOTIFY. */
  public VersionWatcher versions() {
    return versions;
  }

  @Override
  public void close() {
    versions.close();
    database.close();
  }
}
