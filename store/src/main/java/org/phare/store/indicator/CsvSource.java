package org.phare.store.indicator;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.CharArrayReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.phare.store.Progress;

/**
 * A delimited text file, decoded strictly and parsed with FastCSV: the shared machinery of every
 * {@link SourceFormat}.
 *
 * <p>Decoding: the whole file is decoded before parsing so that an invalid byte is reported with
 * its line and column instead of being replaced by U+FFFD. In auto mode only UTF-8 is accepted (a
 * BOM is dropped); Latin-1 must be asked for. Delimiter: {@code ;}, {@code ,} or tab, whichever
 * occurs most in the header line outside quotes, unless given.
 */
final class CsvSource {

  /** Receives each data row in turn; may stop the read by throwing. */
  interface RowHandler {
    void accept(CsvRow row) throws ImportException;
  }

  private final Path file;

  /** The decoded file, kept as decoded (no copy into a String: files reach 100 MB). */
  private final CharBuffer text;

  private final char delimiter;
  private final List<String> header;

  private final Progress progress;

  private CsvSource(
      Path file, CharBuffer text, char delimiter, List<String> header, Progress progress) {
    this.file = file;
    this.text = text;
    this.delimiter = delimiter;
    this.header = header;
    this.progress = progress;
  }

  static CsvSource open(Path file, ReadOptions options) throws ImportException {
    return open(file, options, Progress.NONE);
  }

  /** Opens a file whose {@link #forEachRow} reports the lines it reads to {@code progress}. */
  static CsvSource open(Path file, ReadOptions options, Progress progress) throws ImportException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw ImportException.of(
          file, 0, 0, "(file)", "import.file.unreadable", "detail", e.toString());
    }
    Charset charset = options.encoding() == null ? StandardCharsets.UTF_8 : options.encoding();
    CharBuffer text = decode(file, bytes, charset, options.encoding() == null);
    if (text.hasRemaining() && text.charAt(0) == '\uFEFF') {
      text.position(text.position() + 1);
    }
    char delimiter = options.delimiter() != null ? options.delimiter() : detectDelimiter(text);
    CsvSource source = new CsvSource(file, text, delimiter, List.of(), Progress.NONE);
    List<String> header = source.readHeader();
    return new CsvSource(file, text, delimiter, header, progress);
  }

  /** How many bytes {@link #header} reads at most: a header line is far shorter. */
  static final int HEADER_BYTES = 64 * 1024;

  /**
   * The header of a file, reading only its first line (at most {@link #HEADER_BYTES}): what format
   * detection needs, without decoding a 100 MB file twice. Decoded and split as {@link #open} does.
   */
  static List<String> header(Path file, ReadOptions options) throws ImportException {
    byte[] bytes;
    try (java.io.InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes(HEADER_BYTES);
    } catch (IOException e) {
      throw ImportException.of(
          file, 0, 0, "(file)", "import.file.unreadable", "detail", e.toString());
    }
    int end = 0;
    while (end < bytes.length && bytes[end] != '\n') {
      end++;
    }
    byte[] line = java.util.Arrays.copyOf(bytes, end);
    Charset charset = options.encoding() == null ? StandardCharsets.UTF_8 : options.encoding();
    CharBuffer text = decode(file, line, charset, options.encoding() == null);
    if (text.hasRemaining() && text.charAt(0) == '\uFEFF') {
      text.position(text.position() + 1);
    }
    char delimiter = options.delimiter() != null ? options.delimiter() : detectDelimiter(text);
    return new CsvSource(file, text, delimiter, List.of(), Progress.NONE).readHeader();
  }

  private static CharBuffer decode(Path file, byte[] bytes, Charset charset, boolean auto)
      throws ImportException {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate((int) (bytes.length * (double) decoder.maxCharsPerByte()));
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int offset = in.position();
      int lineStart = 0;
      long line = 1;
      for (int i = 0; i < offset; i++) {
        if (bytes[i] == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      String before = new String(bytes, lineStart, offset - lineStart, charset);
      int column = before.codePointCount(0, before.length()) + 1;
      throw ImportException.of(
          file,
          line,
          column,
          "(encoding)",
          auto ? "import.encoding.not-utf8" : "import.encoding.invalid",
          "byte",
          String.format(java.util.Locale.ROOT, "0x%02X", bytes[offset] & 0xFF),
          "offset",
          offset,
          "charset",
          charset.name());
    }
    out.flip();
    return out;
  }

  private static char detectDelimiter(CharSequence text) {
    return org.phare.store.csv.CsvSeparator.detect(text);
  }

  private CsvReader<CsvRecord> reader() {
    return CsvReader.builder()
        .fieldSeparator(delimiter)
        .quoteCharacter('"')
        .skipEmptyLines(true)
        .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
        .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
        .ofCsvRecord(
            new CharArrayReader(
                text.array(), text.arrayOffset() + text.position(), text.remaining()));
  }

  private List<String> readHeader() throws ImportException {
    try (CsvReader<CsvRecord> reader = reader()) {
      var iterator = reader.iterator();
      if (!iterator.hasNext()) {
        throw ImportException.of(file, 1, 1, "(header)", "import.file.empty");
      }
      List<String> names = new ArrayList<>();
      for (String name : iterator.next().getFields()) {
        names.add(name.strip());
      }
      return Collections.unmodifiableList(names);
    } catch (IOException e) {
      throw ImportException.of(
          file,
          1,
          1,
          "(header)",
          "import.row.unparsable",
          "detail",
          String.valueOf(e.getMessage()));
    }
  }

  Path file() {
    return file;
  }

  List<String> header() {
    return header;
  }

  /** The 0-based index of a required column. */
  int column(String name) throws ImportException {
    int index = optionalColumn(name);
    if (index < 0) {
      throw ImportException.of(
          file,
          1,
          header.size() + 1,
          name,
          "import.header.missing-column",
          "column",
          name,
          "header",
          String.join(", ", header));
    }
    return index;
  }

  /** The 0-based index of a column, or -1 when absent. */
  int optionalColumn(String name) {
    return header.indexOf(name);
  }

  boolean hasColumn(String name) {
    return header.contains(name);
  }

  /** An error located on the header line, at a column: a catalogue code and its arguments. */
  ImportException headerError(int column, String code, Object... namesAndValues) {
    return ImportException.of(file, 1, column + 1, header.get(column), code, namesAndValues);
  }

  /** Files above this size are parsed on a second thread while the rows are checked. */
  static final int PIPELINE_MIN_CHARS = 4 << 20;

  private static final int BATCH_ROWS = 4096;

  /**
   * Calls the handler for each data row (after the header), in file order, checking the number of
   * fields. A row the handler refuses does not stop the read: its problem is collected and the next
   * row is read, so that the file's problems are all reported at once (at most {@link
   * ImportException#MAX_REPORTED} in detail, all counted) and thrown together after the last row. A
   * valid file pays nothing for this (a try block costs nothing until it catches). On a large file,
   * FastCSV parses on a second thread, a few thousand rows ahead of the handler: the handler still
   * sees every row in order, so errors and their locations are the same as with one thread.
   */
  void forEachRow(RowHandler handler) throws ImportException {
    progress.start("lecture de " + file.getFileName(), lines(), "lignes");
    Problems problems = new Problems(file);
    try {
      if (text.remaining() < PIPELINE_MIN_CHARS) {
        forEachRowInline(handler, problems);
      } else {
        forEachRowPipelined(handler, problems);
      }
    } catch (ImportException e) {
      problems.add(e); // a problem that ends the read, after those of the rows before it
    }
    progress.finish();
    problems.throwIfAny();
  }

  /**
   * The problems of a file collected so far: the first {@link ImportException#MAX_REPORTED} and
   * their count.
   */
  static final class Problems {
    private final Path file;
    private final List<ImportError> kept = new ArrayList<>();
    private long total;

    Problems(Path file) {
      this.file = file;
    }

    void add(ImportException e) {
      for (ImportError error : e.errors()) {
        if (kept.size() < ImportException.MAX_REPORTED) {
          kept.add(error);
        }
      }
      total += e.total();
    }

    boolean isEmpty() {
      return total == 0;
    }

    void throwIfAny() throws ImportException {
      if (total > 0) {
        throw new ImportException(file, kept, total);
      }
    }
  }

  /** The number of data lines (for progress: a quoted line break counts one more). */
  private long lines() {
    if (progress == Progress.NONE) {
      return -1;
    }
    long lines = 0;
    char[] chars = text.array();
    int end = text.arrayOffset() + text.limit();
    for (int i = text.arrayOffset() + text.position(); i < end; i++) {
      if (chars[i] == '\n') {
        lines++;
      }
    }
    if (end > 0 && chars[end - 1] != '\n') {
      lines++; // a last line without line break
    }
    return Math.max(0, lines - 1); // the header
  }

  void forEachRowInline(RowHandler handler, Problems problems) throws ImportException {
    CsvRow row = new CsvRow(file, header);
    long lastLine = 1;
    long rows = 0;
    try (CsvReader<CsvRecord> reader = reader()) {
      var iterator = reader.iterator();
      iterator.next();
      while (iterator.hasNext()) {
        CsvRecord record = iterator.next();
        lastLine = record.getStartingLineNumber();
        accept(row, record, handler, problems);
        if ((++rows & 0xFFF) == 0) {
          progress.advance(4096);
        }
      }
      progress.advance(rows & 0xFFF);
    } catch (IOException | CsvParseException e) {
      throw unparsable(lastLine, e);
    }
  }

  private void accept(CsvRow row, CsvRecord record, RowHandler handler, Problems problems) {
    row.set(record);
    if (record.getFieldCount() != header.size()) {
      int column = Math.min(record.getFieldCount(), header.size());
      problems.add(
          ImportException.of(
              file,
              record.getStartingLineNumber(),
              column + 1,
              column < header.size() ? header.get(column) : "(extra)",
              "import.row.field-count",
              "found",
              record.getFieldCount(),
              "expected",
              header.size()));
      return;
    }
    try {
      handler.accept(row);
    } catch (ImportException e) {
      problems.add(e);
    }
  }

  private ImportException unparsable(long lastLine, Exception e) {
    return ImportException.of(
        file,
        lastLine + 1,
        1,
        "(row)",
        "import.row.unparsable",
        "detail",
        String.valueOf(e.getMessage()));
  }

  /** Rows parsed ahead; the last batch of a file is {@code end}, possibly with a parse failure. */
  private record Batch(
      CsvRecord[] records, int size, boolean end, long lastLine, Throwable failure) {}

  void forEachRowPipelined(RowHandler handler, Problems problems) throws ImportException {
    BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(8);
    AtomicBoolean stopped = new AtomicBoolean();
    Thread parser = new Thread(() -> parse(queue, stopped), "phare-csv-" + file.getFileName());
    parser.setDaemon(true);
    parser.start();
    CsvRow row = new CsvRow(file, header);
    try {
      while (true) {
        Batch batch = queue.take();
        for (int i = 0; i < batch.size(); i++) {
          accept(row, batch.records()[i], handler, problems);
        }
        progress.advance(batch.size());
        if (batch.end()) {
          Throwable failure = batch.failure();
          if (failure instanceof IOException || failure instanceof CsvParseException) {
            throw unparsable(batch.lastLine(), (Exception) failure);
          } else if (failure instanceof RuntimeException e) {
            throw e;
          } else if (failure instanceof Error e) {
            throw e;
          }
          return;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw ImportException.of(file, 0, 0, "(file)", "import.file.interrupted");
    } finally {
      stopped.set(true);
      queue.clear(); // unblocks the parser if it waits for room, so that it sees the stop
    }
  }

  /** The parsing thread: batches of rows into the queue until the end, a failure or a stop. */
  private void parse(BlockingQueue<Batch> queue, AtomicBoolean stopped) {
    long lastLine = 1;
    CsvRecord[] records = new CsvRecord[BATCH_ROWS];
    int size = 0;
    Throwable failure = null;
    try (CsvReader<CsvRecord> reader = reader()) {
      var iterator = reader.iterator();
      iterator.next();
      while (iterator.hasNext() && !stopped.get()) {
        CsvRecord record = iterator.next();
        lastLine = record.getStartingLineNumber();
        records[size++] = record;
        if (size == BATCH_ROWS) {
          if (!offer(queue, new Batch(records, size, false, lastLine, null), stopped)) {
            return;
          }
          records = new CsvRecord[BATCH_ROWS];
          size = 0;
        }
      }
    } catch (IOException | RuntimeException | Error e) {
      failure = e; // reported by the reading thread after the rows parsed before it
    }
    offer(queue, new Batch(records, size, true, lastLine, failure), stopped);
  }

  private static boolean offer(BlockingQueue<Batch> queue, Batch batch, AtomicBoolean stopped) {
    try {
      while (!stopped.get()) {
        if (queue.offer(batch, 100, TimeUnit.MILLISECONDS)) {
          return true;
        }
      }
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
