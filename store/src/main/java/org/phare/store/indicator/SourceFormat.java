package org.phare.store.indicator;

import java.nio.file.Path;
import org.phare.core.territory.TerritoryReferential;
import org.phare.store.Progress;

/** A family of files that Phare can read into observations of the catalogue. */
public interface SourceFormat {

  /** Stable name used on the command line, e.g. {@code chomage-localise} or {@code long}. */
  String name();

  /** One line saying which files this format reads. */
  String description();

  /**
   * Reads the whole file; throws at the first bad row. Maps old commune codes to COG 2026 through
   * the referential.
   */
  default SourceData read(
      Path file,
      ReadOptions options,
      TerritoryReferential referential,
      IndicatorCatalogue catalogue)
      throws ImportException {
    return read(file, options, referential, catalogue, Progress.NONE);
  }

  /** Same, reporting the lines read to {@code progress} (one step, started and finished here). */
  SourceData read(
      Path file,
      ReadOptions options,
      TerritoryReferential referential,
      IndicatorCatalogue catalogue,
      Progress progress)
      throws ImportException;
}
