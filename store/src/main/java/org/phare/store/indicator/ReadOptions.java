package org.phare.store.indicator;

import java.nio.charset.Charset;

/**
 * How to decode a file.
 *
 * @param encoding the character set, or null to accept only UTF-8 (with or without BOM) and reject
 *     anything else with the place of the first invalid byte
 * @param delimiter the field separator, or null to detect {@code ;} or {@code ,} from the header
 */
public record ReadOptions(Charset encoding, Character delimiter) {

  public static ReadOptions auto() {
    return new ReadOptions(null, null);
  }
}
