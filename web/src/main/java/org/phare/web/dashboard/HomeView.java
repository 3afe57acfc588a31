package org.phare.web.dashboard;

import java.util.List;
import org.phare.web.report.ReportView.Link;

/**
 * What the entry page adds above the dashboard: the regions' reports (a way in by territory besides
 * the search) and the domains' dashboards (the way in by domain).
 *
 * @param shown whether the page is the home (no dashboard parameter)
 */
public record HomeView(boolean shown, List<Link> regions, List<Link> domains) {

  /** The dashboard alone. */
  public static final HomeView NONE = new HomeView(false, List.of(), List.of());
}
