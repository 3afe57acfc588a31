package org.phare.cli.survey;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.phare.core.survey.Estimate;
import org.phare.core.survey.Factor;
import org.phare.core.survey.MultiResponse;
import org.phare.core.survey.SmallBaseRule;
import org.phare.core.survey.SurveyDesign;
import org.phare.core.survey.SurveyEstimator;
import org.phare.store.survey.Microdata;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code phare survey estimate}: design-based estimates, by groups, compared with the rest. */
@Command(
    name = "estimate",
    mixinStandardHelpOptions = true,
    description = {
      "Design-based estimates with linearised standard errors, in agreement with R survey.",
      "Missing values are left out as R does with na.rm=TRUE; the count is reported on stderr.",
      "Estimates on too small a base are hidden (no number) or flagged."
    })
public final class EstimateCommand implements Callable<Integer> {

  @Mixin DesignOptions design;

  @Option(names = "--mean", split = ",", description = "Variables whose weighted mean is wanted.")
  List<String> means = new ArrayList<>();

  @Option(names = "--total", split = ",", description = "Variables whose weighted total is wanted.")
  List<String> totals = new ArrayList<>();

  @Option(
      names = "--proportion",
      split = ",",
      description = "Categorical variables: share of each category (logit interval).")
  List<String> proportions = new ArrayList<>();

  @Option(names = "--ratio", description = "Ratio of totals NUM/DEN (repeatable).")
  List<String> ratios = new ArrayList<>();

  @Option(
      names = "--quantile",
      description = "V:p, e.g. age:0.5 or age,income:0.25 (qrule math, Woodruff interval).")
  List<String> quantiles = new ArrayList<>();

  @Option(
      names = "--share-at-least",
      description = "V:t, share of values >= t, e.g. r1,r2:6 for ratings of 6 or more.")
  List<String> sharesAtLeast = new ArrayList<>();

  @Option(
      names = "--multi-response",
      description =
          "[NAME=]V1,V2,V3: items cited in order; share citing each item, and citing it first.")
  List<String> multiResponses = new ArrayList<>();

  @Option(
      names = "--by",
      split = ",",
      description = "Group variable(s); several are crossed (nested groups).")
  List<String> by = new ArrayList<>();

  @Option(
      names = "--compare-to-rest",
      description = "Test each group against the rest of the sample (t on the design df).")
  boolean compareToRest;

  @Option(names = "--level", description = "Confidence level (default ${DEFAULT-VALUE}).")
  double level = 0.95;

  @Option(
      names = "--alpha",
      description = "Significance level of above/below marks (default ${DEFAULT-VALUE}).")
  double alpha = 0.05;

  @Option(
      names = "--hide-below",
      description = "Hide estimates on fewer respondents (default ${DEFAULT-VALUE}).")
  int hideBelow = SmallBaseRule.DEFAULT.hideBelow();

  @Option(
      names = "--flag-below",
      description = "Flag estimates on fewer respondents (default ${DEFAULT-VALUE}).")
  int flagBelow = SmallBaseRule.DEFAULT.flagBelow();

  @Option(names = "--format", description = "json (default) or csv.")
  OutputFormat format = OutputFormat.JSON;

  PrintStream out = System.out;
  PrintStream err = System.err;

  @Override
  public Integer call() {
    design.resolve();
    Set<String> wanted = new LinkedHashSet<>(design.columns());
    wanted.addAll(means);
    wanted.addAll(totals);
    wanted.addAll(proportions);
    wanted.addAll(by);
    for (String r : ratios) {
      wanted.addAll(List.of(ratio(r)));
    }
    for (String q : quantiles) {
      wanted.addAll(varsOf(q, "--quantile"));
    }
    for (String s : sharesAtLeast) {
      wanted.addAll(varsOf(s, "--share-at-least"));
    }
    for (String m : multiResponses) {
      wanted.addAll(multiColumns(m));
    }
    if (wanted.size() == design.columns().size()) {
      throw new SurveyInputException(
          "nothing to estimate: give --mean, --total, --proportion, --ratio, --quantile,"
              + " --share-at-least or --multi-response");
    }
    Microdata m = Microdata.read(design.data, wanted);
    SurveyDesign d = design.build(m);
    SurveyEstimator est = new SurveyEstimator(d, level, alpha);
    SmallBaseRule rule = new SmallBaseRule(hideBelow, flagBelow);
    Factor group = null;
    for (String g : by) {
      Factor f = m.factor(g);
      reportMissing(m, g, "group variable");
      group = group == null ? f : Factor.cross(group, f);
    }
    List<Estimate> results = new ArrayList<>();
    for (String v : means) {
      double[] y = numeric(m, v);
      results.addAll(est.means(v, y, group, compareToRest));
    }
    for (String v : totals) {
      results.addAll(est.totals(v, numeric(m, v), group, compareToRest));
    }
    for (String v : proportions) {
      reportMissing(m, v, "variable");
      Factor f = m.factor(v);
      if (f.levels().size() == 1) {
        err.println("phare survey: warning: " + v + " is constant (" + f.levels().get(0) + ")");
      }
      results.addAll(est.proportions(f, group, compareToRest));
    }
    for (String r : ratios) {
      String[] nd = ratio(r);
      results.addAll(est.ratios(r, numeric(m, nd[0]), numeric(m, nd[1]), group, compareToRest));
    }
    for (String q : quantiles) {
      double p = parameter(q, "--quantile");
      if (!(p >= 0 && p <= 1)) {
        throw new SurveyInputException("--quantile " + q + ": the probability must be in [0, 1]");
      }
      for (String v : varsOf(q, "--quantile")) {
        results.addAll(est.quantiles(v, numeric(m, v), p, group));
      }
    }
    for (String s : sharesAtLeast) {
      double t = parameter(s, "--share-at-least");
      for (String v : varsOf(s, "--share-at-least")) {
        results.addAll(est.sharesAtLeast(v, numeric(m, v), t, group, compareToRest));
      }
    }
    for (String spec : multiResponses) {
      List<String> cols = multiColumns(spec);
      Factor[] f = cols.stream().map(m::factor).toArray(Factor[]::new);
      MultiResponse item = MultiResponse.of(multiName(spec), f);
      results.addAll(est.multiResponse(item, group, compareToRest));
    }
    List<Estimate> published = results.stream().map(rule::apply).toList();
    EstimateOutput.write(published, compareToRest, format, out);
    return 0;
  }

  private double[] numeric(Microdata m, String v) {
    double[] y = m.numbers(v);
    reportMissing(m, v, "variable");
    double first = Double.NaN;
    boolean constant = true;
    for (double x : y) {
      if (!Double.isNaN(x)) {
        if (Double.isNaN(first)) {
          first = x;
        } else if (x != first) {
          constant = false;
          break;
        }
      }
    }
    if (Double.isNaN(first)) {
      err.println("phare survey: warning: " + v + " has no value at all: its estimates are empty");
    } else if (constant) {
      err.println(
          "phare survey: warning: "
              + v
              + " is constant ("
              + first
              + "): its mean has a standard error of 0");
    }
    return y;
  }

  private void reportMissing(Microdata m, String column, String role) {
    int missing = m.missing(column);
    if (missing > 0) {
      err.printf(
          Locale.ROOT,
          "phare survey: %s %s: %d of %d row(s) with a missing value left out (R na.rm=TRUE)%n",
          role,
          column,
          missing,
          m.rows());
    }
  }

  static String[] ratio(String spec) {
    String[] nd = spec.split("/");
    if (nd.length != 2 || nd[0].isBlank() || nd[1].isBlank()) {
      throw new SurveyInputException("--ratio " + spec + ": expected NUMERATOR/DENOMINATOR");
    }
    return new String[] {nd[0].trim(), nd[1].trim()};
  }

  static List<String> varsOf(String spec, String option) {
    int colon = spec.lastIndexOf(':');
    if (colon <= 0) {
      throw new SurveyInputException(option + " " + spec + ": expected VARIABLE:VALUE");
    }
    return List.of(spec.substring(0, colon).split(","));
  }

  static double parameter(String spec, String option) {
    String v = spec.substring(spec.lastIndexOf(':') + 1);
    try {
      return Double.parseDouble(v);
    } catch (NumberFormatException e) {
      throw new SurveyInputException(option + " " + spec + ": '" + v + "' is not a number");
    }
  }

  static List<String> multiColumns(String spec) {
    String cols = spec.contains("=") ? spec.substring(spec.indexOf('=') + 1) : spec;
    List<String> out = List.of(cols.split(","));
    if (out.isEmpty() || out.stream().anyMatch(String::isBlank)) {
      throw new SurveyInputException("--multi-response " + spec + ": expected [NAME=]V1,V2,...");
    }
    return out;
  }

  static String multiName(String spec) {
    return spec.contains("=") ? spec.substring(0, spec.indexOf('=')) : spec.replace(',', '+');
  }
}
