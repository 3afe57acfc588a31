package org.phare.store.survey;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.phare.core.survey.Factor;
import org.phare.store.csv.CsvSeparator;

/**
 * Survey microdata read from a CSV file (comma, semicolon or tab separated, detected by {@link
 * CsvSeparator}; header on the first line), keeping only the columns asked for. An empty field or
 * {@code NA} is a missing value. Every error ({@link MicrodataException}) names the file, the line
 * and the column. Read by the CLI's {@code phare survey} commands and by the perception studies.
 */
public final class Microdata {

  private final Path file;
  private final List<String> header;
  private final Map<String, String[]> columns;
  private final long[] lines;
  private final int rows;

  private Microdata(
      Path file, List<String> header, Map<String, String[]> columns, long[] lines, int rows) {
    this.file = file;
    this.header = header;
    this.columns = columns;
    this.lines = lines;
    this.rows = rows;
  }

  /** Reads the named columns (all of them when {@code wanted} is null). */
  public static Microdata read(Path file, Collection<String> wanted) {
    if (!Files.isRegularFile(file)) {
      throw new MicrodataException(file + ": no such file");
    }
    char separator = detectSeparator(file);
    try (CsvReader<CsvRecord> reader =
        CsvReader.builder().fieldSeparator(separator).ofCsvRecord(file, StandardCharsets.UTF_8)) {
      List<String> header = null;
      int[] index = null;
      List<String> names = null;
      List<List<String>> values = null;
      List<Long> lineNumbers = new ArrayList<>();
      for (CsvRecord rec : reader) {
        if (header == null) {
          header = new ArrayList<>(rec.getFields());
          if (!header.isEmpty() && header.get(0).startsWith("\uFEFF")) {
            header.set(0, header.get(0).substring(1));
          }
          names = new ArrayList<>(wanted == null ? header : new LinkedHashSet<>(wanted));
          index = new int[names.size()];
          for (int k = 0; k < names.size(); k++) {
            index[k] = header.indexOf(names.get(k));
            if (index[k] < 0) {
              throw new MicrodataException(
                  file + ": no column '" + names.get(k) + "' (columns: " + header + ")");
            }
          }
          values = new ArrayList<>();
          for (int k = 0; k < names.size(); k++) {
            values.add(new ArrayList<>());
          }
          continue;
        }
        if (rec.getFieldCount() == 1 && rec.getField(0).isEmpty()) {
          continue;
        }
        if (rec.getFieldCount() != header.size()) {
          throw new MicrodataException(
              file
                  + ": line "
                  + rec.getStartingLineNumber()
                  + " has "
                  + rec.getFieldCount()
                  + " fields, the header has "
                  + header.size());
        }
        for (int k = 0; k < index.length; k++) {
          String v = rec.getField(index[k]).trim();
          values.get(k).add(v.isEmpty() || v.equals("NA") ? null : v);
        }
        lineNumbers.add(rec.getStartingLineNumber());
      }
      if (header == null) {
        throw new MicrodataException(file + ": empty file");
      }
      Map<String, String[]> columns = new LinkedHashMap<>();
      for (int k = 0; k < names.size(); k++) {
        columns.put(names.get(k), values.get(k).toArray(String[]::new));
      }
      long[] lines = lineNumbers.stream().mapToLong(Long::longValue).toArray();
      if (lines.length == 0) {
        throw new MicrodataException(file + ": no data row after the header");
      }
      return new Microdata(file, header, columns, lines, lines.length);
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": " + e.getMessage(), e);
    }
  }

  private static char detectSeparator(Path file) {
    try (var r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String first = r.readLine();
      return first == null ? ',' : CsvSeparator.detect(first);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Path file() {
    return file;
  }

  public int rows() {
    return rows;
  }

  public List<String> header() {
    return header;
  }

  /** File line of data row {@code row} (0-based). */
  public long line(int row) {
    return lines[row];
  }

  public String[] strings(String column) {
    String[] c = columns.get(column);
    if (c == null) {
      throw new MicrodataException(file + ": column '" + column + "' was not read");
    }
    return c;
  }

  /** Numeric column, NaN for missing; a non-number is an error with its line and column. */
  public double[] numbers(String column) {
    String[] s = strings(column);
    double[] out = new double[s.length];
    for (int i = 0; i < s.length; i++) {
      if (s[i] == null) {
        out[i] = Double.NaN;
        continue;
      }
      try {
        out[i] = Double.parseDouble(s[i].replace(',', '.'));
      } catch (NumberFormatException e) {
        throw new MicrodataException(
            file
                + ": line "
                + lines[i]
                + ", column '"
                + column
                + "': '"
                + s[i]
                + "' is not a number");
      }
    }
    return out;
  }

  /** Numeric column that may have no missing value (design columns). */
  public double[] requiredNumbers(String column, String role) {
    double[] v = numbers(column);
    for (int i = 0; i < v.length; i++) {
      if (Double.isNaN(v[i])) {
        throw new MicrodataException(
            file + ": line " + lines[i] + ", column '" + column + "': the " + role + " is missing");
      }
    }
    return v;
  }

  /** Codes of a design column (strata, clusters): any text, none missing. */
  public int[] codes(String column, String role) {
    String[] s = strings(column);
    Map<String, Integer> index = new HashMap<>();
    int[] out = new int[s.length];
    for (int i = 0; i < s.length; i++) {
      if (s[i] == null) {
        throw new MicrodataException(
            file + ": line " + lines[i] + ", column '" + column + "': the " + role + " is missing");
      }
      out[i] = index.computeIfAbsent(s[i], k -> index.size());
    }
    return out;
  }

  public Factor factor(String column) {
    return Factor.of(column, strings(column));
  }

  public int missing(String column) {
    int m = 0;
    for (String v : strings(column)) {
      if (v == null) {
        m++;
      }
    }
    return m;
  }

  public static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
