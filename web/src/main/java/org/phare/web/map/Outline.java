package org.phare.web.map;

import java.util.List;

/**
 * The outline of a region or département as published (WGS84 longitude/latitude).
 *
 * @param code COG code (regions "24", départements "45", "2A", "971")
 * @param name name as given in the GeoJSON file
 * @param rings every ring of every polygon; each ring is a list of {longitude, latitude} pairs,
 *     closed (last point equal to the first); holes are rings too, told apart by {@link #holes}
 * @param holes for each ring, whether it is an inner ring (a hole) of its polygon
 */
public record Outline(String code, String name, List<double[][]> rings, List<Boolean> holes) {

  public Outline {
    rings = List.copyOf(rings);
    holes = List.copyOf(holes);
    if (rings.size() != holes.size()) {
      throw new IllegalArgumentException("outline " + code + ": rings and hole flags differ");
    }
  }

  /** Overseas départements and regions (DROM) have codes 97x / 0x. */
  public boolean isOverseas() {
    return code.startsWith("97") || (code.length() == 2 && code.charAt(0) == '0');
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
