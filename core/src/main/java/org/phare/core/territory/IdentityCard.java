package org.phare.core.territory;

/**
 * Key figures of a territory (part 1 of the diagnostic report).
 *
 * @param parent the reference parent territory, or null for the country
 * @param population INSEE population municipale, -1 when unknown
 * @param shareOfNationalPopulation population / population of France (18 regions), NaN when unknown
 * @param regions number of regions inside (0 below the region level)
 * @param departements number of départements inside (1 for a département itself)
 * @param epcis number of EPCI attached (an EPCI is attached to the département holding most of its
 *     population)
 * @param communes number of current communes inside
 */
public record IdentityCard(
    Territory territory,
    Territory parent,
    long population,
    double shareOfNationalPopulation,
    int regions,
    int departements,
    int epcis,
    int communes) {}
