package org.phare.core.message;

/**
 * A value with a French and an English label (a vocabulary code, a territory level). Given as a
 * refusal's argument, the catalogue writes the label of the page's language rather than the code,
 * so a refusal can name "Mécénat" or "Sponsorship" without carrying a sentence.
 */
public interface Localized {

  String labelFr();

  String labelEn();
}
