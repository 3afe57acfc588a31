package org.phare.store.indicator;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * What a file sent by someone else really is, before any reader opens it: a text CSV in UTF-8 or
 * Latin-1, not an archive, a spreadsheet, an image, a PDF or a web page renamed {@code .csv}. Its
 * name and declared content type are never trusted; the first bytes are.
 *
 * <p>Encoding: UTF-8 when the whole file decodes as UTF-8 (checked by streaming, without keeping
 * the text), else Windows-1252, the superset of Latin-1 that spreadsheets write on French systems
 * (it also decodes 0x80-0x9F, e.g. the typographic apostrophe, which ISO-8859-1 maps to control
 * characters).
 */
public final class ContentSniffer {

  /** Windows' Latin-1: what "Latin-1" means for files saved by French spreadsheets. */
  public static final Charset LATIN_1 = Charset.forName("windows-1252");

  private static final int SNIFF_BYTES = 8192;

  private ContentSniffer() {}

  /**
   * The encoding of a text CSV file.
   *
   * @throws ImportException {@code import.file.binary} (with the kind seen) or {@code
   *     import.file.html}
   */
  public static Charset sniff(Path file) throws ImportException {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(SNIFF_BYTES);
    } catch (IOException e) {
      throw ImportException.of(
          file, 0, 0, "(file)", "import.file.unreadable", "detail", e.toString());
    }
    String kind = binaryKind(head);
    if (kind != null) {
      throw ImportException.of(file, 0, 0, "(file)", "import.file.binary", "kind", kind);
    }
    if (isHtml(head)) {
      throw ImportException.of(file, 0, 0, "(file)", "import.file.html");
    }
    return isUtf8(file) ? StandardCharsets.UTF_8 : LATIN_1;
  }

  /**
   * The kind of a binary file from its magic number or control bytes ({@code zip}, {@code xls},
   * {@code gzip}, {@code pdf}, {@code png}, {@code jpeg}, {@code gif}, {@code binary}), else null.
   */
  static String binaryKind(byte[] head) {
    if (startsWith(head, 'P', 'K', 3, 4) || startsWith(head, 'P', 'K', 5, 6)) {
      return "zip";
    }
    if (startsWith(head, 0xD0, 0xCF, 0x11, 0xE0)) {
      return "xls";
    }
    if (startsWith(head, 0x1F, 0x8B)) {
      return "gzip";
    }
    if (startsWith(head, '%', 'P', 'D', 'F')) {
      return "pdf";
    }
    if (startsWith(head, 0x89, 'P', 'N', 'G')) {
      return "png";
    }
    if (startsWith(head, 0xFF, 0xD8, 0xFF)) {
      return "jpeg";
    }
    if (startsWith(head, 'G', 'I', 'F', '8')) {
      return "gif";
    }
    int controls = 0;
    for (byte b : head) {
      int c = b & 0xFF;
      if (c == 0) {
        return "binary";
      }
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
        controls++;
      }
    }
    // text has almost no control characters; a few stray ones are left to the readers to locate
    return controls > head.length / 100 + 2 ? "binary" : null;
  }

  private static boolean startsWith(byte[] head, int... magic) {
    if (head.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if ((head[i] & 0xFF) != magic[i]) {
        return false;
      }
    }
    return true;
  }

  /** A page saved from a browser (or an error page served instead of the file). */
  static boolean isHtml(byte[] head) {
    String start =
        new String(head, 0, Math.min(head.length, 512), StandardCharsets.ISO_8859_1)
            .stripLeading()
            .toLowerCase(Locale.ROOT);
    if (start.startsWith("\u00ef\u00bb\u00bf")) {
      start = start.substring(3).stripLeading(); // the UTF-8 BOM read as Latin-1
    }
    return start.startsWith("<!doctype html")
        || start.startsWith("<html")
        || start.startsWith("<?xml")
        || start.startsWith("<head")
        || start.startsWith("<body");
  }

  /** Whether the whole file is valid UTF-8, streaming through a small buffer. */
  static boolean isUtf8(Path file) throws ImportException {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.allocate(1 << 16);
    CharBuffer out = CharBuffer.allocate(1 << 16);
    try (InputStream stream = Files.newInputStream(file)) {
      while (true) {
        int read = stream.read(in.array(), in.position(), in.remaining());
        boolean end = read < 0;
        if (!end) {
          in.position(in.position() + read);
        }
        in.flip();
        CoderResult result = decoder.decode(in, out, end);
        if (result.isError()) {
          return false;
        }
        out.clear();
        in.compact();
        if (end) {
          return !decoder.flush(out).isError();
        }
      }
    } catch (IOException e) {
      throw ImportException.of(
          file, 0, 0, "(file)", "import.file.unreadable", "detail", e.toString());
    }
  }
}
