package org.phare.core.ecosystem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class NameSimilarityTest {

  @Test
  void jaro_winkler_matches_the_published_examples() {
    // Winkler (1990) / Wikipedia "Jaro-Winkler distance" examples, rounded to 3 decimals.
    assertThat(NameSimilarity.jaroWinkler("martha", "marhta")).isCloseTo(0.961, within(0.0005));
    assertThat(NameSimilarity.jaroWinkler("dwayne", "duane")).isCloseTo(0.840, within(0.0005));
    assertThat(NameSimilarity.jaroWinkler("dixon", "dicksonx")).isCloseTo(0.813, within(0.0005));
    assertThat(NameSimilarity.jaroWinkler("", "")).isEqualTo(1.0);
    assertThat(NameSimilarity.jaroWinkler("abc", "")).isEqualTo(0.0);
  }

  @Test
  void normalisation_ignores_accents_case_punctuation_ligatures_and_legal_forms() {
    assertThat(NameSimilarity.normalise("Association Les Restos du Cœur — Orléans"))
        .isEqualTo("restos coeur orleans");
    assertThat(NameSimilarity.normalise("ÉCOLE  d'Ingénieurs SAS")).isEqualTo("ecole ingenieurs");
    // Turkish default locale must not turn I into a dotless ı.
    assertThat(NameSimilarity.normalise("INSERTION")).isEqualTo("insertion");
  }

  @Test
  void spelling_variants_of_one_name_are_probable_duplicates() {
    assertThat(NameSimilarity.probableDuplicate("Restos du Cœur", "Resto du coeur")).isTrue();
    assertThat(
            NameSimilarity.probableDuplicate(
                "Secours populaire français", "SECOURS POPULAIRE FRANCAIS"))
        .isTrue();
    assertThat(NameSimilarity.probableDuplicate("Emmaüs Orléans", "Association Emmaus Orleans"))
        .isTrue();
  }

  @Test
  void different_organisations_are_not_duplicates() {
    assertThat(NameSimilarity.probableDuplicate("Emmaüs Orléans", "Emmaüs Tours")).isFalse();
    assertThat(NameSimilarity.probableDuplicate("Banque alimentaire", "Croix-Rouge française"))
        .isFalse();
    assertThat(NameSimilarity.probableDuplicate("Mission locale", "Maison de l'emploi")).isFalse();
  }
}
