package org.phare.web.chart;

import java.util.ArrayList;
import java.util.List;
import org.phare.core.text.CsvTable;
import org.phare.web.svg.Svg;

/**
 * A chart or a map as the reader gets it: a visible title that says the question the chart answers,
 * a subtitle (population, base, source, vintage), a key for every mark, a caption (how to read it),
 * the drawing itself and the same numbers as a table ("Voir les données"). One template draws it
 * ({@code figure.jte}) on the page, in print and in the PDF; the per-chart downloads (CSV, SVG) are
 * written from this same value, so the table, the files and the drawing cannot disagree.
 *
 * @param id unique in the page, also the file name of the downloads ({@code [a-z0-9-]+})
 * @param title the question the chart answers
 * @param subtitle population, base, source and vintage
 * @param key one entry per kind of mark (colour, tick, ring, symbol)
 * @param caption how to read the chart (the figcaption)
 * @param svg the drawing, written by the escaping {@link Svg} writer
 * @param data the chart's numbers, already formatted for the language
 * @param csvHref the download of the data, "" when the figure has none (the PDF)
 * @param svgHref the download of the drawing, "" when the figure has none
 */
public record Figure(
    String id,
    String title,
    String subtitle,
    List<Key> key,
    String caption,
    String svg,
    DataTable data,
    String csvHref,
    String svgHref) {

  public Figure(
      String id,
      String title,
      String subtitle,
      List<Key> key,
      String caption,
      String svg,
      DataTable data) {
    this(id, title, subtitle, key, caption, svg, data, "", "");
  }

  public Figure {
    key = List.copyOf(key);
    if (!id.matches("[a-z0-9-]+")) {
      throw new IllegalArgumentException("a figure id is [a-z0-9-]+: " + id);
    }
  }

  /** The same figure with its downloads ({@code href.apply("csv")}, {@code href.apply("svg")}). */
  public Figure withDownloads(java.util.function.Function<String, String> href) {
    return new Figure(
        id, title, subtitle, key, caption, svg, data, href.apply("csv"), href.apply("svg"));
  }

  /** An entry of the key: what a kind of mark means. */
  public record Key(Mark mark, String colour, String symbol, String text) {

    /** A coloured box (a class of a colour scale, a bar's colour). */
    public static Key colour(String colour, String text) {
      return new Key(Mark.SWATCH, colour, "", text);
    }

    /** The dark tick across a bar (the national figure). */
    public static Key tick(String text) {
      return new Key(Mark.TICK, "", "", text);
    }

    /** The dashed ring or line (the reference). */
    public static Key dashed(String text) {
      return new Key(Mark.DASHED, "", "", text);
    }

    /** A printed symbol ("▲▼", "*", "†", "(—)"). */
    public static Key symbol(String symbol, String text) {
      return new Key(Mark.SYMBOL, "", symbol, text);
    }

    public boolean swatch() {
      return mark == Mark.SWATCH;
    }

    public boolean tick() {
      return mark == Mark.TICK;
    }

    public boolean dashed() {
      return mark == Mark.DASHED;
    }
  }

  /** Kinds of marks a key explains. */
  public enum Mark {
    SWATCH,
    TICK,
    DASHED,
    SYMBOL
  }

  /**
   * The numbers of a chart as a table: one row per mark, its label as the row header (a link when
   * the mark is a link: the keyboard's way to the territories of a map), then the cells.
   *
   * @param caption the table's caption
   * @param headers column headers, the first one over the row headers
   */
  public record DataTable(String caption, List<String> headers, List<Row> rows) {

    public DataTable {
      headers = List.copyOf(headers);
      rows = List.copyOf(rows);
      for (Row row : rows) {
        if (row.cells().size() != headers.size() - 1) {
          throw new IllegalArgumentException(
              "a row has one cell per header after the first: " + row.label());
        }
      }
    }

    /**
     * The table for a French spreadsheet: {@code ;} between cells, numbers as printed (decimal
     * comma), UTF-8 with a byte order mark so that Excel reads the accents, CRLF line ends, every
     * cell defused against formula injection (through {@link CsvTable}). The caption is not
     * written: a spreadsheet reads the first line as the column names.
     */
    public String csv() {
      // the one CSV writer (BOM, ';', CRLF, cells defused, quoting); numbers already printed
      CsvTable out = new CsvTable(CsvTable.Format.FRENCH);
      out.row(headers);
      for (Row row : rows) {
        List<String> cells = new ArrayList<>();
        cells.add(row.label());
        // a spreadsheet reads "1 234,5" with a narrow no-break space as text: plain digits
        row.cells().forEach(c -> cells.add(spreadsheetNumber(c)));
        out.row(cells);
      }
      return out.text();
    }

    /**
     * A number as French spreadsheets read it: the thousands separators (no-break spaces) and the
     * typographic minus of the page become nothing and "-"; any other text is left as it is.
     */
    static String spreadsheetNumber(String text) {
      String plain = text.replace("\u202F", "").replace("\u00A0", "").replace('\u2212', '-').trim();
      return plain.matches("[+-]?\\d+(,\\d+)?( ?%)?") ? plain : text;
    }
  }

  /** A row of the data table; {@code href} links its label, or null. */
  public record Row(String label, String href, List<String> cells) {

    public Row {
      cells = List.copyOf(cells);
    }

    public Row(String label, List<String> cells) {
      this(label, null, cells);
    }
  }

  /**
   * The drawing as a file of its own: the chart with its title above and its subtitle, key and
   * caption under it as text, so the file still says what it shows and where its figures come from
   * once it leaves the page.
   */
  public String standaloneSvg() {
    double width = number(svg, "width");
    double height = number(svg, "height");
    List<String> notes = new ArrayList<>();
    notes.add(subtitle);
    for (Key k : key) {
      notes.add(
          switch (k.mark()) {
            case SWATCH -> "■ " + k.text();
            case TICK -> "| " + k.text();
            case DASHED -> "┄ " + k.text();
            case SYMBOL -> k.symbol() + " " + k.text();
          });
    }
    notes.add(caption);
    int chars = (int) Math.max(60, width / 6.2);
    List<String> lines = new ArrayList<>();
    for (String note : notes) {
      if (note != null && !note.isBlank()) {
        lines.addAll(Svg.wrap(note, chars));
      }
    }
    List<String> titleLines = Svg.wrap(title, (int) Math.max(40, width / 9));
    double top = 8 + 20 * titleLines.size();
    Svg out = new Svg(width, top + height + 8 + 14 * lines.size(), id + "-file", title, caption);
    out.style(
        ".figure-title{font:bold 15px sans-serif;fill:#1a1a1a}"
            + ".figure-note{font:11px sans-serif;fill:#333}"
            + "text{font-family:sans-serif;font-size:11px}"
            + ".axis,.spoke,.ring{stroke:#999;fill:none}.reference-ring{stroke-dasharray:4 3}"
            + ".comparison{stroke:#1a1a1a;stroke-width:2}.profile{fill:#b2182b33;stroke:#b2182b}"
            + ".profile-line{fill:none;stroke:#b2182b}.point{fill:#b2182b}"
            + ".plot{fill:none;stroke:#ccc}.area{stroke:#fff;stroke-width:.5}"
            + ".selected{stroke:#000;stroke-width:2}.overlay{fill:none;stroke:#555}"
            + ".inset{fill:none;stroke:#999}");
    for (int i = 0; i < titleLines.size(); i++) {
      out.text(
          "text", titleLines.get(i), "x", "4", "y", Svg.num(20 + 20 * i), "class", "figure-title");
    }
    out.open("g", "transform", "translate(0 " + Svg.num(top) + ")");
    out.document(svg);
    out.close("g");
    for (int i = 0; i < lines.size(); i++) {
      out.text(
          "text",
          lines.get(i),
          "x",
          "4",
          "y",
          Svg.num(top + height + 18 + 14 * i),
          "class",
          "figure-note");
    }
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + out.finish();
  }

  private static double number(String svg, String attribute) {
    var m = java.util.regex.Pattern.compile(" " + attribute + "=\"([0-9.]+)\"").matcher(svg);
    return m.find() ? Double.parseDouble(m.group(1)) : 640;
  }
}
