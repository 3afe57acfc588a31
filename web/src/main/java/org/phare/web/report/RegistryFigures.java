package org.phare.web.report;

import io.javalin.http.Context;
import java.util.Optional;
import org.phare.core.territory.TerritoryId;
import org.phare.web.i18n.Lang;

/**
 * The registry's figures for parts 3 and 4 of the report's PDF (stakeholders by family,
 * partnerships by category, practice rates, network, initiatives, impact scores). The page loads
 * them by htmx from the registry module; the PDF cannot, so the registry module hands them over
 * here, rendered from the same template pieces as the page's fragment.
 *
 * <p>The report module does not depend on the registry: when the registry's routes are installed
 * they attach their implementation to each PDF request ({@link #attach}), and a server without a
 * registry produces the PDF with a note instead.
 */
public interface RegistryFigures {

  /** Parts 3 and 4 of the territory as XHTML fragments. */
  Parts render(TerritoryId territory, Lang lang);

  /** The fragments inserted in part 3 (stakeholders, network) and part 4 (practices, impacts). */
  record Parts(String actors, String practices) {}

  /** The path of the PDF route, for the registry module's before-filter. */
  String PDF_PATH = "/territoire/{level}/{code}/rapport.pdf";

  /** Makes {@code figures} available to the PDF handler of this request. */
  static void attach(Context ctx, RegistryFigures figures) {
    ctx.attribute(RegistryFigures.class.getName(), figures);
  }

  static Optional<RegistryFigures> of(Context ctx) {
    return Optional.ofNullable(ctx.attribute(RegistryFigures.class.getName()));
  }
}
