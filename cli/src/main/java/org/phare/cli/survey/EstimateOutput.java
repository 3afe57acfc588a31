package org.phare.cli.survey;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.phare.core.survey.Comparison;
import org.phare.core.survey.Estimate;

/**
 * Writes estimates as a JSON array or CSV. Numbers are machine numbers (Locale.ROOT); a hidden
 * estimate (small base) has {@code null} (JSON) or an empty field (CSV) in place of every number
 * but its unweighted base {@code n} (which tells why it is hidden and reveals nothing of it).
 */
final class EstimateOutput {

  private EstimateOutput() {}

  static final List<String> COLUMNS =
      List.of(
          "variable",
          "statistic",
          "category",
          "by",
          "estimate",
          "se",
          "ci_low",
          "ci_high",
          "n",
          "weighted_n",
          "df",
          "status");
  static final List<String> COMPARISON =
      List.of("diff", "se_diff", "t", "p_value", "df_diff", "mark");

  static void write(
      List<Estimate> estimates, boolean comparison, OutputFormat format, PrintStream out) {
    if (format == OutputFormat.CSV) {
      writeCsv(estimates, comparison, out);
    } else {
      writeJson(estimates, comparison, out);
    }
  }

  private static Object number(double v) {
    return Double.isNaN(v) || Double.isInfinite(v) ? null : v;
  }

  static List<Object> values(Estimate e, boolean comparison) {
    List<Object> v = new ArrayList<>();
    v.add(e.variable());
    v.add(e.statistic().code());
    v.add(e.category());
    v.add(e.group());
    v.add(number(e.estimate()));
    v.add(number(e.se()));
    v.add(number(e.ciLow()));
    v.add(number(e.ciHigh()));
    v.add(e.n());
    v.add(number(e.weightedN()));
    v.add(e.visible() ? e.degreesOfFreedom() : null);
    v.add(e.status().code());
    if (comparison) {
      Comparison c = e.comparison();
      if (c == null) {
        v.add(null);
        v.add(null);
        v.add(null);
        v.add(null);
        v.add(null);
        v.add(null);
      } else {
        v.add(number(c.diff()));
        v.add(number(c.se()));
        v.add(number(c.t()));
        v.add(number(c.pValue()));
        v.add(e.visible() ? c.degreesOfFreedom() : null);
        v.add(c.mark().code());
      }
    }
    return v;
  }

  private static void writeJson(List<Estimate> estimates, boolean comparison, PrintStream out) {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ArrayNode array = mapper.createArrayNode();
    List<String> names = new ArrayList<>(COLUMNS);
    if (comparison) {
      names.addAll(COMPARISON);
    }
    for (Estimate e : estimates) {
      ObjectNode o = array.addObject();
      List<Object> v = values(e, comparison);
      for (int k = 0; k < names.size(); k++) {
        Object x = v.get(k);
        if (x == null) {
          o.putNull(names.get(k));
        } else if (x instanceof Double d) {
          o.put(names.get(k), d);
        } else if (x instanceof Long l) {
          o.put(names.get(k), l);
        } else if (x instanceof Integer i) {
          o.put(names.get(k), i);
        } else {
          o.put(names.get(k), x.toString());
        }
      }
    }
    try {
      out.println(mapper.writeValueAsString(array));
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  private static void writeCsv(List<Estimate> estimates, boolean comparison, PrintStream out) {
    List<String> names = new ArrayList<>(COLUMNS);
    if (comparison) {
      names.addAll(COMPARISON);
    }
    OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(writer);
    csv.writeRecord(names);
    for (Estimate e : estimates) {
      List<String> row = new ArrayList<>();
      for (Object x : values(e, comparison)) {
        row.add(x == null ? "" : x.toString());
      }
      csv.writeRecord(row);
    }
    try {
      csv.flush();
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }
}
