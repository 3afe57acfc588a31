package org.phare.core.message;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Why an input or an action is refused, as data rather than a sentence: a stable {@code code} (the
 * key of the message catalogue, prefixed by its feature: {@code registry.name.required}), the
 * {@code field} it concerns ("" when it concerns the whole input) and named arguments that the
 * catalogue's ICU message pattern uses ({@code {max}}, {@code {count, plural, ...}}). Web pages,
 * the API and the CLI render the same refusal in French or English from one catalogue.
 */
public record Refusal(String code, String field, Map<String, Object> args) {

  public Refusal {
    Objects.requireNonNull(code, "code");
    field = field == null ? "" : field;
    args = args == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(args));
  }

  /**
   * A refusal with named arguments given as alternating names and values: {@code of("x.too-long",
   * "name", "max", 200)}.
   */
  public static Refusal of(String code, String field, Object... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("arguments come as name, value pairs");
    }
    Map<String, Object> args = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      args.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return new Refusal(code, field, args);
  }

  /** For logs and tests only: never shown to a user (the catalogue renders refusals). */
  @Override
  public String toString() {
    return code + (field.isEmpty() ? "" : "[" + field + "]") + (args.isEmpty() ? "" : args);
  }
}
