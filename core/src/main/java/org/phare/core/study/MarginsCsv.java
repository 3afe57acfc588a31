package org.phare.core.study;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.phare.core.message.Refusal;
import org.phare.core.message.RefusalKind;
import org.phare.core.message.RefusedException;

/**
 * Reads the population margins an organiser uploads for an actor type (companies, associations,
 * mayors): a CSV with the header {@code variable;category;total} (separator {@code ;}, or {@code ,}
 * when the header uses it), one line per category: the answer field ({@code company_size}), the
 * category code ({@code S10_49}) and the population count (a number, French decimal comma accepted,
 * spaces as thousands separators ignored).
 *
 * <p>Every problem of the file is refused at once, each with its line and column (1-based, the
 * header being line 1): unknown variable, unknown category (checked against the questionnaire's
 * single-choice questions asked to the actor type), a category given twice, a total that is not a
 * non-negative number, a wrong number of cells, a missing header, an empty file.
 */
public final class MarginsCsv {

  private MarginsCsv() {}

  /** The largest file accepted (lines). */
  public static final int MAX_LINES = 2000;

  /**
   * The margins of the file, in the order of their first line.
   *
   * @param text the file's content
   * @param allowed for each variable an organiser may use, its category codes
   * @throws RefusedException (bad input) every problem with its line and column
   */
  public static List<Weighting.Target> parse(String text, Map<String, List<String>> allowed) {
    String body = text == null ? "" : text.replace("\uFEFF", "");
    String[] lines = body.split("\r\n|\n|\r", -1);
    List<Refusal> problems = new ArrayList<>();
    int first = 0;
    while (first < lines.length && lines[first].isBlank()) {
      first++;
    }
    if (first == lines.length) {
      throw RefusedException.badInput("study.margins.empty", "margins");
    }
    String header = lines[first].strip();
    String separator = header.contains(";") ? ";" : ",";
    List<String> names = List.of(header.toLowerCase(java.util.Locale.ROOT).split(separator, -1));
    if (!names.stream()
        .map(String::strip)
        .toList()
        .equals(List.of("variable", "category", "total"))) {
      throw RefusedException.badInput(
          "study.margins.header", "margins", "line", first + 1, "header", header);
    }
    if (lines.length - first > MAX_LINES) {
      throw RefusedException.badInput("study.margins.too-long", "margins", "max", MAX_LINES);
    }
    Map<String, Map<String, Double>> totals = new LinkedHashMap<>();
    for (int i = first + 1; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank()) {
        continue;
      }
      int number = i + 1;
      String[] cells = line.split(separator, -1);
      if (cells.length != 3) {
        problems.add(
            Refusal.of("study.margins.cells", "margins", "line", number, "count", cells.length));
        continue;
      }
      String variable = cells[0].strip();
      String category = cells[1].strip();
      String total = cells[2].strip().replace(" ", "").replace("\u202F", "").replace("\u00A0", "");
      if (!allowed.containsKey(variable)) {
        problems.add(
            Refusal.of(
                "study.margins.variable",
                "margins",
                "line",
                number,
                "column",
                1,
                "value",
                variable,
                "expected",
                String.join(", ", allowed.keySet())));
        continue;
      }
      if (!allowed.get(variable).contains(category)) {
        problems.add(
            Refusal.of(
                "study.margins.category",
                "margins",
                "line",
                number,
                "column",
                2,
                "value",
                category,
                "variable",
                variable,
                "expected",
                String.join(", ", allowed.get(variable))));
        continue;
      }
      double value;
      try {
        value = new BigDecimal(total.replace(',', '.')).doubleValue();
      } catch (NumberFormatException e) {
        value = Double.NaN;
      }
      if (!(value >= 0) || Double.isInfinite(value)) {
        problems.add(
            Refusal.of(
                "study.margins.total", "margins", "line", number, "column", 3, "value", cells[2]));
        continue;
      }
      Map<String, Double> byCategory = totals.computeIfAbsent(variable, v -> new LinkedHashMap<>());
      if (byCategory.containsKey(category)) {
        problems.add(
            Refusal.of(
                "study.margins.twice",
                "margins",
                "line",
                number,
                "column",
                2,
                "value",
                category,
                "variable",
                variable));
        continue;
      }
      byCategory.put(category, value);
    }
    if (!problems.isEmpty()) {
      throw new RefusedException(RefusalKind.BAD_INPUT, problems);
    }
    if (totals.isEmpty()) {
      throw RefusedException.badInput("study.margins.empty", "margins");
    }
    List<Weighting.Target> out = new ArrayList<>();
    totals.forEach((variable, byCategory) -> out.add(new Weighting.Target(variable, byCategory)));
    return out;
  }

  /** The file of margins as it is stored and offered back for download. */
  public static String write(List<Weighting.Target> margins) {
    StringBuilder out = new StringBuilder("variable;category;total\n");
    for (Weighting.Target t : margins) {
      t.totals()
          .forEach(
              (category, total) ->
                  out.append(t.variable())
                      .append(';')
                      .append(category)
                      .append(';')
                      .append(BigDecimal.valueOf(total).stripTrailingZeros().toPlainString())
                      .append('\n'));
    }
    return out.toString();
  }
}
