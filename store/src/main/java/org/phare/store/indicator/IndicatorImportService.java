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
 * Imports indicator files: read and validate the whole file first (every bad row is reported with
 * its line, column, field and coded reason, and then nothing is stored), then store all of it in
 * one transaction, then refresh the in-memory values. The CLI and the web import page both go
 * through here; {@link #preview} does the same reading and validation and says what would change,
 * writing nothing.
 */
public final class IndicatorImportService {

  private static final org.slf4j.Logger LOG =
      org.slf4j.LoggerFactory.getLogger(IndicatorImportService.class);

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
   * @param format a name from {@link SourceFormats#all()}, or null to detect it from the header
   * @throws ImportException with every bad row of the file; nothing is stored then
   */
  public IndicatorStore.ImportResult importFile(
      Path file, String format, ReadOptions options, Progress progress) throws ImportException {
    return importFile(
        file,
        file.getFileName().toString(),
        format,
        options,
        progress,
        IndicatorStore.InTransaction.NONE);
  }

  /**
   * Imports one file under the name its sender gave it (an upload is kept under a random name),
   * running {@code also} in the import's transaction (the web's audit entry).
   */
  public IndicatorStore.ImportResult importFile(
      Path file,
      String fileName,
      String format,
      ReadOptions options,
      Progress progress,
      IndicatorStore.InTransaction also)
      throws ImportException {
    SourceData data = read(file, format, options, progress);
    progress.start("enregistrement de " + fileName, data.observations().size(), "valeurs");
    IndicatorStore.ImportResult result =
        store.store(
            fileName, data.format(), sha256(file), data.observations(), data.warnings(), also);
    progress.advance(data.observations().size());
    progress.finish();
    if (!result.changedNothing()) {
      reload();
    }
    return result;
  }

  /**
   * What importing the file would do — format, values found, new, changed and unchanged values —
   * after the same reading and validation as an import, without writing anything.
   *
   * @param format a format name, or null to detect it from the header
   * @throws ImportException with every bad row of the file
   */
  public ImportPreview preview(Path file, String format, ReadOptions options)
      throws ImportException {
    SourceData data = read(file, format, options, Progress.NONE);
    return ImportPreview.of(data, store.preview(data.observations()));
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

  private SourceData read(Path file, String format, ReadOptions options, Progress progress)
      throws ImportException {
    if (!Files.isRegularFile(file)) {
      throw ImportException.of(
          file, 0, 0, "(file)", "import.file.not-found", "file", file.toString());
    }
    SourceFormat source = SourceFormats.named(format, file, options);
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
