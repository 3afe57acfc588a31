package org.phare.store.indicator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import org.phare.core.indicator.Aggregation;
import org.phare.core.indicator.Derivation;
import org.phare.core.indicator.Domain;
import org.phare.core.indicator.IndicatorDefinition;
import org.phare.core.indicator.Polarity;
import org.phare.core.territory.Level;

/**
 * The indicators Phare knows, read from a YAML file versioned with the code ({@code catalogue.yaml}
 * next to this class). Loading validates every entry and names the indicator and field at fault.
 */
public final class IndicatorCatalogue {

  private static final String BUNDLED = "catalogue.yaml";
  private static final Set<String> FIELDS =
      Set.of(
          "code",
          "labelFr",
          "labelEn",
          "domain",
          "unit",
          "polarity",
          "source",
          "levels",
          "aggregation",
          "scale",
          "numerator",
          "denominator",
          "derivation",
          "absentMeansZero",
          "note");

  private final List<IndicatorDefinition> definitions;
  private final Map<String, IndicatorDefinition> byCode;
  private final Map<String, String> notes;
  private final Map<Domain, String> domainsWithoutIndicator;

  private IndicatorCatalogue(
      List<IndicatorDefinition> definitions,
      Map<String, String> notes,
      Map<Domain, String> domainsWithoutIndicator) {
    this.definitions = List.copyOf(definitions);
    Map<String, IndicatorDefinition> map = new HashMap<>();
    definitions.forEach(d -> map.put(d.code(), d));
    this.byCode = map;
    this.notes = Map.copyOf(notes);
    this.domainsWithoutIndicator = Collections.unmodifiableMap(domainsWithoutIndicator);
  }

  /** The catalogue bundled with Phare. */
  public static IndicatorCatalogue load() {
    try (InputStream in = IndicatorCatalogue.class.getResourceAsStream(BUNDLED)) {
      if (in == null) {
        throw new IllegalStateException("the bundled indicator catalogue is missing: " + BUNDLED);
      }
      return load(in, BUNDLED);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a catalogue.
   *
   * @param name how to name the source in error messages
   * @throws IllegalArgumentException naming the file, the indicator code and the field at fault
   */
  public static IndicatorCatalogue load(InputStream yaml, String name) {
    JsonNode root;
    try {
      root = new ObjectMapper(new YAMLFactory()).readTree(yaml);
    } catch (IOException e) {
      throw new IllegalArgumentException(name + ": not a valid YAML file: " + e.getMessage(), e);
    }
    if (root == null || !root.path("indicators").isArray()) {
      throw new IllegalArgumentException(name + ": expected a list 'indicators'");
    }
    List<IndicatorDefinition> definitions = new ArrayList<>();
    Map<String, String> notes = new HashMap<>();
    int position = 0;
    for (JsonNode node : root.get("indicators")) {
      position++;
      String code = node.path("code").asText("");
      String where = name + ": indicator " + (code.isEmpty() ? "#" + position : code);
      for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
        String field = it.next();
        if (!FIELDS.contains(field)) {
          throw new IllegalArgumentException(where + ", field '" + field + "': unknown field");
        }
      }
      IndicatorDefinition definition;
      try {
        definition = definition(node, where, root.path("sources"));
      } catch (IllegalArgumentException e) {
        throw e.getMessage().startsWith(name)
            ? e
            : new IllegalArgumentException(where + ": " + e.getMessage(), e);
      }
      if (definitions.stream().anyMatch(d -> d.code().equals(definition.code()))) {
        throw new IllegalArgumentException(where + ", field 'code': given twice");
      }
      definitions.add(definition);
      if (node.hasNonNull("note")) {
        notes.put(definition.code(), node.get("note").asText());
      }
    }
    checkDerivations(definitions, name);
    Map<Domain, String> without = new EnumMap<>(Domain.class);
    JsonNode domains = root.path("domainsWithoutIndicator");
    for (Iterator<Map.Entry<String, JsonNode>> it = domains.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      Domain domain;
      try {
        domain = Domain.parse(entry.getKey());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(name + ": domainsWithoutIndicator: " + e.getMessage());
      }
      without.put(domain, entry.getValue().asText());
    }
    for (Domain domain : Domain.values()) {
      boolean covered = definitions.stream().anyMatch(d -> d.domain() == domain);
      if (covered && without.containsKey(domain)) {
        throw new IllegalArgumentException(
            name + ": domainsWithoutIndicator lists " + domain + " which has indicators");
      }
      if (!covered && !without.containsKey(domain)) {
        throw new IllegalArgumentException(
            name
                + ": domain "
                + domain
                + " has no indicator; say why under domainsWithoutIndicator");
      }
    }
    return new IndicatorCatalogue(definitions, notes, without);
  }

  /** {@code absentMeansZero: true} for a count whose source lists only the communes having some. */
  private static boolean absentMeansZero(JsonNode node, String where) {
    if (!node.has("absentMeansZero")) {
      return false;
    }
    if (!node.get("absentMeansZero").isBoolean()) {
      throw new IllegalArgumentException(where + ", field 'absentMeansZero': true or false");
    }
    return node.get("absentMeansZero").asBoolean();
  }

  private static IndicatorDefinition definition(JsonNode node, String where, JsonNode sources) {
    Aggregation aggregation = enumField(node, "aggregation", Aggregation.class, where);
    Set<Level> levels = EnumSet.noneOf(Level.class);
    JsonNode levelsNode = node.path("levels");
    if (!levelsNode.isArray() || levelsNode.isEmpty()) {
      throw new IllegalArgumentException(where + ", field 'levels': a non-empty list is required");
    }
    for (JsonNode level : levelsNode) {
      try {
        levels.add(Level.parse(level.asText()));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(where + ", field 'levels': " + e.getMessage());
      }
    }
    double scale = 1;
    if (node.has("scale")) {
      if (!node.get("scale").isNumber()) {
        throw new IllegalArgumentException(where + ", field 'scale': a number is required");
      }
      scale = node.get("scale").asDouble();
    }
    Derivation derivation = null;
    if (node.hasNonNull("derivation")) {
      JsonNode d = node.get("derivation");
      derivation =
          new Derivation(
              required(d, "numerator", where + ", field 'derivation'"),
              required(d, "denominator", where + ", field 'derivation'"));
    }
    Domain domain;
    try {
      domain = Domain.parse(required(node, "domain", where));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + ", field 'domain': " + e.getMessage());
    }
    return new IndicatorDefinition(
        required(node, "code", where),
        required(node, "labelFr", where),
        required(node, "labelEn", where),
        domain,
        required(node, "unit", where),
        enumField(node, "polarity", Polarity.class, where),
        source(node, where, sources),
        levels,
        aggregation,
        scale,
        node.path("numerator").asText(""),
        node.path("denominator").asText(""),
        derivation,
        absentMeansZero(node, where));
  }

  /** The source: inline (producer, dataset, url) or the key of an entry of {@code sources}. */
  private static String source(JsonNode node, String where, JsonNode sources) {
    JsonNode source = node.path("source");
    if (source.isTextual()) {
      String key = source.asText();
      source = sources.path(key);
      if (!source.isObject()) {
        throw new IllegalArgumentException(
            where + ", field 'source': no entry '" + key + "' under 'sources'");
      }
    }
    if (!source.isObject()) {
      throw new IllegalArgumentException(
          where + ", field 'source': expected producer, dataset and optional url");
    }
    String text =
        required(source, "producer", where + ", field 'source'")
            + ", "
            + required(source, "dataset", where + ", field 'source'");
    return source.hasNonNull("url") ? text + " (" + source.get("url").asText() + ")" : text;
  }

  private static String required(JsonNode node, String field, String where) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull() || value.asText().isBlank()) {
      throw new IllegalArgumentException(where + ", field '" + field + "': required");
    }
    return value.asText();
  }

  private static <E extends Enum<E>> E enumField(
      JsonNode node, String field, Class<E> type, String where) {
    String text = required(node, field, where);
    try {
      return Enum.valueOf(type, text.trim().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          where
              + ", field '"
              + field
              + "': '"
              + text
              + "' is not one of "
              + java.util.Arrays.toString(type.getEnumConstants()));
    }
  }

  private static void checkDerivations(List<IndicatorDefinition> definitions, String name) {
    Map<String, IndicatorDefinition> byCode = new LinkedHashMap<>();
    definitions.forEach(d -> byCode.put(d.code(), d));
    for (IndicatorDefinition d : definitions) {
      if (d.derivation() == null) {
        continue;
      }
      for (String part :
          List.of(d.derivation().numeratorIndicator(), d.derivation().denominatorIndicator())) {
        IndicatorDefinition referenced = byCode.get(part);
        if (referenced == null) {
          throw new IllegalArgumentException(
              name
                  + ": indicator "
                  + d.code()
                  + ", field 'derivation': unknown indicator '"
                  + part
                  + "'");
        }
        if (referenced.derivation() != null) {
          throw new IllegalArgumentException(
              name
                  + ": indicator "
                  + d.code()
                  + ", field 'derivation': '"
                  + part
                  + "' is itself derived");
        }
      }
    }
  }

  /** Every indicator, in catalogue order. */
  public List<IndicatorDefinition> definitions() {
    return definitions;
  }

  public Optional<IndicatorDefinition> find(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /**
   * The indicator with this code.
   *
   * @throws NoSuchElementException naming the code
   */
  public IndicatorDefinition require(String code) {
    IndicatorDefinition definition = byCode.get(code);
    if (definition == null) {
      throw new NoSuchElementException("no indicator '" + code + "' in the catalogue");
    }
    return definition;
  }

  /** Domains that no indicator informs yet, with the reason (French). */
  public Map<Domain, String> domainsWithoutIndicator() {
    return domainsWithoutIndicator;
  }

  /** The catalogue's note on an indicator (vintage caveats, coverage), if any. */
  public Optional<String> note(String code) {
    return Optional.ofNullable(notes.get(code));
  }
}
