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
 */
public record Bar(
    String label,
    double value,
    String text,
    String colour,
    String href,
    double comparison,
    String mark) {

  public static Bar of(String label, double value, String text, String colour) {
    return new Bar(label, value, text, colour, null, Double.NaN, "");
  }

  public Bar withHref(String link) {
    return new Bar(label, value, text, colour, link, comparison, mark);
  }

  public Bar withComparison(double value) {
    return new Bar(label, this.value, text, colour, href, value, mark);
  }

  public Bar withMark(String text) {
    return new Bar(label, value, this.text, colour, href, comparison, text);
  }
}
