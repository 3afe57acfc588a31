package org.phare.store.indicator;

import java.nio.file.Path;
import java.util.List;
import org.phare.core.indicator.Observation;

/**
 * Everything read from one file.
 *
 * @param file the file read
 * @param format the name of the {@link SourceFormat} used
 * @param observations the values, territory codes already in COG 2026
 * @param warnings what was skipped and why, one line per case with its count (secret cells, codes
 *     outside the referential, merged communes whose values cannot be combined)
 */
public record SourceData(
    Path file, String format, List<Observation> observations, List<String> warnings) {

  public SourceData {
    observations = List.copyOf(observations);
    warnings = List.copyOf(warnings);
  }
}
