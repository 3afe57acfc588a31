package org.phare.web.indicator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.phare.store.indicator.ImportPreview;
import org.phare.store.indicator.IndicatorStore;

/**
 * Uploaded files kept between the preview and the confirmation, and the results shown after it. The
 * file lies in a folder of this process under a random name; the browser only holds an opaque
 * random id, which is looked up here and honoured only for the session that uploaded (a client-sent
 * path is never used). A pending upload is deleted on confirmation, on cancellation, or {@link
 * #LIFETIME} after its upload.
 *
 * <p>Kept in this instance's memory: behind a load balancer, the preview and the confirmation must
 * reach the same instance (sticky sessions) — the confirmation of a lost upload asks to upload
 * again rather than failing.
 */
final class PendingUploads {

  static final Duration LIFETIME = Duration.ofMinutes(30);

  /** An upload waiting for confirmation. */
  record Pending(
      String session,
      Path file,
      String fileName,
      Charset charset,
      ImportPreview preview,
      Instant at) {}

  /** An import done, for the confirmation page. */
  record Done(
      String session,
      String fileName,
      ImportPreview preview,
      IndicatorStore.ImportResult result,
      Instant at) {}

  private final Path dir;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();
  private final Map<String, Pending> pending = new ConcurrentHashMap<>();
  private final Map<String, Done> done = new ConcurrentHashMap<>();

  PendingUploads(Path dir, Clock clock) {
    this.dir = dir;
    this.clock = clock;
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the upload folder " + dir, e);
    }
  }

  /** A new random id (128 bits): file names and page links are never guessable. */
  String newId() {
    byte[] bytes = new byte[16];
    random.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  /**
   * Copies an upload into the folder, at most {@code max} bytes.
   *
   * @return the file, or empty (nothing kept) when the upload is larger
   */
  Optional<Path> save(String id, InputStream content, long max) throws IOException {
    Path file = dir.resolve(id + ".csv");
    long copied = 0;
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = content;
        var out = Files.newOutputStream(file)) {
      int read;
      while ((read = in.read(buffer)) >= 0) {
        copied += read;
        if (copied > max) {
          break;
        }
        out.write(buffer, 0, read);
      }
    }
    if (copied > max) {
      Files.deleteIfExists(file);
      return Optional.empty();
    }
    return Optional.of(file);
  }

  void keep(String id, Pending upload) {
    sweep();
    pending.put(id, upload);
  }

  /** The pending upload of this id for this session, if it has not expired. */
  Optional<Pending> pending(String id, String session) {
    sweep();
    Pending upload = id == null ? null : pending.get(id);
    return upload != null && upload.session().equals(session)
        ? Optional.of(upload)
        : Optional.empty();
  }

  /** Forgets a pending upload and deletes its file. */
  void discard(String id) {
    Pending upload = pending.remove(id);
    if (upload != null) {
      delete(upload.file());
    }
  }

  void done(String id, Done result) {
    done.put(id, result);
  }

  Optional<Done> done(String id, String session) {
    sweep();
    Done result = id == null ? null : done.get(id);
    return result != null && result.session().equals(session)
        ? Optional.of(result)
        : Optional.empty();
  }

  Instant now() {
    return clock.instant();
  }

  /** Drops what has expired (pending uploads with their files, done results). */
  void sweep() {
    Instant limit = clock.instant().minus(LIFETIME);
    for (Iterator<Map.Entry<String, Pending>> it = pending.entrySet().iterator(); it.hasNext(); ) {
      Map.Entry<String, Pending> entry = it.next();
      if (entry.getValue().at().isBefore(limit)) {
        it.remove();
        delete(entry.getValue().file());
      }
    }
    done.values().removeIf(d -> d.at().isBefore(limit));
  }

  static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // left to the next start: the folder is per process (java.io.tmpdir) and holds nothing else
    }
  }

  int pendingCount() {
    return pending.size();
  }

  Path dir() {
    return dir;
  }
}
