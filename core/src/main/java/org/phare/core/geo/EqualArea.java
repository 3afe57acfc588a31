package org.phare.core.geo;

/**
 * Equal-area computations on the GRS80 ellipsoid through its authalic sphere: a sphere of the same
 * surface onto which latitudes are mapped (authalic latitude) so that areas are preserved exactly.
 * Formulas: Snyder, "Map Projections — A Working Manual" (USGS 1987), eq. 3-11 (q), 3-12 (authalic
 * radius), 24-13 and 24-2 (Lambert azimuthal equal-area on the sphere).
 */
public final class EqualArea {

  /** GRS80 semi-major axis (m). */
  public static final double A = 6_378_137.0;

  /** GRS80 first eccentricity. */
  public static final double E = 0.0818191910428158;

  private static final double Q_POLE = q(Math.PI / 2);

  /** Radius of the sphere with the surface of the GRS80 ellipsoid (≈ 6 371 007.2 m). */
  public static final double AUTHALIC_RADIUS_M = A * Math.sqrt(Q_POLE / 2);

  private EqualArea() {}

  private static double q(double phi) {
    double s = Math.sin(phi);
    return (1 - E * E)
        * (s / (1 - E * E * s * s) - 1 / (2 * E) * Math.log((1 - E * s) / (1 + E * s)));
  }

  /** Authalic latitude (radians) of a geodetic latitude (radians). */
  public static double authalicLatitude(double phi) {
    double ratio = q(phi) / Q_POLE;
    return Math.asin(Math.max(-1, Math.min(1, ratio)));
  }

  /**
   * Area of a closed ring of {longitude, latitude} degrees, in m², unsigned. Spherical trapezoids
   * on the authalic sphere: A = R² / 2 · |Σ (λ₂ − λ₁)(sin β₁ + sin β₂)| (Chamberlain and Duquette
   * 2007), exact for edges along parallels and accurate to far below 0.1 % for the short edges of
   * administrative outlines. Rings with fewer than 3 distinct points have area 0.
   */
  public static double ringAreaM2(double[][] ring) {
    if (ring.length < 4) {
      return 0;
    }
    double sum = 0;
    for (int i = 0; i < ring.length - 1; i++) {
      double lambda1 = Math.toRadians(ring[i][0]);
      double lambda2 = Math.toRadians(ring[i + 1][0]);
      double beta1 = authalicLatitude(Math.toRadians(ring[i][1]));
      double beta2 = authalicLatitude(Math.toRadians(ring[i + 1][1]));
      sum += (lambda2 - lambda1) * (Math.sin(beta1) + Math.sin(beta2));
    }
    return Math.abs(sum) * AUTHALIC_RADIUS_M * AUTHALIC_RADIUS_M / 2;
  }

  /**
   * Lambert azimuthal equal-area projection on the authalic sphere, centred on (lon0, lat0)
   * degrees; returns {x, y} in metres with y pointing north.
   */
  public static double[] project(double lon, double lat, double lon0, double lat0) {
    double beta = authalicLatitude(Math.toRadians(lat));
    double beta0 = authalicLatitude(Math.toRadians(lat0));
    double dl = Math.toRadians(lon - lon0);
    double denominator =
        1 + Math.sin(beta0) * Math.sin(beta) + Math.cos(beta0) * Math.cos(beta) * Math.cos(dl);
    double k = Math.sqrt(2 / denominator);
    double x = AUTHALIC_RADIUS_M * k * Math.cos(beta) * Math.sin(dl);
    double y =
        AUTHALIC_RADIUS_M
            * k
            * (Math.cos(beta0) * Math.sin(beta) - Math.sin(beta0) * Math.cos(beta) * Math.cos(dl));
    return new double[] {x, y};
  }
}
