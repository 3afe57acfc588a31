package org.phare.store.indicator;

/**
 * The municipal arrondissements of Paris (75101-75120), Marseille (13201-13216) and Lyon
 * (69381-69389), COG codes that some INSEE files (BPE, museums) use instead of the commune's. The
 * referential holds the communes only (75056, 13055, 69123): a file that gives its counts by
 * arrondissement only is summed into the commune. Files that give both the commune and its
 * arrondissements (Filosofi, census) must not use this, or they would count them twice.
 */
final class MunicipalArrondissements {

  private MunicipalArrondissements() {}

  /** The commune of a municipal arrondissement's code, else the code itself. */
  static String commune(String code) {
    if (code.length() != 5) {
      return code;
    }
    int number;
    try {
      number = Integer.parseInt(code);
    } catch (NumberFormatException e) {
      return code; // 2A/2B codes
    }
    if (number >= 75101 && number <= 75120) {
      return "75056";
    }
    if (number >= 13201 && number <= 13216) {
      return "13055";
    }
    if (number >= 69381 && number <= 69389) {
      return "69123";
    }
    return code;
  }
}
