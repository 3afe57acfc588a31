package org.phare.cli.survey;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.phare.core.survey.LonelyPsu;
import org.phare.core.survey.SurveyDesign;
import org.phare.store.survey.Microdata;
import picocli.CommandLine.Option;

/**
 * The data file and the roles of its columns, given by flags or by a small YAML file ({@code
 * --design}): {@code weight: pw}, {@code strata: stype}, {@code cluster: [dnum, snum]}, {@code fpc:
 * [fpc1, fpc2]}, {@code lonely_psu: fail}. Flags win over the YAML file.
 */
final class DesignOptions {

  @Option(names = "--data", required = true, description = "Microdata CSV file (header line).")
  Path data;

  @Option(names = "--design", description = "YAML file giving the roles of the columns.")
  Path designFile;

  @Option(names = "--weight", description = "Weight column (sampling weights, > 0).")
  String weight;

  @Option(names = "--strata", description = "Stratum column.")
  String strata;

  @Option(
      names = "--cluster",
      split = ",",
      description = "Cluster column(s), one per stage: --cluster district,school.")
  List<String> clusters;

  @Option(
      names = "--fpc",
      split = ",",
      description = "Finite population correction column(s), one per stage (sizes or fractions).")
  List<String> fpc;

  @Option(
      names = "--lonely-psu",
      description = "Stratum with a single PSU: fail (default), certainty or adjust (as R).")
  LonelyPsu lonelyPsu;

  /** Reads the YAML file if any, filling the roles not given by flags. */
  void resolve() {
    if (designFile == null) {
      return;
    }
    JsonNode root;
    try {
      root = new ObjectMapper(new YAMLFactory()).readTree(designFile.toFile());
    } catch (IOException e) {
      throw new SurveyInputException(designFile + ": not a readable YAML file: " + e.getMessage());
    }
    if (root == null || !root.isObject()) {
      throw new SurveyInputException(designFile + ": expected a YAML mapping (weight: ..., ...)");
    }
    List<String> known = List.of("weight", "strata", "cluster", "fpc", "lonely_psu");
    root.fieldNames()
        .forEachRemaining(
            f -> {
              if (!known.contains(f)) {
                throw new SurveyInputException(
                    designFile + ": unknown key '" + f + "' (known: " + known + ")");
              }
            });
    if (weight == null && root.hasNonNull("weight")) {
      weight = root.get("weight").asText();
    }
    if (strata == null && root.hasNonNull("strata")) {
      strata = root.get("strata").asText();
    }
    if (clusters == null && root.hasNonNull("cluster")) {
      clusters = list(root.get("cluster"));
    }
    if (fpc == null && root.hasNonNull("fpc")) {
      fpc = list(root.get("fpc"));
    }
    if (lonelyPsu == null && root.hasNonNull("lonely_psu")) {
      String v = root.get("lonely_psu").asText().toUpperCase(Locale.ROOT);
      try {
        lonelyPsu = LonelyPsu.valueOf(v);
      } catch (IllegalArgumentException e) {
        throw new SurveyInputException(
            designFile + ": lonely_psu must be one of " + Arrays.toString(LonelyPsu.values()));
      }
    }
  }

  private static List<String> list(JsonNode node) {
    List<String> out = new ArrayList<>();
    if (node.isArray()) {
      node.forEach(n -> out.add(n.asText()));
    } else {
      out.addAll(Arrays.asList(node.asText().split(",")));
    }
    return out;
  }

  /** Columns the design needs. */
  List<String> columns() {
    List<String> c = new ArrayList<>();
    if (weight != null) {
      c.add(weight);
    }
    if (strata != null) {
      c.add(strata);
    }
    if (clusters != null) {
      c.addAll(clusters);
    }
    if (fpc != null) {
      c.addAll(fpc);
    }
    return c;
  }

  /** Builds the design, with messages naming file, line and column. */
  SurveyDesign build(Microdata m) {
    if (weight == null && fpc == null) {
      throw new SurveyInputException(
          "give --weight (or fpc columns from which weights follow), e.g. --weight pw");
    }
    SurveyDesign.Builder b = SurveyDesign.builder(m.rows());
    if (weight != null) {
      double[] w = m.requiredNumbers(weight, "weight");
      for (int i = 0; i < w.length; i++) {
        if (!(w[i] > 0) || Double.isInfinite(w[i])) {
          throw new SurveyInputException(
              m.file()
                  + ": line "
                  + m.line(i)
                  + ", column '"
                  + weight
                  + "': weight "
                  + m.strings(weight)[i]
                  + " must be positive (zero and negative weights are refused)");
        }
      }
      b.weights(w);
    }
    if (strata != null) {
      b.strata(m.codes(strata, "stratum"));
    }
    if (clusters != null && !clusters.isEmpty()) {
      int[][] c = new int[clusters.size()][];
      for (int k = 0; k < c.length; k++) {
        c[k] = m.codes(clusters.get(k), "cluster");
      }
      b.clusters(c);
    }
    if (fpc != null && !fpc.isEmpty()) {
      double[][] f = new double[fpc.size()][];
      for (int k = 0; k < f.length; k++) {
        f[k] = m.requiredNumbers(fpc.get(k), "finite population correction");
      }
      b.fpc(f);
    }
    if (lonelyPsu != null) {
      b.lonelyPsu(lonelyPsu);
    }
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      throw new SurveyInputException(m.file() + ": " + e.getMessage());
    }
  }
}
