package org.phare.web.ecosystem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.phare.core.ecosystem.Family;
import org.phare.core.ecosystem.InitiativeKind;
import org.phare.core.ecosystem.Labelled;
import org.phare.core.ecosystem.Modality;
import org.phare.core.ecosystem.NetworkMetrics;
import org.phare.core.ecosystem.OrganisationType;
import org.phare.core.ecosystem.PartnershipCategory;
import org.phare.core.text.Numbers;
import org.phare.store.ecosystem.EcosystemOverview;
import org.phare.web.i18n.Lang;

/**
 * The registry's figures for parts 3 and 4 of the territory report, formatted for the language
 * (French decimal comma; "–" for a share without base, never 0).
 */
public record OverviewView(Lang lang, EcosystemOverview overview) {

  /** A table row: a label, a count and its detail (sub-types or modalities with their counts). */
  public record Row(String label, String count, String detail) {}

  /**
   * A practice rate beside its national reference.
   *
   * @param base "n = 12" (organisations of the group in the registry)
   */
  public record Rate(String label, String rate, String base, String national) {}

  private Numbers numbers() {
    return lang.numbers();
  }

  private String label(Labelled l) {
    return lang.pick(l.labelFr(), l.labelEn());
  }

  public String organisations() {
    return numbers().integer(overview.organisations());
  }

  public String ess() {
    return numbers().integer(overview.ess());
  }

  public String partnerships() {
    return numbers().integer(overview.partnerships());
  }

  public boolean empty() {
    return overview.organisations() == 0 && overview.partnerships() == 0;
  }

  /** Organisations per family, with their sub-types present. */
  public List<Row> families() {
    List<Row> rows = new ArrayList<>();
    for (Family family : Family.values()) {
      StringBuilder detail = new StringBuilder();
      for (OrganisationType type : OrganisationType.values()) {
        int n = overview.byType().getOrDefault(type, 0);
        if (type.family() == family && n > 0) {
          detail.append(detail.length() == 0 ? "" : ", ").append(label(type)).append(" : ");
          detail.append(numbers().integer(n));
        }
      }
      rows.add(
          new Row(
              label(family),
              numbers().integer(overview.byFamily().getOrDefault(family, 0)),
              detail.toString()));
    }
    return rows;
  }

  /** Partnerships per category, with their modalities present. */
  public List<Row> categories() {
    List<Row> rows = new ArrayList<>();
    for (PartnershipCategory category : PartnershipCategory.values()) {
      StringBuilder detail = new StringBuilder();
      for (Modality modality : Modality.values()) {
        int n = overview.partnershipsByModality().getOrDefault(modality, 0);
        if (modality.category() == category && n > 0) {
          detail.append(detail.length() == 0 ? "" : ", ").append(label(modality)).append(" : ");
          detail.append(numbers().integer(n));
        }
      }
      rows.add(
          new Row(
              label(category),
              numbers().integer(overview.partnershipsByCategory().getOrDefault(category, 0)),
              detail.toString()));
    }
    return rows;
  }

  /** Practice rates of companies and general-interest organisations beside the national ones. */
  public List<Rate> rates() {
    return List.of(
        rate(
            lang.pick("Acteurs économiques", "Economic actors"),
            overview.companies(),
            lang.pick("entreprises de 10 salariés et plus", "companies of 10+ employees")),
        rate(
            lang.pick("Structures d’intérêt général", "General-interest organisations"),
            overview.associations(),
            lang.pick("associations", "associations")));
  }

  private Rate rate(String label, EcosystemOverview.PracticeRate r, String nationalGroup) {
    return new Rate(
        label,
        numbers().percentOfFraction(r.rate(), 0),
        "n = " + numbers().integer(r.total()),
        numbers().percentOfFraction(r.national(), 0) + " (" + nationalGroup + ")");
  }

  /** Share of partnering companies per category, beside the national share. */
  public List<Rate> categoryShares() {
    List<Rate> rows = new ArrayList<>();
    Map<PartnershipCategory, Double> local = overview.categoryShareAmongPartneringCompanies();
    for (PartnershipCategory category : PartnershipCategory.values()) {
      rows.add(
          new Rate(
              label(category),
              numbers().percentOfFraction(local.getOrDefault(category, Double.NaN), 0),
              "",
              numbers()
                  .percentOfFraction(
                      overview.nationalCategoryShare().getOrDefault(category, Double.NaN), 0)));
    }
    return rows;
  }

  /** Initiatives per kind: "0 dialogue territorial, 1 expérimentation collective". */
  public String initiatives() {
    Map<InitiativeKind, Integer> counts = overview.initiatives();
    int dialogues = counts.getOrDefault(InitiativeKind.TERRITORIAL_DIALOGUE, 0);
    int experiments = counts.getOrDefault(InitiativeKind.COLLECTIVE_EXPERIMENT, 0);
    return lang.pick(
        french(dialogues, "dialogue territorial", "dialogues territoriaux")
            + ", "
            + french(experiments, "expérimentation collective", "expérimentations collectives"),
        english(dialogues, "territorial dialogue", "territorial dialogues")
            + ", "
            + english(experiments, "collective experiment", "collective experiments"));
  }

  /** Evaluation scores of the territory's partnerships and initiatives on the three impacts. */
  public ImpactScoresView impacts() {
    return new ImpactScoresView(lang, overview.impacts());
  }

  /** "3 organisations, 3 liens ; densité 100 % ; 1 composante, 1 organisation isolée". */
  public String network() {
    NetworkMetrics m = overview.network();
    return lang.pick(
        french(m.nodes(), "organisation", "organisations")
            + ", "
            + french(m.links(), "lien", "liens")
            + " ; densité "
            + numbers().percentOfFraction(m.density(), 0)
            + " ; "
            + french(m.components(), "composante", "composantes")
            + ", "
            + french(m.isolated(), "organisation isolée", "organisations isolées"),
        english(m.nodes(), "organisation", "organisations")
            + ", "
            + english(m.links(), "link", "links")
            + "; density "
            + numbers().percentOfFraction(m.density(), 0)
            + "; "
            + english(m.components(), "component", "components")
            + ", "
            + english(m.isolated(), "isolated organisation", "isolated organisations"));
  }

  /** French agreement: 0 and 1 take the singular ("0 lien", "1 lien", "2 liens"). */
  private String french(long n, String singular, String plural) {
    return numbers().integer(n) + " " + (n < 2 ? singular : plural);
  }

  /** English agreement: only 1 takes the singular ("0 links", "1 link"). */
  private String english(long n, String singular, String plural) {
    return numbers().integer(n) + " " + (n == 1 ? singular : plural);
  }
}
