package org.phare.web.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.phare.core.indicator.Domain;

/**
 * "To go further": case studies and methods of the référentiel "co-construction territoriale" (Le
 * RAMEAU 2016, part 4 "études de cas") matched to the diagnosed fragilities. The domains each case
 * addresses are the project's reading of the case's themes as the référentiel presents them.
 */
public final class FurtherReading {

  /**
   * A case study.
   *
   * @param form the form of co-construction it illustrates
   */
  public record Case(String name, String place, Form form, Set<Domain> domains) {}

  /** The three forms of co-construction (référentiel part 3). */
  public enum Form {
    DIALOGUE("Animer le dialogue territorial", "Animate the territorial dialogue"),
    EXPERIMENT("Conduire une expérimentation collective", "Run a collective experiment"),
    PARTNERSHIP("Accompagner les partenariats", "Support partnerships");

    private final String labelFr;
    private final String labelEn;

    Form(String labelFr, String labelEn) {
      this.labelFr = labelFr;
      this.labelEn = labelEn;
    }

    public String labelFr() {
      return labelFr;
    }

    public String labelEn() {
      return labelEn;
    }
  }

  static final List<Case> CASES =
      List.of(
          new Case(
              "Agir Ensemble sur le Territoire",
              "Charenton - Saint-Maurice (Île-de-France)",
              Form.DIALOGUE,
              Set.of(Domain.EMPLOYMENT, Domain.DIVERSITY_DISABILITY, Domain.POVERTY)),
          new Case(
              "Le groupe Archer",
              "Drôme",
              Form.DIALOGUE,
              Set.of(Domain.EMPLOYMENT, Domain.ECONOMIC_DEVELOPMENT)),
          new Case(
              "Les Ateliers de l'Entrepreneuriat Humaniste",
              "Rhône-Alpes",
              Form.DIALOGUE,
              Set.of(Domain.ECONOMIC_DEVELOPMENT, Domain.LIVING_STANDARD)),
          new Case(
              "La plateforme RSE Nantes Métropole",
              "Loire-Atlantique",
              Form.DIALOGUE,
              Set.of(Domain.ENVIRONMENT, Domain.ENERGY_TRANSITION, Domain.ECONOMIC_DEVELOPMENT)),
          new Case(
              "Le Collectif pour l'Emploi",
              "France",
              Form.EXPERIMENT,
              Set.of(Domain.EMPLOYMENT, Domain.POVERTY)),
          new Case(
              "émergence",
              "Franche-Comté",
              Form.EXPERIMENT,
              Set.of(Domain.ECONOMIC_DEVELOPMENT, Domain.EMPLOYMENT)),
          new Case(
              "Silver Geek",
              "Poitou-Charentes",
              Form.EXPERIMENT,
              Set.of(Domain.AGEING, Domain.DIGITAL, Domain.ISOLATION)),
          new Case(
              "Fonds de dotation « Solidaire à fond(s) » de la Caisse d'Epargne",
              "Loire Drôme Ardèche",
              Form.EXPERIMENT,
              Set.of(Domain.POVERTY, Domain.HOUSING, Domain.ISOLATION)),
          new Case(
              "Le Labo régional des partenariats",
              "Alsace",
              Form.PARTNERSHIP,
              Set.of(Domain.values())),
          new Case(
              "Le Club entreprise Semailles",
              "Vaucluse",
              Form.PARTNERSHIP,
              Set.of(Domain.EMPLOYMENT, Domain.ENVIRONMENT)),
          new Case(
              "Planèt'AIRport",
              "Île-de-France",
              Form.PARTNERSHIP,
              Set.of(Domain.EMPLOYMENT, Domain.MOBILITY)));

  private FurtherReading() {}

  /**
   * Cases addressing the given domains, those matching the most fragile first (domains in priority
   * order), then the general ones; at most {@code limit}.
   */
  public static List<Case> matching(List<Domain> domains, int limit) {
    Set<Case> chosen = new LinkedHashSet<>();
    for (Domain domain : domains) {
      for (Case c : CASES) {
        if (c.domains().contains(domain) && c.domains().size() < Domain.values().length) {
          chosen.add(c);
        }
      }
    }
    for (Case c : CASES) {
      if (c.domains().size() == Domain.values().length) {
        chosen.add(c);
      }
    }
    List<Case> list = new ArrayList<>(chosen);
    return list.size() > limit ? list.subList(0, limit) : list;
  }
}
