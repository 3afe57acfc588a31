package org.phare.core.study;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.phare.core.text.CsvTable;

/**
 * The microdata of a study (issue 11 point 6): one row per respondent, one column per answer item,
 * with the design file that {@code phare survey estimate --design} reads and a codebook, all
 * derived from the questionnaire definition so that codes never drift from what was asked.
 *
 * <p>Columns: {@code respondent} (row number, never the link token or a database id that could be
 * joined to invitations), {@code actor}, {@code weight} (the raking weight of the respondent within
 * its actor type, 1 when the actor type is not weighted: see {@code core.study.Weighting}), then
 * per question: a single choice, a commune or a number as its code or value; an itemised rating as
 * {@code <prefix>_<item>}; a ranking as {@code <prefix>_1..count} (codes) plus one 0/1 column
 * {@code <prefix>_<code>} per choice (named among the ranked ones, so its mean is the share naming
 * it); a multiple choice as one 0/1 column per choice. Free text is left out: it may hold names,
 * and the export must carry none. An unanswered or not-asked item is an empty cell.
 *
 * <p>Pure: the caller reads the answers and writes the bytes; written by the one CSV writer {@link
 * CsvTable} (by default {@code ;}, decimal comma and a UTF-8 BOM for French spreadsheets).
 */
public final class MicrodataExport {

  /**
   * Column prefixes the grid's documentation uses (rating_ENV, priority_1) for its question ids.
   */
  private static final Map<String, String> PREFIX =
      Map.of("fragility", "rating", "priorities", "priority");

  /** One respondent's submitted answers with its actor type code and its weight. */
  public record Row(String actor, Map<String, List<String>> answers, double weight) {
    /** An unweighted row (weight 1). */
    public Row(String actor, Map<String, List<String>> answers) {
      this(actor, answers, 1);
    }
  }

  /**
   * An export ready to write: the questionnaire's columns, the respondents' rows and, for the
   * design file, one line per actor type saying how its weights were obtained.
   */
  public record Export(MicrodataExport format, List<Row> rows, List<String> weighting) {
    public Export {
      rows = List.copyOf(rows);
      weighting = List.copyOf(weighting);
    }

    public Export(MicrodataExport format, List<Row> rows) {
      this(format, rows, List.of());
    }
  }

  /** One column of the export and what its values mean. */
  public record Column(String name, Question question, String meaning, String codes) {}

  private final Questionnaire questionnaire;
  private final List<Column> columns;

  public MicrodataExport(Questionnaire questionnaire) {
    this.questionnaire = questionnaire;
    this.columns = columns(questionnaire);
  }

  /** The exported columns after respondent, actor and weight. */
  public List<Column> columns() {
    return columns;
  }

  private static String prefix(Question q) {
    return PREFIX.getOrDefault(q.id(), q.id());
  }

  private static String codes(List<Choice> choices) {
    List<String> out = new ArrayList<>();
    choices.forEach(c -> out.add(c.code() + " = " + c.labelFr()));
    return String.join(" ; ", out);
  }

  private static List<Column> columns(Questionnaire questionnaire) {
    List<Column> out = new ArrayList<>();
    for (Question q : questionnaire.questions()) {
      String p = prefix(q);
      switch (q.type()) {
        case TEXT -> {
          // free text may name people: never exported
        }
        case MULTIPLE_CHOICE ->
            q.choices()
                .forEach(
                    c ->
                        out.add(
                            new Column(
                                p + "_" + c.code(), q, c.labelFr(), "1 = cochée ; 0 = non")));
        case RANKING -> {
          for (int k = 1; k <= q.count(); k++) {
            out.add(new Column(p + "_" + k, q, "rang " + k, codes(q.choices())));
          }
          q.choices()
              .forEach(
                  c ->
                      out.add(
                          new Column(
                              p + "_" + c.code(),
                              q,
                              c.labelFr() + " (parmi les " + q.count() + ")",
                              "1 = citée ; 0 = non")));
        }
        case RATING, NUMBER -> {
          String range = fmt(q.min()) + " à " + fmt(q.max());
          if (q.itemised()) {
            q.items().forEach(i -> out.add(new Column(p + "_" + i.code(), q, i.labelFr(), range)));
          } else {
            out.add(new Column(p, q, q.labelFr(), range));
          }
        }
        case SINGLE_CHOICE -> {
          if (q.itemised()) {
            q.items()
                .forEach(
                    i ->
                        out.add(
                            new Column(p + "_" + i.code(), q, i.labelFr(), codes(q.choices()))));
          } else {
            out.add(new Column(p, q, q.labelFr(), codes(q.choices())));
          }
        }
        case COMMUNE -> out.add(new Column(p, q, q.labelFr(), "code officiel géographique INSEE"));
      }
    }
    return List.copyOf(out);
  }

  private static String fmt(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }

  private String value(Column c, Map<String, List<String>> answers) {
    Question q = c.question();
    String p = prefix(q);
    String suffix = c.name().equals(p) ? null : c.name().substring(p.length() + 1);
    switch (q.type()) {
      case MULTIPLE_CHOICE -> {
        List<String> v = answers.get(q.id());
        if (v == null) {
          return "";
        }
        return v.contains(suffix) ? "1" : "0";
      }
      case RANKING -> {
        List<String> v = answers.get(q.id());
        if (v == null || v.isEmpty()) {
          return "";
        }
        if (q.choice(suffix).isPresent()) {
          return v.contains(suffix) ? "1" : "0";
        }
        int rank = Integer.parseInt(suffix);
        return rank <= v.size() ? v.get(rank - 1) : "";
      }
      default -> {
        String field = suffix == null ? q.id() : q.id() + "." + suffix;
        List<String> v = answers.get(field);
        return v == null || v.isEmpty() ? "" : v.get(0).strip().replace(',', '.');
      }
    }
  }

  /** The CSV text in the French format (BOM first, {@code ;}); rows numbered from 1. */
  public String csv(List<Row> rows) {
    return csv(rows, CsvTable.Format.FRENCH);
  }

  /**
   * The CSV text through the one CSV writer ({@link CsvTable}) in the given format; rows numbered
   * from 1 in the order given. A decimal answer takes the format's decimal mark.
   */
  public String csv(List<Row> rows, CsvTable.Format format) {
    CsvTable out = new CsvTable(format);
    List<String> header = new ArrayList<>(List.of("respondent", "actor", "weight"));
    columns.forEach(c -> header.add(c.name()));
    line(out, header);
    int n = 0;
    for (Row r : rows) {
      List<String> cells =
          new ArrayList<>(
              List.of(Integer.toString(++n), r.actor(), decimal(weight(r.weight()), format)));
      columns.forEach(c -> cells.add(decimal(value(c, r.answers()), format)));
      line(out, cells);
    }
    return out.text();
  }

  private static final java.util.regex.Pattern DECIMAL =
      java.util.regex.Pattern.compile("-?[0-9]+\\.[0-9]+");

  /** A decimal number takes the format's decimal mark; any other cell is left as it is. */
  private static String decimal(String v, CsvTable.Format format) {
    return DECIMAL.matcher(v).matches() ? v.replace('.', format.decimal()) : v;
  }

  /**
   * A weight in full precision (the shortest decimal that reads back as the same double), never in
   * exponent notation (a national study's weights exceed 10^7), whole numbers without decimals.
   */
  static String weight(double w) {
    return w == Math.rint(w) && Math.abs(w) < 1e15
        ? Long.toString((long) w)
        : java.math.BigDecimal.valueOf(w).toPlainString();
  }

  private static void line(CsvTable out, List<String> cells) {
    out.row(cells);
  }

  /**
   * The design file: each respondent its own unit, weighted by the {@code weight} column (the
   * raking weights the report uses, 1 for an actor type that is not weighted); estimate by actor
   * type ({@code --by actor}), since each type is weighted to its own population. R: {@code
   * svydesign(ids = ~1, weights = ~weight, data = d)} (variances without the calibration residuals,
   * as for any weighted export).
   */
  public String designYaml() {
    return designYaml(List.of());
  }

  /** The design file with one comment line per actor type on how its weights were obtained. */
  public String designYaml(List<String> weighting) {
    StringBuilder out =
        new StringBuilder("# Plan de sondage de l'export ")
            .append(questionnaire.id())
            .append(' ')
            .append(questionnaire.version())
            .append('\n')
            .append(
                "# weight : poids de redressement (calage sur marges, raking) de chaque répondant"
                    + " dans son type d'acteur ; 1 quand le type d'acteur n'est pas redressé.\n")
            .append(
                "# Estimer par type d'acteur (--by actor) : chacun est redressé sur sa population.\n");
    for (String line : weighting) {
      out.append("# ").append(line.replace('\n', ' ')).append('\n');
    }
    return out.append(
            "# phare survey estimate --data reponses.csv --design plan.yaml --mean rating_ENV"
                + " --by actor\n")
        .append("weight: weight\n")
        .toString();
  }

  /** The codebook as CSV: column, question id, question, meaning, codes. */
  public String codebook() {
    return codebook(CsvTable.Format.FRENCH);
  }

  /** The codebook in the given format. */
  public String codebook(CsvTable.Format format) {
    CsvTable out = new CsvTable(format);
    line(out, List.of("colonne", "question", "libellé", "item", "codes"));
    line(
        out,
        List.of("respondent", "", "numéro de ligne", "", "1..n, sans lien avec les invitations"));
    line(
        out,
        List.of("actor", "", "type d’acteur", "", "CITIZENS ; COMPANIES ; ASSOCIATIONS ; MAYORS"));
    line(
        out,
        List.of(
            "weight",
            "",
            "poids de redressement",
            "",
            "calage sur marges par type d’acteur ; 1 : type d’acteur non redressé"));
    for (Column c : columns) {
      line(
          out,
          List.of(c.name(), c.question().id(), c.question().labelFr(), c.meaning(), c.codes()));
    }
    return out.text();
  }
}
