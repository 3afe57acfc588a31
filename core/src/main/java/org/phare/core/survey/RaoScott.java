package org.phare.core.survey;

import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.LUDecomposition;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.special.Beta;
import org.hipparchus.special.Gamma;

/**
 * Rao-Scott corrected chi-square test of independence of two categorical variables, as R {@code
 * svychisq(~a + b, design)}.
 *
 * <p>With {@code p} the design-based cell proportions (rows with either value missing are left out,
 * {@code N} the number of complete rows), the Pearson statistic {@code X2 = N sum (p_rc - p_r
 * p_c)^2 / (p_r p_c)} is corrected by the design effect matrix {@code Delta = (C' D^-1 C / N)^-1 C'
 * D^-1 V D^-1 C}, where {@code V} is the linearised covariance of {@code p}, {@code D = diag(p)}
 * and {@code C} spans the interaction contrasts. Statistic "F" (R's default): {@code F = X2 /
 * tr(Delta)} on {@code d0 = tr(Delta)^2 / tr(Delta^2)} and {@code d0 * nu} degrees of freedom,
 * {@code nu} = PSUs minus strata. Statistic "Chisq": {@code X2 / mean(diag Delta)} on a chi-square
 * with {@code (r-1)(c-1)} degrees of freedom. Both are returned.
 *
 * @param pearson Pearson's {@code X2} on the weighted table scaled to {@code N}
 * @param f the first-order corrected F statistic
 * @param numeratorDf {@code d0}
 * @param denominatorDf {@code d0 * nu}
 * @param pValueF p-value of F (R {@code statistic="F"})
 * @param pValueChisq p-value of the first-order corrected chi-square (R {@code statistic="Chisq"})
 * @param rows number of complete rows {@code N}
 */
public record RaoScott(
    double pearson,
    double f,
    double numeratorDf,
    double denominatorDf,
    double pValueF,
    double pValueChisq,
    long rows) {

  /** The test for two factors of the design's rows. */
  public static RaoScott test(SurveyDesign design, Factor a, Factor b) {
    int n = design.rows();
    if (a.rows() != n || b.rows() != n) {
      throw new IllegalArgumentException("both variables need one value per design row");
    }
    int nr = a.levels().size();
    int nc = b.levels().size();
    if (nr < 2 || nc < 2) {
      throw new IllegalArgumentException(
          "a chi-square test needs two categories or more in each variable: "
              + a.name()
              + " has "
              + nr
              + ", "
              + b.name()
              + " has "
              + nc);
    }
    int cells = nr * nc;
    double[] w = design.weightsView();
    int[] cell = new int[n];
    double sw = 0;
    long complete = 0;
    double[] p = new double[cells];
    for (int i = 0; i < n; i++) {
      int ra = a.codes()[i];
      int cb = b.codes()[i];
      cell[i] = ra < 0 || cb < 0 ? -1 : ra + nr * cb;
      if (cell[i] >= 0) {
        sw += w[i];
        p[cell[i]] += w[i];
        complete++;
      }
    }
    for (int k = 0; k < cells; k++) {
      p[k] /= sw;
    }
    double[][] z = new double[cells][n];
    for (int i = 0; i < n; i++) {
      if (cell[i] >= 0) {
        for (int k = 0; k < cells; k++) {
          z[k][i] = w[i] * ((cell[i] == k ? 1 : 0) - p[k]) / sw;
        }
      }
    }
    RealMatrix v = MatrixUtils.createRealMatrix(design.covariance(z));
    double bigN = complete;
    // Pearson X2 on the table scaled to N.
    double[] pr = new double[nr];
    double[] pc = new double[nc];
    for (int r = 0; r < nr; r++) {
      for (int c = 0; c < nc; c++) {
        pr[r] += p[r + nr * c];
        pc[c] += p[r + nr * c];
      }
    }
    double x2 = 0;
    for (int r = 0; r < nr; r++) {
      for (int c = 0; c < nc; c++) {
        double e = pr[r] * pc[c];
        double d = p[r + nr * c] - e;
        x2 += bigN * d * d / e;
      }
    }
    // C: interaction columns of ~rows*cols, residualised on ~rows+cols (cells, rows fastest).
    int q1 = nr + nc - 1;
    int q = (nr - 1) * (nc - 1);
    double[][] x1 = new double[cells][q1];
    double[][] x12 = new double[cells][q];
    for (int c = 0; c < nc; c++) {
      for (int r = 0; r < nr; r++) {
        int k = r + nr * c;
        x1[k][0] = 1;
        if (r > 0) {
          x1[k][r] = 1;
        }
        if (c > 0) {
          x1[k][nr - 1 + c] = 1;
        }
        if (r > 0 && c > 0) {
          x12[k][(r - 1) + (nr - 1) * (c - 1)] = 1;
        }
      }
    }
    RealMatrix mx1 = new Array2DRowRealMatrix(x1, false);
    RealMatrix mx12 = new Array2DRowRealMatrix(x12, false);
    RealMatrix hat =
        mx1.multiply(
            new LUDecomposition(mx1.transpose().multiply(mx1))
                .getSolver()
                .solve(mx1.transpose().multiply(mx12)));
    RealMatrix cm = mx12.subtract(hat);
    RealMatrix id = MatrixUtils.createRealMatrix(cells, cells);
    for (int k = 0; k < cells; k++) {
      id.setEntry(k, k, p[k] == 0 ? 0 : 1 / p[k]);
    }
    RealMatrix denom = cm.transpose().multiply(id.scalarMultiply(1 / bigN)).multiply(cm);
    RealMatrix numr = cm.transpose().multiply(id).multiply(v).multiply(id).multiply(cm);
    RealMatrix delta = new LUDecomposition(denom).getSolver().solve(numr);
    double trace = delta.getTrace();
    double trace2 = delta.multiply(delta).getTrace();
    double d0 = trace * trace / trace2;
    int nu = design.degreesOfFreedom();
    double f = x2 / trace;
    // Upper tails computed directly (not 1 - cdf) to keep small p-values accurate.
    double d2 = d0 * nu;
    double pF = Beta.regularizedBeta(d2 / (d2 + d0 * f), d2 / 2, d0 / 2);
    double pChisq = Gamma.regularizedGammaQ(q / 2.0, x2 / (trace / q) / 2);
    return new RaoScott(x2, f, d0, d0 * nu, pF, pChisq, complete);
  }
}
