package org.phare.store.ecosystem;

import java.util.List;
import java.util.Map;
import org.phare.core.ecosystem.Family;
import org.phare.core.ecosystem.ImpactScore;
import org.phare.core.ecosystem.InitiativeKind;
import org.phare.core.ecosystem.Modality;
import org.phare.core.ecosystem.NetworkMetrics;
import org.phare.core.ecosystem.OrganisationType;
import org.phare.core.ecosystem.PartnershipCategory;
import org.phare.core.ecosystem.PartnershipObjective;
import org.phare.core.territory.TerritoryId;

/**
 * What the registry says about a territory, for parts 3 (panorama of actors: stakeholder map,
 * network) and 4 (partnership practices) of the territory report.
 *
 * @param organisations organisations located in the territory (base n of the shares below)
 * @param byFamily organisations per family (every family present, possibly 0)
 * @param byType organisations per sub-type
 * @param ess organisations of the social and solidarity economy
 * @param partnerships partnerships with at least one member in the territory
 * @param partnershipsByCategory those partnerships per category
 * @param partnershipsByModality those partnerships per modality (unknown modality not counted)
 * @param companies practice rate of the territory's companies (economic actors): share with at
 *     least one partnership in the registry; national reference 37 % (companies of 10+ employees,
 *     PHARE survey, so not strictly comparable with a registry)
 * @param associations same for general-interest organisations; national reference 38 %
 * @param categoryShareAmongPartneringCompanies share of partnering companies practising each
 *     category (multi-response, may sum over 100 %); NaN when no company partners
 * @param nationalCategoryShare the national reference of the previous figure
 * @param objectivesOfCompanies companies citing each objective
 * @param objectivesOfAssociations general-interest organisations citing each objective
 * @param initiatives initiatives located in the territory per kind
 * @param network metrics of the territory's partnership network
 * @param impacts evaluation scores on the three impacts
 */
public record EcosystemOverview(
    TerritoryId territory,
    int organisations,
    Map<Family, Integer> byFamily,
    Map<OrganisationType, Integer> byType,
    int ess,
    int partnerships,
    Map<PartnershipCategory, Integer> partnershipsByCategory,
    Map<Modality, Integer> partnershipsByModality,
    PracticeRate companies,
    PracticeRate associations,
    Map<PartnershipCategory, Double> categoryShareAmongPartneringCompanies,
    Map<PartnershipCategory, Double> nationalCategoryShare,
    Map<PartnershipObjective, Integer> objectivesOfCompanies,
    Map<PartnershipObjective, Integer> objectivesOfAssociations,
    Map<InitiativeKind, Integer> initiatives,
    NetworkMetrics network,
    List<ImpactScore> impacts) {

  /**
   * Share of a group's organisations having at least one partnership.
   *
   * @param total organisations of the group (n)
   * @param partnering those with at least one partnership
   * @param rate partnering / total, NaN when total = 0
   * @param national national reference rate
   */
  public record PracticeRate(int total, int partnering, double rate, double national) {
    static PracticeRate of(int total, int partnering, double national) {
      return new PracticeRate(
          total, partnering, total == 0 ? Double.NaN : (double) partnering / total, national);
    }
  }
}
