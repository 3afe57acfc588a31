package org.phare.store.indicator;

import java.nio.file.Path;
import org.phare.core.territory.TerritoryReferential;
import org.phare.store.Progress;

/**
 * A format of files published by a producer, read as published. Codes outside the referential
 * (overseas collectivities, national aggregates) are counted in the warnings, not errors.
 */
abstract class PublishedFormat implements SourceFormat {

  private final String name;
  private final String description;

  PublishedFormat(String name, String description) {
    this.name = name;
    this.description = description;
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final String description() {
    return description;
  }

  @Override
  public final SourceData read(
      Path file,
      ReadOptions options,
      TerritoryReferential referential,
      IndicatorCatalogue catalogue,
      Progress progress)
      throws ImportException {
    CsvSource source = CsvSource.open(file, options, progress);
    ObservationSink sink = new ObservationSink(file, name, referential, catalogue, false);
    read(source, sink, referential);
    return sink.finish();
  }

  abstract void read(CsvSource source, ObservationSink sink, TerritoryReferential referential)
      throws ImportException;

  /** A year-month vintage ({@code 2022-12}) from an ISO date ({@code 2022-12-31}). */
  static String month(CsvRow row, int column) throws ImportException {
    String date = row.text(column);
    if (date.length() < 7 || date.charAt(4) != '-') {
      throw row.error(column, "import.value.not-date", "value", date);
    }
    return date.substring(0, 7);
  }

  /** A four-digit year. */
  static String year(CsvRow row, int column) throws ImportException {
    String year = row.text(column);
    if (year.length() != 4 || !Character.isDigit(year.charAt(0))) {
      throw row.error(column, "import.value.not-year", "value", year);
    }
    return year;
  }
}
