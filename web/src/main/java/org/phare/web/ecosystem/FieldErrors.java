package org.phare.web.ecosystem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.phare.core.ecosystem.Family;
import org.phare.core.ecosystem.Modality;
import org.phare.core.ecosystem.PartnershipCategory;
import org.phare.core.ecosystem.PartnershipObjective;

/**
 * The errors of a submitted form, one French message per field, shown next to the field.
 *
 * <p>The rules themselves live in the core records and the registry (the same checks as the API and
 * the CSV import); their messages are technical English that name the field first ({@code "commune
 * '99999' is not in the territory referential"}). This class only finds the form field a message is
 * about and says it in French; a message it does not know is shown as it is, never dropped.
 */
final class FieldErrors {

  /** Field named by the start of a rule's message, longest first. */
  private static final List<String[]> FIELD_PREFIXES =
      List.of(
          new String[] {"innovation stage", "innovationStage"},
          new String[] {"contact person", "person"},
          new String[] {"contact email", "email"},
          new String[] {"contact phone", "phone"},
          new String[] {"website", "website"},
          new String[] {"SIREN", "siren"},
          new String[] {"name", "name"},
          new String[] {"title", "title"},
          new String[] {"type", "type"},
          new String[] {"size", "size"},
          new String[] {"status", "status"},
          new String[] {"commune", "commune"},
          new String[] {"objective", "objectives"},
          new String[] {"members", "members"},
          new String[] {"participants", "participants"},
          new String[] {"kind", "kind"},
          new String[] {"answers", "answers"},
          new String[] {"comment", "comment"},
          new String[] {"category", "category"},
          new String[] {"modality", "modality"},
          new String[] {"end", "end"},
          new String[] {"territory", "territory"},
          new String[] {"stage", "stage"},
          new String[] {"resource", "resources"},
          new String[] {"lever", "levers"},
          new String[] {"unknown domain", "domains"});

  private record Rule(Pattern pattern, Translation translation) {}

  @FunctionalInterface
  private interface Translation {
    String french(Matcher m);
  }

  private static final List<Rule> RULES =
      List.of(
          rule(
              "size is missing \\(required for a company\\)",
              m -> "Taille obligatoire pour une entreprise."),
          rule(
              "size and status apply to economic actors only, not to (\\w+)",
              m -> "La taille et le statut ne concernent que les acteurs économiques."),
          rule(".+ is missing", m -> "Ce champ est obligatoire."),
          rule(
              ".+ is too long \\((\\d+) characters, at most (\\d+)\\)",
              m -> "Texte trop long : " + m.group(1) + " caractères, " + m.group(2) + " au plus."),
          rule(".+ contains a control character", m -> "Caractère de contrôle interdit."),
          rule(
              ".+ '(.*)' is unknown \\(expected .*",
              m -> "Valeur « " + m.group(1) + " » inconnue."),
          rule("unknown domain '(.*)'.*", m -> "Domaine « " + m.group(1) + " » inconnu."),
          rule(
              "commune '(.*)' is not a COG commune code.*",
              m ->
                  "« " + m.group(1) + " » n'est pas un code de commune (5 caractères, ex. 45234)."),
          rule(
              "commune '(.*)' is not in the territory referential",
              m ->
                  "Commune « "
                      + m.group(1)
                      + " » introuvable dans le référentiel des territoires : vérifiez le nom ou"
                      + " donnez le code INSEE."),
          rule(
              "commune '(.*)' is ambiguous: (.*); give the code",
              m ->
                  "Plusieurs communes s'appellent « "
                      + m.group(1)
                      + " » : "
                      + m.group(2)
                      + ". Précisez le code."),
          rule(
              "objective (\\w+) is an objective of (\\w+), not of (\\w+)",
              m ->
                  "« "
                      + PartnershipObjective.valueOf(m.group(1)).labelFr()
                      + " » est un objectif "
                      + (m.group(2).startsWith("compan")
                          ? "des entreprises"
                          : "des structures d'intérêt général")
                      + ", pas des « "
                      + Family.valueOf(m.group(3)).labelFr()
                      + " »."),
          rule(
              "contact email '(.*)' is not an e-mail address",
              m -> "« " + m.group(1) + " » n'est pas une adresse électronique."),
          rule(
              "SIREN '(.*)' must have exactly 9 digits",
              m -> "Un SIREN compte exactement 9 chiffres (« " + m.group(1) + " »)."),
          rule(
              "SIREN '(.*)' has an invalid check digit.*",
              m -> "SIREN « " + m.group(1) + " » invalide : la clé de contrôle ne correspond pas."),
          rule(
              "members: a partnership needs at least two organisations \\(got (\\d+)\\)",
              m ->
                  "Un partenariat réunit au moins deux organisations ("
                      + m.group(1)
                      + " choisie(s))."),
          rule(
              "(?:members|participants): an organisation is listed twice",
              m -> "Une organisation est choisie deux fois."),
          rule(
              "(?:members|participants): organisation (\\d+) does not exist",
              m -> "L'organisation n° " + m.group(1) + " n'existe pas (ou a été supprimée)."),
          rule(
              "(?:members|participants): '(.*)' is not an id",
              m -> "« " + m.group(1) + " » n'est pas un numéro d'organisation."),
          rule(
              "modality (\\w+) belongs to category (\\w+), not (\\w+)",
              m ->
                  "La modalité « "
                      + Modality.valueOf(m.group(1)).labelFr()
                      + " » relève de la catégorie « "
                      + PartnershipCategory.valueOf(m.group(2)).labelFr()
                      + " », pas de « "
                      + PartnershipCategory.valueOf(m.group(3)).labelFr()
                      + " »."),
          rule("end (\\S+) is before start (\\S+)", m -> "La fin précède le début."),
          rule(
              "answers: at least one answer is needed",
              m -> "Répondez à au moins une question avant d'enregistrer."),
          rule(
              "answers: score of (\\w+) must be between 1 and 5",
              m -> "Choisissez une réponse de 1 (pas du tout) à 5 (tout à fait)."),
          rule(
              "answers: unknown question '(.*)'",
              m ->
                  "Question « "
                      + m.group(1)
                      + " » inconnue : le questionnaire a changé, rechargez la page."),
          rule(
              "comment is too long \\(at most (\\d+) characters\\)",
              m -> "Commentaire trop long : " + m.group(1) + " caractères au plus."),
          rule(
              "innovation stage and support levers apply to societal innovations only",
              m ->
                  "L'étape d'innovation et les leviers ne concernent que les partenariats"
                      + " d'innovation sociétale."),
          rule(
              "territory '(.*)' must be written level:code.*",
              m ->
                  "Territoire « "
                      + m.group(1)
                      + " » : écrivez niveau:code (ex. departement:45) ou un nom de commune."),
          rule(
              "unknown territory level '(.*)'.*",
              m ->
                  "Niveau « "
                      + m.group(1)
                      + " » inconnu (pays, region, departement, epci ou commune)."),
          rule(
              "no (\\w+) with code '(.*)' in the referential.*",
              m -> "Aucun territoire " + m.group(1) + ":" + m.group(2) + " dans le référentiel."),
          rule(
              "'(.*)' is not a date written YYYY-MM-DD",
              m -> "Date « " + m.group(1) + " » invalide (format AAAA-MM-JJ)."));

  private static Rule rule(String regex, Translation translation) {
    return new Rule(Pattern.compile(regex, Pattern.DOTALL), translation);
  }

  /** The answer to one question of the evaluation questionnaire: its own field. */
  private static final Pattern ANSWER = Pattern.compile("answers: score of (\\w+) .*");

  private final Map<String, String> byField = new LinkedHashMap<>();
  private final Map<String, String> aliases = new LinkedHashMap<>();

  /**
   * Records the refusals naming {@code ruleField} against {@code formField}: the registry says
   * "members" for the participants of an initiative as for the members of a partnership.
   */
  FieldErrors alias(String ruleField, String formField) {
    aliases.put(ruleField, formField);
    return this;
  }

  /** The form field holding the answer to question {@code code} of the questionnaire. */
  static String answerField(String code) {
    return "q-" + code;
  }

  /** The form field a rule's message is about, or {@code fallback}. */
  static String fieldOf(String message, String fallback) {
    String text = message == null ? "" : message;
    Matcher answer = ANSWER.matcher(text);
    if (answer.matches()) {
      return answerField(answer.group(1));
    }
    for (String[] prefix : FIELD_PREFIXES) {
      if (text.startsWith(prefix[0] + " ")
          || text.startsWith(prefix[0] + ":")
          || text.startsWith(prefix[0] + "s ")) {
        return prefix[1];
      }
    }
    return fallback;
  }

  /** The French wording of a rule's message; unknown messages are kept as they are. */
  static String french(String message) {
    String text = message == null ? "" : message.strip();
    for (Rule rule : RULES) {
      Matcher m = rule.pattern().matcher(text);
      if (m.matches()) {
        try {
          return rule.translation().french(m);
        } catch (IllegalArgumentException e) {
          return text; // a code our vocabularies do not know: show the original
        }
      }
    }
    return text;
  }

  /**
   * Runs one check; a refusal is recorded against the field its message names, or against {@code
   * field}.
   *
   * @return the checked value, or null when refused
   */
  <T> T check(String field, Supplier<T> parse) {
    try {
      return parse.get();
    } catch (IllegalArgumentException e) {
      reject(e, field);
      return null;
    }
  }

  /** Records a rule's refusal. */
  void reject(IllegalArgumentException e, String fallbackField) {
    String field = fieldOf(e.getMessage(), fallbackField);
    field = field == null ? "form" : aliases.getOrDefault(field, field);
    byField.putIfAbsent(field, french(e.getMessage()));
  }

  /** Records a French message (rights, for instance) against a field. */
  void add(String field, String frenchMessage) {
    byField.putIfAbsent(field, frenchMessage);
  }

  boolean isEmpty() {
    return byField.isEmpty();
  }

  /** Field → French message, in the order found. */
  public Map<String, String> asMap() {
    return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byField));
  }
}
