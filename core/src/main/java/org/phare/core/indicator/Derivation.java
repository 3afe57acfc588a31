package org.phare.core.indicator;

/**
 * A rate computed from two other indicators of the catalogue, per territory and vintage: value =
 * scale x numerator indicator / denominator indicator (e.g. doctors per 100,000 inhabitants from
 * the doctors count and the population estimate). The denominator of the same vintage is used, else
 * the latest earlier one.
 */
public record Derivation(String numeratorIndicator, String denominatorIndicator) {
  public Derivation {
    if (numeratorIndicator == null || denominatorIndicator == null) {
      throw new IllegalArgumentException(
          "a derivation needs a numerator and a denominator indicator");
    }
  }
}
