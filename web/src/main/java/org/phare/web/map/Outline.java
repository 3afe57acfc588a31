package org.phare.web.map;

import java.util.List;
import org.phare.core.geo.EqualArea;
import org.phare.core.territory.Level;

/**
 * The outline of a region or département as published (WGS84 longitude/latitude).
 *
 * @param code COG code (regions "24", départements "45", "2A", "971")
 * @param name name as given in the GeoJSON file
 * @param rings every ring of every polygon; each ring is a list of {longitude, latitude} pairs,
 *     closed (last point equal to the first); holes are rings too, told apart by {@link #holes}
 * @param holes for each ring, whether it is an inner ring (a hole) of its polygon
 * @param inset for an overseas outline, the inset it is drawn in (the DROM département or region
 *     code, so that the communes of La Réunion share one inset); null in metropolitan France
 * @param insetName the inset's label (the DROM's name), null in metropolitan France
 */
public record Outline(
    String code,
    String name,
    List<double[][]> rings,
    List<Boolean> holes,
    String inset,
    String insetName) {

  public Outline {
    rings = List.copyOf(rings);
    holes = List.copyOf(holes);
    if (rings.size() != holes.size()) {
      throw new IllegalArgumentException("outline " + code + ": rings and hole flags differ");
    }
  }

  /** An outline of metropolitan France. */
  public Outline(String code, String name, List<double[][]> rings, List<Boolean> holes) {
    this(code, name, rings, holes, null, null);
  }

  /**
   * Whether the outline is overseas (drawn in an inset), decided from the code and its level by
   * {@link #isOverseas(Level, String)}, never from the outline's position in a file or a list.
   */
  public boolean isOverseas() {
    return inset != null;
  }

  /**
   * Overseas territories by COG code: regions 01-06 (Guadeloupe, Martinique, Guyane, La Réunion,
   * Mayotte), départements 971-976, and communes whose code starts with 97. Départements 01-09 (Ain
   * … Ariège) are metropolitan: a two-character code starting with 0 is overseas only for a region.
   * EPCI codes (SIREN) say nothing: the caller decides from their member communes.
   */
  public static boolean isOverseas(Level level, String code) {
    return switch (level) {
      case REGION -> code.length() == 2 && code.charAt(0) == '0';
      case DEPARTEMENT -> code.length() == 3 && code.startsWith("97");
      case COMMUNE -> code.startsWith("97");
      default -> false;
    };
  }

  /**
   * Area in km² on the GRS80 ellipsoid, by an equal-area method: latitudes are converted to
   * authalic latitudes, then the spherical polygon area on the authalic sphere (radius {@link
   * EqualArea#AUTHALIC_RADIUS_M}) is computed with the trapezoid formula of Chamberlain and
   * Duquette (2007, "Some algorithms for polygons on a sphere", JPL). Holes are subtracted.
   */
  public double areaKm2() {
    double total = 0;
    for (int i = 0; i < rings.size(); i++) {
      double ring = EqualArea.ringAreaM2(rings.get(i));
      total += holes.get(i) ? -ring : ring;
    }
    return total / 1e6;
  }

  /** The bounding box {minLon, minLat, maxLon, maxLat}. */
  public double[] bounds() {
    double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
    for (double[][] ring : rings) {
      for (double[] p : ring) {
        box[0] = Math.min(box[0], p[0]);
        box[1] = Math.min(box[1], p[1]);
        box[2] = Math.max(box[2], p[0]);
        box[3] = Math.max(box[3], p[1]);
      }
    }
    return box;
  }
}
