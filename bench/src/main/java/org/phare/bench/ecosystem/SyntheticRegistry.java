package org.phare.bench.ecosystem;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.jdbi.v3.core.Jdbi;
import org.phare.core.ecosystem.Family;
import org.phare.core.ecosystem.Network;
import org.phare.core.ecosystem.OrganisationType;
import org.phare.core.territory.Level;
import org.phare.core.territory.Territory;
import org.phare.core.territory.TerritoryId;
import org.phare.core.territory.TerritoryReferential;

/**
 * A generated registry shaped like a national one: {@value #DEPARTEMENTS} départements of {@value
 * #PER_DEPARTEMENT} organisations (50,000 in all), 200,000 partnerships, 85 % of them inside one
 * département, one in seven with a third member. Partners are drawn with a preferential bias (a
 * squared uniform index) so that some organisations are hubs, as in real partnership networks.
 * Deterministic for a seed.
 */
final class SyntheticRegistry {

  static final int DEPARTEMENTS = 25;
  static final int PER_DEPARTEMENT = 2_000;
  static final int ORGANISATIONS = DEPARTEMENTS * PER_DEPARTEMENT;
  static final int PARTNERSHIPS = 200_000;
  static final int COMMUNES_PER_DEPARTEMENT = 20;

  /** Sub-types in rough national proportions: many associations and companies. */
  static final OrganisationType[] TYPES = {
    OrganisationType.ASSOCIATION, OrganisationType.ASSOCIATION, OrganisationType.ASSOCIATION,
    OrganisationType.COMPANY, OrganisationType.COMPANY, OrganisationType.COMPANY,
    OrganisationType.CRAFTSMAN_SHOP, OrganisationType.LOCAL_AUTHORITY,
        OrganisationType.STATE_SERVICE,
    OrganisationType.FOUNDATION, OrganisationType.ACADEMIA_TRAINING, OrganisationType.MEDIA,
    OrganisationType.CITIZENS_GROUP, OrganisationType.NETWORK
  };

  /** Organisation i (0-based) sits in département i % DEPARTEMENTS. */
  static int departement(int organisation) {
    return organisation % DEPARTEMENTS;
  }

  static String departementCode(int d) {
    return String.format(java.util.Locale.ROOT, "%02d", d + 1);
  }

  static String communeCode(int organisation) {
    int d = departement(organisation);
    int c = (organisation / DEPARTEMENTS) % COMMUNES_PER_DEPARTEMENT;
    return departementCode(d) + String.format(java.util.Locale.ROOT, "%03d", c + 1);
  }

  static OrganisationType type(int organisation) {
    return TYPES[Math.floorMod(organisation * 31 + 7, TYPES.length)];
  }

  /** The members (0-based organisation indices) of each partnership. */
  static List<int[]> partnerships(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<int[]> result = new ArrayList<>(PARTNERSHIPS);
    while (result.size() < PARTNERSHIPS) {
      int a = random.nextInt(ORGANISATIONS);
      int b = partnerOf(a, random);
      if (a == b) {
        continue;
      }
      if (result.size() % 7 == 0) {
        int c = partnerOf(a, random);
        if (c != a && c != b) {
          result.add(new int[] {a, b, c});
          continue;
        }
      }
      result.add(new int[] {a, b});
    }
    return result;
  }

  private static int partnerOf(int a, SplittableRandom random) {
    double u = random.nextDouble();
    int rank = (int) (u * u * PER_DEPARTEMENT);
    if (random.nextDouble() < 0.85) {
      return departement(a) + DEPARTEMENTS * rank;
    }
    return random.nextInt(DEPARTEMENTS) + DEPARTEMENTS * rank;
  }

  static Network network(long seed) {
    Network.Builder builder = Network.builder();
    for (int i = 0; i < ORGANISATIONS; i++) {
      builder.node(i, type(i).family());
    }
    for (int[] members : partnerships(seed)) {
      long[] ids = new long[members.length];
      for (int k = 0; k < members.length; k++) {
        ids[k] = members[k];
      }
      builder.clique(ids);
    }
    return builder.build();
  }

  /** Country, 5 regions, the départements and their communes. */
  static TerritoryReferential referential() {
    List<Territory> territories = new ArrayList<>();
    territories.add(new Territory(TerritoryId.FRANCE, "France", 50_000_000, Map.of(), "metro"));
    for (int r = 0; r < 5; r++) {
      territories.add(
          new Territory(
              TerritoryId.of(Level.REGION, "R" + r),
              "Région " + r,
              1_000_000,
              Map.of(Level.COUNTRY, "FR"),
              "metro"));
    }
    for (int d = 0; d < DEPARTEMENTS; d++) {
      String dep = departementCode(d);
      Map<Level, String> up = Map.of(Level.COUNTRY, "FR", Level.REGION, "R" + (d % 5));
      territories.add(
          new Territory(
              TerritoryId.of(Level.DEPARTEMENT, dep), "Dép. " + dep, 100_000, up, "metro"));
      for (int c = 0; c < COMMUNES_PER_DEPARTEMENT; c++) {
        Map<Level, String> ancestors = new HashMap<>(up);
        ancestors.put(Level.DEPARTEMENT, dep);
        String code = dep + String.format(java.util.Locale.ROOT, "%03d", c + 1);
        territories.add(
            new Territory(
                TerritoryId.of(Level.COMMUNE, code), "Commune " + code, 5_000, ancestors, "metro"));
      }
    }
    return new TerritoryReferential(territories, Map.of());
  }

  /**
   * Loads the registry into the ecosystem tables with batched statements (organisation i gets id
   * i+1). Bypasses the audit log: this is a benchmark fixture, not a user import.
   */
  static void load(Jdbi jdbi, TerritoryReferential referential, long seed) {
    jdbi.useTransaction(
        h -> {
          var orgs =
              h.prepareBatch(
                  "INSERT INTO eco_organisation (id, name, name_normalised, type, family, size,"
                      + " ess, commune_code, departement_code, region_code) VALUES (:id, :name,"
                      + " :name, :type, :family, :size, :ess, :commune, :dep, :region)");
          for (int i = 0; i < ORGANISATIONS; i++) {
            OrganisationType type = type(i);
            Territory commune = referential.require(TerritoryId.of(Level.COMMUNE, communeCode(i)));
            orgs.bind("id", i + 1L)
                .bind("name", "organisation " + i)
                .bind("type", type.name())
                .bind("family", type.family().name())
                .bind("size", type == OrganisationType.COMPANY ? "SME" : null)
                .bind("ess", type.family() == Family.GENERAL_INTEREST)
                .bind("commune", commune.code())
                .bind("dep", commune.ancestors().get(Level.DEPARTEMENT))
                .bind("region", commune.ancestors().get(Level.REGION))
                .add();
          }
          orgs.execute();
          h.execute("SELECT setval('eco_organisation_id_seq', " + ORGANISATIONS + ")");
          String[] categories = {
            "MECENAT", "SOCIETAL_INNOVATION", "ECONOMIC_COOPERATION", "RESPONSIBLE_PRACTICES"
          };
          var partnerships =
              h.prepareBatch(
                  "INSERT INTO eco_partnership (id, title, category, territory_level,"
                      + " territory_code, departement_code, region_code, stage) VALUES (:id,"
                      + " :title, :category, 'DEPARTEMENT', :dep, :dep, :region, 'LAUNCH_AND_STEER')");
          var members =
              h.prepareBatch(
                  "INSERT INTO eco_partnership_member (partnership_id, organisation_id, position)"
                      + " VALUES (:p, :o, :pos)");
          List<int[]> all = partnerships(seed);
          for (int p = 0; p < all.size(); p++) {
            int[] m = all.get(p);
            int d = departement(m[0]);
            partnerships
                .bind("id", p + 1L)
                .bind("title", "partenariat " + p)
                .bind("category", categories[p % 4])
                .bind("dep", departementCode(d))
                .bind("region", "R" + (d % 5))
                .add();
            for (int k = 0; k < m.length; k++) {
              members.bind("p", p + 1L).bind("o", m[k] + 1L).bind("pos", k).add();
            }
          }
          partnerships.execute();
          members.execute();
          h.execute("SELECT setval('eco_partnership_id_seq', " + all.size() + ")");
          h.execute("ANALYZE");
        });
  }
}
