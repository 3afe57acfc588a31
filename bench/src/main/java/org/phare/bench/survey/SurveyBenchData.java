package org.phare.bench.survey;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.phare.core.survey.Factor;

/**
 * Deterministic synthetic perception survey for the benchmarks: {@code rows} respondents in 13
 * regions (strata), 6 age bands, 2 sexes, a weight, and 16 ratings from 1 to 10 whose mean depends
 * on the region. The same seed gives the same file for the R comparison ({@code main} writes it).
 */
public final class SurveyBenchData {

  public static final int RATINGS = 16;
  public static final int REGIONS = 13;

  public final int rows;
  public final int[] region;
  public final int[] age;
  public final int[] sex;
  public final double[] weight;
  public final double[][] ratings;

  public SurveyBenchData(int rows, long seed) {
    this.rows = rows;
    SplittableRandom r = new SplittableRandom(seed);
    region = new int[rows];
    age = new int[rows];
    sex = new int[rows];
    weight = new double[rows];
    ratings = new double[RATINGS][rows];
    for (int i = 0; i < rows; i++) {
      region[i] = r.nextInt(REGIONS);
      age[i] = r.nextInt(6);
      sex[i] = r.nextInt(2);
      // Weights with two decimals so that the CSV carries them exactly.
      weight[i] = Math.round((20 + 180 * r.nextDouble()) * 100) / 100.0;
      for (int k = 0; k < RATINGS; k++) {
        int shift = (region[i] + k) % 3 - 1;
        ratings[k][i] = Math.max(1, Math.min(10, 5 + shift + r.nextInt(5) - 2 + r.nextInt(2)));
      }
    }
  }

  public Factor regionFactor() {
    String[] v = new String[rows];
    for (int i = 0; i < rows; i++) {
      v[i] = "R" + (region[i] < 9 ? "0" : "") + (region[i] + 1);
    }
    return Factor.of("region", v);
  }

  public static Factor factor(String name, String prefix, int[] codes) {
    String[] v = new String[codes.length];
    for (int i = 0; i < codes.length; i++) {
      v[i] = prefix + codes[i];
    }
    return Factor.of(name, v);
  }

  /** Writes the data as CSV: {@code java ... SurveyBenchData FILE [ROWS]}. */
  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    int rows = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
    SurveyBenchData d = new SurveyBenchData(rows, 20_260_101L);
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      StringBuilder h = new StringBuilder("id,region,age,sex,weight");
      for (int k = 1; k <= RATINGS; k++) {
        h.append(",r").append(k);
      }
      w.write(h.append('\n').toString());
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < rows; i++) {
        line.setLength(0);
        line.append(i + 1)
            .append(",R")
            .append(d.region[i] < 9 ? "0" : "")
            .append(d.region[i] + 1)
            .append(",A")
            .append(d.age[i])
            .append(",S")
            .append(d.sex[i])
            .append(',')
            .append(d.weight[i]);
        for (int k = 0; k < RATINGS; k++) {
          line.append(',').append((int) d.ratings[k][i]);
        }
        w.write(line.append('\n').toString());
      }
    }
  }
}
