package org.phare.web.dashboard;

import java.util.List;
import org.phare.web.Option;
import org.phare.web.chart.Figure;
import org.phare.web.i18n.Lang;
import org.phare.web.report.ReportView.Link;

/**
 * The dashboard by domain: a level's territories mapped and ranked on one domain; the map shows the
 * domain score or one of its indicators ({@code indicators}, classed by {@code classes}).
 */
public record DashboardView(
    Lang lang,
    String title,
    List<Option> domains,
    List<Option> levels,
    List<Option> references,
    String within,
    List<Link> breadcrumbs,
    /** The map, or null when there are no outlines at this level. */
    Figure map,
    String mapNote,
    Figure ranking,
    List<Row> rows,
    List<String> sources,
    List<Option> indicators,
    List<Option> classes,
    String tableHeading,
    String valueHeader,
    boolean indicatorTable,
    String pairs) {

  /** One territory of the ranking. */
  public record Row(
      int rank, String name, String href, String score, String indicators, String cssClass) {}
}
