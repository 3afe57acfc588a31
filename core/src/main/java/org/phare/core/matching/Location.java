package org.phare.core.matching;

import java.util.Objects;
import org.phare.core.territory.Level;

/**
 * Where an organisation is based: its commune (INSEE code, required) and, when known, the codes of
 * its EPCI, département and region. Missing codes are {@code null} and never count as a match.
 */
public record Location(String commune, String epci, String departement, String region) {

  public Location {
    Objects.requireNonNull(commune, "commune");
    if (commune.isBlank()) {
      throw new IllegalArgumentException("commune code is blank");
    }
    commune = commune.trim();
    epci = blankToNull(epci);
    departement = blankToNull(departement);
    region = blankToNull(region);
  }

  /** A location known only by its commune code. */
  public static Location ofCommune(String commune) {
    return new Location(commune, null, null, null);
  }

  /**
   * The most local level both locations share: {@link Level#COMMUNE}, {@link Level#EPCI}, {@link
   * Level#DEPARTEMENT} or {@link Level#REGION}; {@code null} when they share none of them (or the
   * codes are unknown).
   */
  public Level sharedLevel(Location other) {
    if (commune.equals(other.commune)) {
      return Level.COMMUNE;
    }
    if (epci != null && epci.equals(other.epci)) {
      return Level.EPCI;
    }
    if (departement != null && departement.equals(other.departement)) {
      return Level.DEPARTEMENT;
    }
    if (region != null && region.equals(other.region)) {
      return Level.REGION;
    }
    return null;
  }

  /** The code of this location at a level (commune, EPCI, département, region), maybe null. */
  public String code(Level level) {
    return switch (level) {
      case COMMUNE -> commune;
      case EPCI -> epci;
      case DEPARTEMENT -> departement;
      case REGION -> region;
      case COUNTRY -> "FR";
    };
  }

  private static String blankToNull(String code) {
    return code == null || code.isBlank() ? null : code.trim();
  }
}
