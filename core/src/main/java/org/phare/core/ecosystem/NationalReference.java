package org.phare.core.ecosystem;

import java.util.Map;

/**
 * National figures a territory's registry is compared with in the report (part 4, partnership
 * practices). Source: Observatoire des partenariats, rapport PHARE 2013-2017 and référentiel
 * co-construction territoriale 2016 §2.1.2 (surveys of companies of 10+ employees and of
 * associations, 2015-2016).
 */
public final class NationalReference {

  /** Share of companies (10+ employees) having at least one partnership with an association. */
  public static final double COMPANY_PRACTICE_RATE = 0.37;

  /** Share of associations having at least one partnership with a company. */
  public static final double ASSOCIATION_PRACTICE_RATE = 0.38;

  /** Share of partnering companies practising each category (multi-response: sums to 113 %). */
  public static final Map<PartnershipCategory, Double> CATEGORY_SHARE_AMONG_PARTNERING_COMPANIES =
      Map.of(
          PartnershipCategory.RESPONSIBLE_PRACTICES, 0.42,
          PartnershipCategory.MECENAT, 0.30,
          PartnershipCategory.ECONOMIC_COOPERATION, 0.25,
          PartnershipCategory.SOCIETAL_INNOVATION, 0.16);

  private NationalReference() {}
}
