package org.phare.core.matching;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.phare.core.ecosystem.PartnershipCategory;
import org.phare.core.indicator.Domain;
import org.phare.core.territory.Level;

/**
 * One explained part of an {@link Affinity}: what the two organisations have in common and how many
 * points it gives. Structured so that a page can show the domains as tags, with a French ({@link
 * #fr()}) and an English ({@link #en()}) sentence.
 */
public sealed interface Reason {

  /** Stable code of the criterion, for files and styling. */
  String code();

  /** Points this reason adds to the affinity (strictly positive). */
  double points();

  /** The reason in French. */
  String fr();

  /** The reason in English. */
  String en();

  /** Domains of action both organisations work on. */
  record SharedDomains(List<Domain> domains, double points) implements Reason {
    public SharedDomains {
      domains = List.copyOf(domains);
    }

    @Override
    public String code() {
      return "SHARED_DOMAINS";
    }

    @Override
    public String fr() {
      return (domains.size() == 1
              ? "Domaine d’action en commun : "
              : "Domaines d’action en commun : ")
          + join(domains, Domain::labelFr);
    }

    @Override
    public String en() {
      return (domains.size() == 1 ? "Shared domain of action: " : "Shared domains of action: ")
          + join(domains, Domain::labelEn);
    }
  }

  /** Shared domains that are priority fragilities of the territory. */
  record PriorityFragilities(List<Domain> domains, double points) implements Reason {
    public PriorityFragilities {
      domains = List.copyOf(domains);
    }

    @Override
    public String code() {
      return "PRIORITY_FRAGILITIES";
    }

    @Override
    public String fr() {
      return (domains.size() == 1
              ? "Peuvent agir ensemble sur une fragilité prioritaire du territoire : "
              : "Peuvent agir ensemble sur des fragilités prioritaires du territoire : ")
          + join(domains, Domain::labelFr);
    }

    @Override
    public String en() {
      return (domains.size() == 1
              ? "Can act together on a priority fragility of the territory: "
              : "Can act together on priority fragilities of the territory: ")
          + join(domains, Domain::labelEn);
    }
  }

  /** Company objectives that meet their complementary association objective. */
  record ComplementaryObjectives(List<CompanyObjective> companyObjectives, double points)
      implements Reason {
    public ComplementaryObjectives {
      companyObjectives = List.copyOf(companyObjectives);
    }

    @Override
    public String code() {
      return "COMPLEMENTARY_OBJECTIVES";
    }

    @Override
    public String fr() {
      return "Objectifs complémentaires : "
          + join(
              companyObjectives, o -> lower(o.labelFr()) + " ↔ " + lower(o.complement().labelFr()));
    }

    @Override
    public String en() {
      return "Complementary objectives: "
          + join(
              companyObjectives, o -> lower(o.labelEn()) + " ↔ " + lower(o.complement().labelEn()));
    }
  }

  /** The two organisations are close: same commune, EPCI, département or region. */
  record Proximity(Level level, String code, double points) implements Reason {
    @Override
    public String code() {
      return "PROXIMITY";
    }

    @Override
    public String fr() {
      return switch (level) {
        case COMMUNE -> "Même commune (" + code + ")";
        case EPCI -> "Même intercommunalité (EPCI " + code + ")";
        case DEPARTEMENT -> "Même département (" + code + ")";
        case REGION -> "Même région (" + code + ")";
        case COUNTRY -> "Même pays";
      };
    }

    @Override
    public String en() {
      return switch (level) {
        case COMMUNE -> "Same commune (" + code + ")";
        case EPCI -> "Same intercommunality (EPCI " + code + ")";
        case DEPARTEMENT -> "Same département (" + code + ")";
        case REGION -> "Same region (" + code + ")";
        case COUNTRY -> "Same country";
      };
    }
  }

  /** Partnership categories both organisations are open to. */
  record CommonCategories(List<PartnershipCategory> categories, double points) implements Reason {
    public CommonCategories {
      categories = List.copyOf(categories);
    }

    @Override
    public String code() {
      return "COMMON_CATEGORIES";
    }

    @Override
    public String fr() {
      return "Ouverts tous deux à : " + join(categories, c -> lower(c.labelFr()));
    }

    @Override
    public String en() {
      return "Both open to: " + join(categories, c -> lower(c.labelEn()));
    }
  }

  private static <T> String join(List<T> items, Function<T, String> label) {
    return items.stream().map(label).collect(Collectors.joining(" ; "));
  }

  /** Lower-cases the first letter only, so that acronyms (RH, EPCI) survive. */
  private static String lower(String label) {
    if (label.isEmpty() || (label.length() > 1 && Character.isUpperCase(label.charAt(1)))) {
      return label;
    }
    return Character.toLowerCase(label.charAt(0)) + label.substring(1);
  }
}
