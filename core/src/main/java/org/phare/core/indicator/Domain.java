package org.phare.core.indicator;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.phare.core.message.RefusedException;

/**
 * The 16 fragility domains of the PHARE grid, with stable codes used in files, URLs and the
 * database. Declaration order is the order of the grid (economic, social, societal, environmental).
 */
public enum Domain implements org.phare.core.message.Localized {
  EMPLOYMENT(Criterion.ECONOMIC, "Emploi, chômage, insertion", "Employment"),
  ECONOMIC_DEVELOPMENT(Criterion.ECONOMIC, "Développement économique", "Economic development"),
  LIVING_STANDARD(Criterion.ECONOMIC, "Niveau de vie, pouvoir d’achat", "Living standard"),
  POVERTY(Criterion.SOCIAL, "Pauvreté, exclusion", "Poverty and exclusion"),
  HOUSING(Criterion.SOCIAL, "Mal-logement", "Housing"),
  DIVERSITY_DISABILITY(Criterion.SOCIAL, "Diversité, handicap", "Diversity and disability"),
  AGEING(Criterion.SOCIAL, "Vieillissement, intergénérationnel", "Ageing"),
  ISOLATION(Criterion.SOCIAL, "Isolement, lien social", "Isolation and social ties"),
  EDUCATION(Criterion.SOCIETAL, "Éducation", "Education"),
  HEALTH(Criterion.SOCIETAL, "Santé", "Health"),
  SECURITY(Criterion.SOCIETAL, "Sécurité, délinquance", "Security"),
  MOBILITY(Criterion.SOCIETAL, "Mobilité, transports", "Mobility"),
  DIGITAL(Criterion.SOCIETAL, "Accès au numérique", "Digital access"),
  CULTURE(Criterion.SOCIETAL, "Culture, loisirs", "Culture and leisure"),
  ENVIRONMENT(Criterion.ENVIRONMENTAL, "Environnement, pollution, biodiversité", "Environment"),
  ENERGY_TRANSITION(Criterion.ENVIRONMENTAL, "Transition énergétique", "Energy transition");

  private final Criterion criterion;
  private final String labelFr;
  private final String labelEn;

  Domain(Criterion criterion, String labelFr, String labelEn) {
    this.criterion = criterion;
    this.labelFr = labelFr;
    this.labelEn = labelEn;
  }

  public Criterion criterion() {
    return criterion;
  }

  public String labelFr() {
    return labelFr;
  }

  public String labelEn() {
    return labelEn;
  }

  /** The domains of one criterion, in grid order. */
  public static List<Domain> of(Criterion criterion) {
    return Arrays.stream(values()).filter(d -> d.criterion == criterion).toList();
  }

  /**
   * Parses a domain code such as {@code HEALTH} or {@code health}.
   *
   * @throws IllegalArgumentException naming the unknown code
   */
  public static Domain parse(String code) {
    String normalized = code.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    for (Domain domain : values()) {
      if (domain.name().equals(normalized)) {
        return domain;
      }
    }
    throw RefusedException.badInput("domain.unknown", "domains", "value", code);
  }
}
