package org.phare.web.site;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.Map;
import org.phare.core.diagnostic.DiagnosticEngine;
import org.phare.core.diagnostic.TerritoryDiagnostic;
import org.phare.core.survey.SmallBaseRule;
import org.phare.web.Pages;
import org.phare.web.RouteModule;
import org.phare.web.account.Visitor;
import org.phare.web.i18n.Lang;

/**
 * The site's reference pages, linked from every page's footer: the method and glossary ({@code
 * /methode}: every term shown on screen, with the thresholds read from the code that applies them,
 * so the page cannot drift from the computation) and the accessibility statement ({@code
 * /accessibilite}, the content RGAA 4.1 requires: state of conformity, known non-conformities,
 * contact, means of recourse).
 */
public final class SitePages implements RouteModule {

  /**
   * Who to write to about accessibility: set by the operator of an instance ({@code
   * PHARE_ACCESSIBILITY_CONTACT}, an e-mail address or a URL); empty when not configured, and the
   * statement then says so instead of inventing an address.
   */
  private final String contact;

  private final Pages pages = new Pages();

  public SitePages() {
    this(System.getenv().getOrDefault("PHARE_ACCESSIBILITY_CONTACT", ""));
  }

  public SitePages(String contact) {
    this.contact = contact == null ? "" : contact.strip();
  }

  @Override
  public void register(Javalin app) {
    app.get("/methode", this::method);
    app.get("/accessibilite", this::accessibility);
  }

  private void method(Context ctx) {
    Lang lang = Pages.lang(ctx);
    pages.html(
        ctx,
        "method.jte",
        Map.of(
            "lang",
            lang,
            "langSwitch",
            Pages.otherLanguage(ctx),
            "visitor",
            Visitor.of(ctx),
            "minIndicators",
            DiagnosticEngine.MIN_DOMAIN_INDICATORS,
            "priority",
            lang.numbers().decimal(TerritoryDiagnostic.PRIORITY_THRESHOLD, 2),
            "hideBelow",
            SmallBaseRule.DEFAULT.hideBelow(),
            "flagBelow",
            SmallBaseRule.DEFAULT.flagBelow()));
  }

  private void accessibility(Context ctx) {
    Lang lang = Pages.lang(ctx);
    pages.html(
        ctx,
        "accessibility.jte",
        Map.of(
            "lang",
            lang,
            "langSwitch",
            Pages.otherLanguage(ctx),
            "visitor",
            Visitor.of(ctx),
            "contact",
            contact));
  }
}
