package org.phare.cli.survey;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.phare.core.survey.Calibration;
import org.phare.core.survey.CalibrationOptions;
import org.phare.core.survey.CalibrationResult;
import org.phare.core.survey.Margin;
import org.phare.core.survey.SurveyDesign;
import org.phare.store.survey.Microdata;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code phare survey rake}: calibrates the weights to known margins and writes them. */
@Command(
    name = "rake",
    mixinStandardHelpOptions = true,
    description = {
      "Calibrates the weights to known population margins (raking, or linear GREG) and writes",
      "the data file with a calibrated weight column. A margin file is a CSV: category,total."
    })
public final class RakeCommand implements Callable<Integer> {

  /** Calibration method. */
  public enum Method {
    RAKING,
    LINEAR
  }

  @Mixin DesignOptions design;

  @Option(
      names = "--margin",
      required = true,
      description = "VAR=FILE: population total of each category of VAR (repeatable).")
  List<String> margins = new ArrayList<>();

  @Option(names = "--method", description = "raking (default) or linear.")
  Method method = Method.RAKING;

  @Option(names = "--tolerance", description = "Relative tolerance (default ${DEFAULT-VALUE}).")
  double tolerance = CalibrationOptions.DEFAULT.tolerance();

  @Option(names = "--max-iterations", description = "Iteration cap (default ${DEFAULT-VALUE}).")
  int maxIterations = CalibrationOptions.DEFAULT.maxIterations();

  @Option(
      names = "--bounds",
      description = "LOW,HIGH: bounds of calibrated/initial weight ratio, e.g. 0.3,3.")
  String bounds;

  @Option(names = "--out", required = true, description = "Output CSV (input + weight column).")
  Path out;

  @Option(
      names = "--weight-column",
      description = "Name of the calibrated weight column (default ${DEFAULT-VALUE}).")
  String weightColumn = "calibrated_weight";

  PrintStream err = System.err;

  @Override
  public Integer call() {
    design.resolve();
    Microdata m = Microdata.read(design.data, null);
    SurveyDesign d = design.build(m);
    List<Margin> list = new ArrayList<>();
    for (String spec : margins) {
      int eq = spec.indexOf('=');
      if (eq <= 0) {
        throw new SurveyInputException("--margin " + spec + ": expected VARIABLE=FILE");
      }
      String variable = spec.substring(0, eq);
      Path file = Path.of(spec.substring(eq + 1));
      if (!m.header().contains(variable)) {
        throw new SurveyInputException(
            design.data + ": no column '" + variable + "' for the margin " + file);
      }
      int missing = m.missing(variable);
      if (missing > 0) {
        throw new SurveyInputException(
            design.data
                + ": column '"
                + variable
                + "' has "
                + missing
                + " missing value(s); calibration needs a category for every row (first at line "
                + firstMissingLine(m, variable)
                + ")");
      }
      list.add(new Margin(m.factor(variable), readMargin(file)));
    }
    CalibrationOptions options =
        new CalibrationOptions(tolerance, maxIterations, 0, Double.POSITIVE_INFINITY);
    if (bounds != null) {
      String[] b = bounds.split(",");
      if (b.length != 2) {
        throw new SurveyInputException("--bounds " + bounds + ": expected LOW,HIGH");
      }
      options = options.withBounds(Double.parseDouble(b[0]), Double.parseDouble(b[1]));
    }
    CalibrationResult r;
    try {
      r =
          method == Method.RAKING
              ? Calibration.rake(d, list, options)
              : Calibration.linear(d, list, options);
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new SurveyInputException(design.data + ": " + e.getMessage());
    }
    write(m, r.weights());
    err.printf(
        Locale.ROOT,
        "phare survey rake: %d rows, %s converged in %d iteration(s), largest relative margin"
            + " error %.3g; written to %s%n",
        m.rows(),
        method.name().toLowerCase(Locale.ROOT),
        r.iterations(),
        r.maxRelativeError(),
        out);
    return 0;
  }

  private static long firstMissingLine(Microdata m, String column) {
    String[] v = m.strings(column);
    for (int i = 0; i < v.length; i++) {
      if (v[i] == null) {
        return m.line(i);
      }
    }
    return -1;
  }

  static Map<String, Double> readMargin(Path file) {
    Microdata t = Microdata.read(file, null);
    if (t.header().size() != 2) {
      throw new SurveyInputException(
          file
              + ": a margin file has two columns, category and population total; found "
              + t.header());
    }
    String[] cat = t.strings(t.header().get(0));
    double[] total = t.numbers(t.header().get(1));
    Map<String, Double> totals = new LinkedHashMap<>();
    for (int i = 0; i < cat.length; i++) {
      if (cat[i] == null || Double.isNaN(total[i])) {
        throw new SurveyInputException(
            file + ": line " + t.line(i) + ": category and total are both required");
      }
      if (total[i] < 0) {
        throw new SurveyInputException(
            file + ": line " + t.line(i) + ": population total " + total[i] + " is negative");
      }
      if (totals.put(cat[i], total[i]) != null) {
        throw new SurveyInputException(
            file + ": line " + t.line(i) + ": category '" + cat[i] + "' appears twice");
      }
    }
    return totals;
  }

  private void write(Microdata m, double[] w) {
    try (CsvWriter csv =
        CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(out, StandardCharsets.UTF_8)) {
      List<String> header = new ArrayList<>(m.header());
      header.add(weightColumn);
      csv.writeRecord(header);
      List<String[]> cols = new ArrayList<>();
      for (String h : m.header()) {
        cols.add(m.strings(h));
      }
      for (int i = 0; i < m.rows(); i++) {
        List<String> row = new ArrayList<>(header.size());
        for (String[] c : cols) {
          row.add(c[i] == null ? "" : c[i]);
        }
        row.add(Double.toString(w[i]));
        csv.writeRecord(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(out + ": " + e.getMessage(), e);
    }
  }
}
