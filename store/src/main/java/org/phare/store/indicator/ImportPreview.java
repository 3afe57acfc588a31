package org.phare.store.indicator;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.phare.core.indicator.Observation;
import org.phare.core.territory.Level;
import org.phare.core.territory.TerritoryId;

/**
 * What importing a file would do, computed without writing: the format read, the values found
 * (indicators, levels, vintages), and how many values would be new, changed or left unchanged.
 *
 * @param format the name of the {@link SourceFormat} that reads the file (detected or given)
 * @param rows the values read (after skipping empty or secret cells)
 * @param indicators the indicator codes, sorted
 * @param levels the territorial levels, from the country down
 * @param vintages the vintages, sorted
 * @param territories the first territories of the file (at most {@link #MAX_TERRITORIES}), in file
 *     order, to link to their reports
 * @param territoryCount how many distinct territories the file has values for
 */
public record ImportPreview(
    String format,
    int rows,
    List<String> indicators,
    List<Level> levels,
    List<String> vintages,
    List<TerritoryId> territories,
    int territoryCount,
    int inserted,
    int updated,
    int unchanged,
    List<String> warnings) {

  public static final int MAX_TERRITORIES = 10;

  public ImportPreview {
    indicators = List.copyOf(indicators);
    levels = List.copyOf(levels);
    vintages = List.copyOf(vintages);
    territories = List.copyOf(territories);
    warnings = List.copyOf(warnings);
  }

  /** Whether importing would change nothing. */
  public boolean changesNothing() {
    return inserted == 0 && updated == 0;
  }

  static ImportPreview of(SourceData data, IndicatorStore.Changes changes) {
    Set<String> indicators = new TreeSet<>();
    Set<Level> levels = new TreeSet<>();
    Set<String> vintages = new TreeSet<>();
    Set<TerritoryId> territories = new LinkedHashSet<>();
    String lastIndicator = null;
    for (Observation o : data.observations()) {
      // files list an indicator's values together: skip the set lookup while it repeats
      if (!o.indicator().equals(lastIndicator)) {
        indicators.add(o.indicator());
        lastIndicator = o.indicator();
      }
      levels.add(o.territory().level());
      vintages.add(o.vintage());
      territories.add(o.territory());
    }
    List<TerritoryId> first = new ArrayList<>();
    for (TerritoryId id : territories) {
      if (first.size() == MAX_TERRITORIES) {
        break;
      }
      first.add(id);
    }
    return new ImportPreview(
        data.format(),
        data.observations().size(),
        new ArrayList<>(indicators),
        new ArrayList<>(levels),
        new ArrayList<>(vintages),
        first,
        territories.size(),
        changes.inserted(),
        changes.updated(),
        changes.unchanged(),
        data.warnings());
  }
}
