package org.phare.store.indicator;

import java.util.List;
import java.util.stream.Collectors;

/** Every format Phare reads. */
public final class SourceFormats {

  private static final List<SourceFormat> ALL =
      List.of(
          new ChomageLocaliseFormat(),
          new PibRegionauxFormat(),
          new PopulationEstimationsFormat(),
          new ImmigrationFormat(),
          new DelinquanceFormat(),
          new LogementDepartementsFormat(),
          new SanteProfessionnelsFormat(),
          new EnergieProductionFormat(),
          BarometreFormat.detail(),
          BarometreFormat.synthesis(),
          FilosofiFormat.departements2013(),
          FilosofiFormat.communesAndEpci2016(),
          new BpeFormat(),
          new ParisIrisFormat(),
          new Rp2018Format(),
          GenericFormat.longFormat(),
          GenericFormat.wideFormat());

  private SourceFormats() {}

  public static List<SourceFormat> all() {
    return ALL;
  }

  /**
   * The format with this name.
   *
   * @throws IllegalArgumentException listing the known names
   */
  public static SourceFormat byName(String name) {
    return ALL.stream()
        .filter(f -> f.name().equals(name))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown format '"
                        + name
                        + "' (known: "
                        + ALL.stream().map(SourceFormat::name).collect(Collectors.joining(", "))
                        + ")"));
  }
}
