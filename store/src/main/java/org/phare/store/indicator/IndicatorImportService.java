package org.phare.store.indicator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.phare.core.territory.TerritoryReferential;
import org.phare.store.Progress;
import org.phare.store.diagnostic.DiagnosticService;

/**
 * Imports indicator files: read and validate the whole file first (any bad row stops the import
 * with its file, line and column, before the database is touched), then store all of it in one
 * transaction, then refresh the in-memory values.
 */
public final class IndicatorImportService {

  private final IndicatorCatalogue catalogue;
  private final IndicatorStore store;
  private final TerritoryReferential referential;
  private final DiagnosticService diagnostics;

  public IndicatorImportService(
      IndicatorCatalogue catalogue,
      IndicatorStore store,
      TerritoryReferential referential,
      DiagnosticService diagnostics) {
    this.catalogue = catalogue;
    this.store = store;
    this.referential = referential;
    this.diagnostics = diagnostics;
  }

  /**
   * Imports one file.
   *
   * @param format a name from {@link SourceFormats#all()}
   * @throws ImportException on the first bad row; nothing is stored then
   */
  public IndicatorStore.ImportResult importFile(
      Path file, String format, ReadOptions options, Progress progress) throws ImportException {
    IndicatorStore.ImportResult result = importWithoutReload(file, format, options, progress);
    if (!result.changedNothing()) {
      reload();
    }
    return result;
  }

  /**
   * Imports several files: every file is read and validated before anything is stored, so that a
   * bad row in the last file leaves the database untouched; the in-memory values are reloaded once.
   */
  public List<IndicatorStore.ImportResult> importAll(
      List<Path> files, List<String> formats, ReadOptions options, Progress progress)
      throws ImportException {
    List<SourceData> read = new ArrayList<>();
    progress.start("lecture des fichiers", files.size(), "fichiers");
    for (int i = 0; i < files.size(); i++) {
      read.add(read(files.get(i), formats.get(i), options, Progress.NONE));
      progress.advance(1);
    }
    progress.finish();
    long total = read.stream().mapToLong(d -> d.observations().size()).sum();
    progress.start("enregistrement des valeurs", total, "valeurs");
    List<IndicatorStore.ImportResult> results = new ArrayList<>();
    for (SourceData data : read) {
      results.add(write(data));
      progress.advance(data.observations().size());
    }
    progress.finish();
    reload();
    return results;
  }

  private IndicatorStore.ImportResult importWithoutReload(
      Path file, String format, ReadOptions options, Progress progress) throws ImportException {
    SourceData data = read(file, format, options, progress);
    progress.start(
        "enregistrement de " + file.getFileName(), data.observations().size(), "valeurs");
    IndicatorStore.ImportResult result = write(data);
    progress.advance(data.observations().size());
    progress.finish();
    return result;
  }

  private SourceData read(Path file, String format, ReadOptions options, Progress progress)
      throws ImportException {
    SourceFormat source = SourceFormats.byName(format);
    if (!Files.isRegularFile(file)) {
      throw new ImportException(file, 0, 0, "", "file not found");
    }
    return source.read(file, options, referential, catalogue, progress);
  }

  private IndicatorStore.ImportResult write(SourceData data) {
    return store.store(
        data.file().getFileName().toString(),
        data.format(),
        sha256(data.file()),
        data.observations(),
        data.warnings());
  }

  /** Rebuilds the in-memory values from the database. */
  public synchronized void reload() {
    IndicatorStore.VersionedDataset read =
        store.loadVersioned(referential, catalogue.definitions());
    diagnostics.reload(read.dataset(), read.version());
  }

  /**
   * Reloads the in-memory values when the database holds a newer version of them (a change
   * committed by another process): called by the data-version watcher.
   */
  public synchronized void reloadIfOlderThan(long version) {
    if (diagnostics.version() < version) {
      reload();
    }
  }

  static String sha256(Path file) {
    try (InputStream in =
        new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
      return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
