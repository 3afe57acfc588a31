package org.phare.store.perception;

import java.util.EnumMap;
import java.util.Map;
import org.phare.core.ecosystem.PartnershipCategory;
import org.phare.core.indicator.Domain;

/**
 * National (and a few regional) results of the four PHARE studies as published, which the
 * demonstration data reproduces. Sources (documents in {@code shared/seeds}): "rapport Observatoire
 * des partenariats PHARE 2013-2017" (§2-3 citizens, §2-4 mayors, §2-5 associations, §2-6 companies,
 * Grand Est page) and "outil de diagnostic territorial Centre-Val de Loire 2019" (partnership
 * rates, mayors' Q4). The extracted text of these PDFs is partly scrambled: values marked "demo"
 * below are NOT published figures but plausible values chosen for the demonstration, and {@link
 * #isPublishedRating} tells which are which.
 */
public final class PublishedFigures {

  private PublishedFigures() {}

  private static final Domain[] GRID = Domain.values();

  /**
   * Mean rating (1-10) of each domain as a fragility of one's territory, in grid order (EMPLOYMENT,
   * ECONOMIC_DEVELOPMENT, LIVING_STANDARD, POVERTY, HOUSING, DIVERSITY_DISABILITY, AGEING,
   * ISOLATION, EDUCATION, HEALTH, SECURITY, MOBILITY, DIGITAL, CULTURE, ENVIRONMENT,
   * ENERGY_TRANSITION).
   */
  static double[] meanRatings(Actor actor) {
    return switch (actor) {
      // §2-3, Q1 "note moyenne", base 2 024 citizens; DIGITAL is illegible in the extraction
      // ("5]"): 5.7 is a demo value.
      case CITIZENS ->
          new double[] {
            7.1, 6.5, 6.6, 6.3, 6.2, 6.0, 6.2, 6.1, 6.1, 6.2, 6.6, 6.0, 5.7, 5.5, 6.3, 6.1
          };
      // §2-6: employment 5.6, poverty 5.5, living standard 5.4, economic development, ageing,
      // energy transition 5.2, mobility 5.1, culture, education, environment 4.8; the six
      // others are demo values.
      case COMPANIES ->
          new double[] {
            5.6, 5.2, 5.4, 5.5, 5.0, 4.9, 5.2, 5.0, 4.8, 5.0, 5.0, 5.1, 4.7, 4.8, 4.8, 5.2
          };
      // §2-5: employment 6.8, ageing 6.7, isolation 6.4, poverty 6.3, mobility 5.7, culture,
      // digital, environment 5.2; the eight others are demo values.
      case ASSOCIATIONS ->
          new double[] {
            6.8, 5.6, 5.9, 6.3, 5.6, 5.5, 6.7, 6.4, 5.6, 5.8, 5.3, 5.7, 5.2, 5.2, 5.2, 5.2
          };
      // Not published in the seeds: demo values.
      case MAYORS ->
          new double[] {
            6.0, 6.2, 5.4, 5.0, 4.8, 4.6, 6.0, 5.3, 4.9, 5.9, 4.7, 6.1, 5.6, 4.6, 4.9, 5.2
          };
    };
  }

  /** Whether the mean rating of this actor and domain is a published figure (else a demo value). */
  public static boolean isPublishedRating(Actor actor, Domain domain) {
    return switch (actor) {
      case CITIZENS -> domain != Domain.DIGITAL;
      case COMPANIES ->
          switch (domain) {
            case EMPLOYMENT,
                POVERTY,
                LIVING_STANDARD,
                ECONOMIC_DEVELOPMENT,
                AGEING,
                ENERGY_TRANSITION,
                MOBILITY,
                CULTURE,
                EDUCATION,
                ENVIRONMENT ->
                true;
            default -> false;
          };
      case ASSOCIATIONS ->
          switch (domain) {
            case EMPLOYMENT, AGEING, ISOLATION, POVERTY, MOBILITY, CULTURE, DIGITAL, ENVIRONMENT ->
                true;
            default -> false;
          };
      case MAYORS -> false;
    };
  }

  /**
   * Published shares (%) of respondents citing a domain among the three priorities on which to
   * mobilise; the other domains share the rest of the 300 % in proportion to their mean rating.
   * Companies (§2-6, "companies should mobilise on"): employment 61, economic development 29,
   * mobility 29, poverty 19, environment 14, housing 13. Associations (§2-5, "companies should act
   * on"): employment 46, economic development 38. Citizens and mayors: employment 50 (demo).
   */
  static Map<Domain, Double> publishedPriorityShares(Actor actor) {
    Map<Domain, Double> shares = new EnumMap<>(Domain.class);
    switch (actor) {
      case COMPANIES -> {
        shares.put(Domain.EMPLOYMENT, 61.0);
        shares.put(Domain.ECONOMIC_DEVELOPMENT, 29.0);
        shares.put(Domain.MOBILITY, 29.0);
        shares.put(Domain.POVERTY, 19.0);
        shares.put(Domain.ENVIRONMENT, 14.0);
        shares.put(Domain.HOUSING, 13.0);
      }
      case ASSOCIATIONS -> {
        shares.put(Domain.EMPLOYMENT, 46.0);
        shares.put(Domain.ECONOMIC_DEVELOPMENT, 38.0);
      }
      case CITIZENS, MAYORS -> shares.put(Domain.EMPLOYMENT, 50.0);
    }
    return shares;
  }

  /**
   * Citizens' regional priorities quoted in §2-3 (share citing the domain in their top 3): PACA
   * living standard 48 %, environment 45 %; Pays de la Loire security 30 %, poverty 27 %;
   * Rhône-Alpes (here Auvergne-Rhône-Alpes) security 36 %, environment 29 %; Île-de-France security
   * 44 %, environment and education 33 %.
   */
  static Map<Domain, Double> citizensRegionalPriorities(String region) {
    Map<Domain, Double> shares = new EnumMap<>(Domain.class);
    switch (region) {
      case "93" -> {
        shares.put(Domain.LIVING_STANDARD, 48.0);
        shares.put(Domain.ENVIRONMENT, 45.0);
      }
      case "52" -> {
        shares.put(Domain.SECURITY, 30.0);
        shares.put(Domain.POVERTY, 27.0);
      }
      case "84" -> {
        shares.put(Domain.SECURITY, 36.0);
        shares.put(Domain.ENVIRONMENT, 29.0);
      }
      case "11" -> {
        shares.put(Domain.SECURITY, 44.0);
        shares.put(Domain.ENVIRONMENT, 33.0);
        shares.put(Domain.EDUCATION, 33.0);
      }
      default -> {}
    }
    return shares;
  }

  /**
   * Share (%) seeing alliances between associations, companies and local authorities as a source of
   * innovation: citizens 69, companies 81, associations 86, mayors 87 (rapport §2-1).
   */
  static double allianceInnovation(Actor actor) {
    return switch (actor) {
      case CITIZENS -> 69;
      case COMPANIES -> 81;
      case ASSOCIATIONS -> 86;
      case MAYORS -> 87;
    };
  }

  /**
   * Regional values quoted in the report: Grand Est (44) citizens 69, mayors 81, associations 95,
   * companies 89; mayors 100 in Occitanie (76), 77 in Normandie (28) and Auvergne-Rhône-Alpes (84).
   */
  static Map<String, Double> allianceInnovationByRegion(Actor actor) {
    return switch (actor) {
      case CITIZENS -> Map.of("44", 69.0);
      case COMPANIES -> Map.of("44", 89.0);
      case ASSOCIATIONS -> Map.of("44", 95.0);
      case MAYORS -> Map.of("44", 81.0, "76", 100.0, "28", 77.0, "84", 77.0);
    };
  }

  /**
   * Partnership practice (%), yes / intends within 2 years / no: companies 37 / 5 / 58,
   * associations 38 / 38 / 24 (outil diagnostic 2019, slide "état des lieux des partenariats").
   */
  static double[] practice(Actor actor) {
    return switch (actor) {
      case COMPANIES -> new double[] {37, 5, 58};
      case ASSOCIATIONS -> new double[] {38, 38, 24};
      default -> throw new IllegalArgumentException(actor + " was not asked about partnerships");
    };
  }

  /** Grand Est practice rates quoted in the report: associations 31 %, companies 36 %. */
  static Map<String, Double> practiceYesByRegion(Actor actor) {
    return actor == Actor.COMPANIES ? Map.of("44", 36.0) : Map.of("44", 31.0);
  }

  /**
   * Share (%) of partnering organisations practising each category (multi-response). Companies:
   * responsible practices 42, mécénat 30, economic cooperation 25, societal innovation 16 (DESIGN
   * §4; the 2013-2017 report shows 45 for responsible practices on one page). Associations: mécénat
   * 67, responsible practices 29, societal innovation 26, economic cooperation 25 (§2-5).
   */
  static double category(Actor actor, PartnershipCategory category) {
    boolean companies = actor == Actor.COMPANIES;
    return switch (category) {
      case RESPONSIBLE_PRACTICES -> companies ? 42 : 29;
      case MECENAT -> companies ? 30 : 67;
      case ECONOMIC_COOPERATION -> 25;
      case SOCIETAL_INNOVATION -> companies ? 16 : 26;
    };
  }

  /**
   * Mayors' Q4 (%): anchored 17, more and more initiatives 13, emerging 46, not at all 24 (76 % see
   * a dynamic, 46 % say it is only emerging; rapport §2-4 and outil diagnostic 2019).
   */
  static double[] dynamic() {
    return new double[] {17, 13, 46, 24};
  }

  /**
   * Mayors' Q8 (%): priority, secondary, not needed, for each role of local authorities. Source:
   * "Alliances innovantes et territoires" (Le RAMEAU, 2018, Q8, base: all mayors) and rapport PHARE
   * 2013-2017 §2-4. Legible in the scanned charts: the totals priority + secondary of the six items
   * (98, 96, 97, 97, 95, 88 %) and the priority / secondary split of the first three (74/24, 71/25,
   * 68/29). For the last three only one part of the split is legible (33, 39, 34 %); it is read as
   * the secondary share, which keeps the published order of the items by decreasing priority share
   * (64, 56, 54 %). Those three splits are therefore demonstration values.
   */
  static double[] localAuthorityRole(LocalAuthorityRole item) {
    return switch (item) {
      case FOSTER_MEETINGS -> new double[] {74, 24, 2};
      case ANIMATE_DIALOGUE -> new double[] {71, 25, 4};
      case HELP_PARTNERSHIPS -> new double[] {68, 29, 3};
      case PROMOTE_ALLIANCES -> new double[] {64, 33, 3};
      case COLLECTIVE_EXPERIMENTS -> new double[] {56, 39, 5};
      case PUBLIC_PRIVATE_PARTNERSHIPS -> new double[] {54, 34, 12};
    };
  }

  /** Whether the priority / secondary split of a Q8 item is legible in the published charts. */
  public static boolean localAuthorityRoleSplitPublished(LocalAuthorityRole item) {
    return item.ordinal() <= LocalAuthorityRole.HELP_PARTNERSHIPS.ordinal();
  }

  static Domain domain(int index) {
    return GRID[index];
  }
}
