package org.phare.web.chart;

/**
 * One bar of a bar chart.
 *
 * @param label what the bar is (escaped when drawn)
 * @param value its length; NaN draws "no data"
 * @param text the value as printed next to the bar (already formatted for the language)
 * @param colour fill colour
 * @param href link of the label and bar, or null
 * @param comparison a second value drawn as a tick (the national figure), NaN for none
 * @param mark a short mark after the value (significance "▲"/"▼", small base "*"), may be empty
 * @param comparisonText the comparison as printed in the bar's title and the data table, "" for
 *     none
 */
public record Bar(
    String label,
    double value,
    String text,
    String colour,
    String href,
    double comparison,
    String mark,
    String comparisonText) {

  public static Bar of(String label, double value, String text, String colour) {
    return new Bar(label, value, text, colour, null, Double.NaN, "", "");
  }

  public Bar withHref(String link) {
    return new Bar(label, value, text, colour, link, comparison, mark, comparisonText);
  }

  /** The comparison tick at {@code value}, printed as {@code printed}. */
  public Bar withComparison(double value, String printed) {
    return new Bar(label, this.value, text, colour, href, value, mark, printed);
  }

  public Bar withMark(String text) {
    return new Bar(label, value, this.text, colour, href, comparison, text, comparisonText);
  }

  public Bar withText(String printed) {
    return new Bar(label, value, printed, colour, href, comparison, mark, comparisonText);
  }

  /** The value with its mark, as printed beside the bar ("42 % ▲*"). */
  public String printed() {
    return text + (mark.isEmpty() ? "" : " " + mark);
  }
}
