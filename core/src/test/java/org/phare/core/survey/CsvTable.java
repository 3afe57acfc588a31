package org.phare.core.survey;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Minimal reader of the R {@code write.csv} files used by the tests (quoted fields, no newline).
 */
final class CsvTable {

  final List<String> header;
  final List<String[]> rows;

  private CsvTable(List<String> header, List<String[]> rows) {
    this.header = header;
    this.rows = rows;
  }

  static CsvTable read(Path path) {
    try {
      List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
      List<String> header = List.of(split(lines.get(0)));
      List<String[]> rows = new ArrayList<>();
      for (String line : lines.subList(1, lines.size())) {
        if (!line.isEmpty()) {
          rows.add(split(line));
        }
      }
      return new CsvTable(header, rows);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String[] split(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cur.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cur.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        out.add(cur.toString());
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    out.add(cur.toString());
    return out.toArray(String[]::new);
  }

  int size() {
    return rows.size();
  }

  String[] strings(String column) {
    int j = header.indexOf(column);
    if (j < 0) {
      throw new IllegalArgumentException("no column " + column + " in " + header);
    }
    String[] out = new String[rows.size()];
    for (int i = 0; i < out.length; i++) {
      String v = rows.get(i)[j];
      out[i] = v.isEmpty() || v.equals("NA") ? null : v;
    }
    return out;
  }

  double[] numbers(String column) {
    String[] s = strings(column);
    double[] out = new double[s.length];
    for (int i = 0; i < s.length; i++) {
      out[i] = s[i] == null ? Double.NaN : Double.parseDouble(s[i]);
    }
    return out;
  }

  int[] codes(String column) {
    return Factor.of(column, strings(column)).codes();
  }

  Factor factor(String column) {
    return Factor.of(column, strings(column));
  }

  Map<String, String> row(int i) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int j = 0; j < header.size(); j++) {
      m.put(header.get(j), rows.get(i)[j]);
    }
    return m;
  }
}
