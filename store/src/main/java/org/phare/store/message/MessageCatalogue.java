package org.phare.store.message;

import com.ibm.icu.text.MessageFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.phare.core.message.Localized;
import org.phare.core.message.Refusal;

/**
 * The one catalogue of user-facing messages: web pages, the API and the CLI render every {@link
 * Refusal} (and other coded texts) from here, in French or English. Texts live in {@code
 * messages/<feature>_fr.properties} and {@code messages/<feature>_en.properties} (UTF-8), where the
 * feature is the code's first segment ({@code registry.name.required} → {@code registry}); patterns
 * are ICU MessageFormat with named arguments, so plurals read {@code {count, plural, one {# ligne}
 * other {# lignes}}}. A code without a text is a defect that {@code MessageCatalogueTest} catches;
 * at run time it renders as the code itself rather than failing.
 */
public final class MessageCatalogue {

  /** The languages the catalogue is written in: French first. */
  public static final Locale FRENCH = Locale.FRENCH;

  public static final Locale ENGLISH = Locale.ENGLISH;

  private static final MessageCatalogue INSTANCE = new MessageCatalogue();

  private final Map<String, Properties> bundles = new ConcurrentHashMap<>();

  private MessageCatalogue() {}

  public static MessageCatalogue get() {
    return INSTANCE;
  }

  /** The refusal in the language: its pattern filled with its arguments. */
  public String render(Refusal refusal, Locale locale) {
    return text(refusal.code(), locale, refusal.args());
  }

  /** The text of a code in the language, its pattern filled with named arguments. */
  public String text(String code, Locale locale, Map<String, Object> args) {
    String pattern = pattern(code, locale);
    if (pattern == null) {
      return code;
    }
    Locale language = language(locale);
    return new MessageFormat(pattern, language).format(localized(args, language));
  }

  /**
   * The arguments with every {@link Localized} value (a vocabulary code, a territory level)
   * replaced by its label in the language: refusals carry codes, users read labels.
   */
  private static Map<String, Object> localized(Map<String, Object> args, Locale language) {
    if (args.values().stream().noneMatch(Localized.class::isInstance)) {
      return args;
    }
    Map<String, Object> labelled = new LinkedHashMap<>(args);
    labelled.replaceAll(
        (name, value) ->
            value instanceof Localized l
                ? (ENGLISH.equals(language) ? l.labelEn() : l.labelFr())
                : value);
    return labelled;
  }

  /** The raw pattern of a code, or null when the catalogue lacks it (tests check none lacks). */
  public String pattern(String code, Locale locale) {
    int dot = code.indexOf('.');
    String feature = dot < 0 ? code : code.substring(0, dot);
    return bundle(feature, language(locale)).getProperty(code);
  }

  private static Locale language(Locale locale) {
    return "en".equals(locale.getLanguage()) ? ENGLISH : FRENCH;
  }

  private Properties bundle(String feature, Locale language) {
    return bundles.computeIfAbsent(feature + "_" + language.getLanguage(), MessageCatalogue::load);
  }

  private static Properties load(String name) {
    Properties properties = new Properties();
    String resource = "/messages/" + name + ".properties";
    try (InputStream in = MessageCatalogue.class.getResourceAsStream(resource)) {
      if (in != null) {
        properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    return properties;
  }
}
