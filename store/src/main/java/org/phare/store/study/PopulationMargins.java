package org.phare.store.study;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.phare.core.study.Weighting;

/**
 * The citizens' raking margins of a study: sex, age band and département of the adult population,
 * from the bundled INSEE population estimates by département, sex and five-year age band ({@code
 * indicators/population-estimations/estim_pop_dep_sexe_age_1975_2023.csv}, see its PROVENANCE.md;
 * the latest year of the file is used: 2023, provisional estimates at 1 January).
 *
 * <p>The questionnaire's age bands (grid v1, question {@code age}) from INSEE's five-year bands:
 *
 * <ul>
 *   <li>{@code A18_24} = 2/5 × (15-19) + (20-24): INSEE has no 18-19 band; the 15-19 band is split
 *       assuming the five single years are equally populated, so 18 and 19 are 2/5 of it;
 *   <li>{@code A25_34} = (25-29) + (30-34);
 *   <li>{@code A35_49} = (35-39) + (40-44) + (45-49);
 *   <li>{@code A50_64} = (50-54) + (55-59) + (60-64);
 *   <li>{@code A65_PLUS} = (65-69) + … + (90-94) + (95 and over).
 * </ul>
 *
 * Every margin is computed from the same men and women cells ({@code hommes_*}, {@code femmes_*}),
 * so the three margins have exactly the same total (the adult population of the départements), as
 * raking requires.
 */
public final class PopulationMargins {

  /** The file under the open-data folder. */
  public static final String FILE =
      "indicators/population-estimations/estim_pop_dep_sexe_age_1975_2023.csv";

  /** INSEE's five-year bands in file order (0-4 … 90-94, 95+). */
  private static final String[] BANDS = {
    "0_4", "5_9", "10_14", "15_19", "20_24", "25_29", "30_34", "35_39", "40_44", "45_49", "50_54",
    "55_59", "60_64", "65_69", "70_74", "75_79", "80_84", "85_89", "90_94", "95_plus"
  };

  /** Questionnaire age code → weight of each INSEE band (index in {@link #BANDS}). */
  private static final Map<String, double[]> AGES = new LinkedHashMap<>();

  static {
    AGES.put("A18_24", share(Map.of(3, 0.4, 4, 1.0)));
    AGES.put("A25_34", share(Map.of(5, 1.0, 6, 1.0)));
    AGES.put("A35_49", share(Map.of(7, 1.0, 8, 1.0, 9, 1.0)));
    AGES.put("A50_64", share(Map.of(10, 1.0, 11, 1.0, 12, 1.0)));
    Map<Integer, Double> old = new HashMap<>();
    for (int b = 13; b < BANDS.length; b++) {
      old.put(b, 1.0);
    }
    AGES.put("A65_PLUS", share(old));
  }

  private static double[] share(Map<Integer, Double> bands) {
    double[] s = new double[BANDS.length];
    bands.forEach((b, f) -> s[b] = f);
    return s;
  }

  private final int year;

  /** département code → [0: men, 1: women][band] */
  private final Map<String, double[][]> counts;

  private PopulationMargins(int year, Map<String, double[][]> counts) {
    this.year = year;
    this.counts = counts;
  }

  /**
   * The margins of a file read once, when first asked for (the file is 1.8 MB); a missing file (no
   * open-data folder) fails each time it is asked, which the weighting reports as unweighted.
   */
  public static java.util.function.Supplier<PopulationMargins> lazily(Path file) {
    return new java.util.function.Supplier<>() {
      private volatile PopulationMargins read;

      @Override
      public PopulationMargins get() {
        PopulationMargins m = read;
        if (m == null) {
          if (file == null) {
            throw new IllegalStateException("no open-data folder: no population estimates");
          }
          synchronized (this) {
            if (read == null) {
              read = read(file);
            }
            m = read;
          }
        }
        return m;
      }
    };
  }

  /** Reads the latest year of the file under the open-data folder. */
  public static PopulationMargins fromOpenData(Path openDataDir) {
    return read(openDataDir.resolve(FILE));
  }

  /** Reads the latest year of the INSEE file (département rows only, aggregates skipped). */
  public static PopulationMargins read(Path file) {
    List<String[]> rows = new ArrayList<>();
    String[] header;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      header = in.readLine().replace("\uFEFF", "").split(",", -1);
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (!line.isBlank()) {
          rows.add(line.split(",", -1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the population estimates " + file, e);
    }
    Map<String, Integer> column = new HashMap<>();
    for (int i = 0; i < header.length; i++) {
      column.put(header[i].strip(), i);
    }
    int yearColumn = column.get("annee");
    int codeColumn = column.get("code_departement");
    int latest =
        rows.stream().mapToInt(r -> Integer.parseInt(r[yearColumn].strip())).max().orElseThrow();
    Map<String, double[][]> counts = new LinkedHashMap<>();
    for (String[] r : rows) {
      String code = r[codeColumn].strip();
      if (Integer.parseInt(r[yearColumn].strip()) != latest || code.isEmpty()) {
        continue;
      }
      double[][] c = new double[2][BANDS.length];
      for (int b = 0; b < BANDS.length; b++) {
        c[0][b] = Double.parseDouble(r[column.get("hommes_" + BANDS[b])].strip());
        c[1][b] = Double.parseDouble(r[column.get("femmes_" + BANDS[b])].strip());
      }
      counts.put(code, c);
    }
    return new PopulationMargins(latest, counts);
  }

  /** The year of the estimates used (population at 1 January). */
  public int year() {
    return year;
  }

  /** Whether the file has the département. */
  public boolean has(String departement) {
    return counts.containsKey(departement);
  }

  /**
   * The three margins of the adults of the départements, in raking order: {@code sex} (FEMALE,
   * MALE), {@code age} (the questionnaire's five bands), {@code departement} (codes, sorted).
   *
   * @throws IllegalArgumentException for a département the file does not have
   */
  public List<Weighting.Target> citizens(Collection<String> departements) {
    Map<String, Double> sex = new LinkedHashMap<>();
    sex.put("FEMALE", 0.0);
    sex.put("MALE", 0.0);
    Map<String, Double> age = new LinkedHashMap<>();
    AGES.keySet().forEach(a -> age.put(a, 0.0));
    Map<String, Double> where = new LinkedHashMap<>();
    for (String d : new TreeSet<>(departements)) {
      double[][] c = counts.get(d);
      if (c == null) {
        throw new IllegalArgumentException("no population estimate for département " + d);
      }
      double total = 0;
      for (Map.Entry<String, double[]> a : AGES.entrySet()) {
        double men = dot(c[0], a.getValue());
        double women = dot(c[1], a.getValue());
        sex.merge("MALE", men, Double::sum);
        sex.merge("FEMALE", women, Double::sum);
        age.merge(a.getKey(), men + women, Double::sum);
        total += men + women;
      }
      where.put(d, total);
    }
    return List.of(
        new Weighting.Target("sex", sex),
        new Weighting.Target("age", age),
        new Weighting.Target("departement", where));
  }

  private static double dot(double[] counts, double[] share) {
    double s = 0;
    for (int b = 0; b < counts.length; b++) {
      s += counts[b] * share[b];
    }
    return s;
  }
}
