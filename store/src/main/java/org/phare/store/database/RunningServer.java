package org.phare.store.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.OptionalInt;

/**
 * Finds the embedded PostgreSQL that another Phare process (a running {@code serve}) started in a
 * data folder. That process holds the folder's {@code epg-lock} file lock for as long as it runs,
 * and PostgreSQL writes its port on the fourth line of {@code postmaster.pid}.
 */
final class RunningServer {

  static final String LOCK_FILE = "epg-lock";

  /**
   * Folders whose embedded server this JVM started: checked without opening the lock file, because
   * on Linux closing any descriptor of a file drops every lock this process holds on it.
   */
  private static final java.util.Set<Path> STARTED_HERE =
      java.util.concurrent.ConcurrentHashMap.newKeySet();

  private RunningServer() {}

  static void startedHere(Path dir) {
    STARTED_HERE.add(dir.toAbsolutePath().normalize());
  }

  static void stoppedHere(Path dir) {
    STARTED_HERE.remove(dir.toAbsolutePath().normalize());
  }

  /** The port of the PostgreSQL a live process runs in {@code dir}, if any. */
  static OptionalInt port(Path dir) throws IOException {
    Path lock = dir.resolve(LOCK_FILE);
    Path pid = dir.resolve("postmaster.pid");
    boolean inUse =
        STARTED_HERE.contains(dir.toAbsolutePath().normalize())
            || (Files.exists(lock) && lockedByAnother(lock));
    if (!inUse || !Files.exists(pid)) {
      return OptionalInt.empty();
    }
    List<String> lines = Files.readAllLines(pid);
    if (lines.size() < 4) {
      return OptionalInt.empty();
    }
    try {
      return OptionalInt.of(Integer.parseInt(lines.get(3).trim()));
    } catch (NumberFormatException e) {
      return OptionalInt.empty();
    }
  }

  static String jdbcUrl(int port) {
    return "jdbc:postgresql://localhost:" + port + "/postgres?user=postgres";
  }

  /** True when a process (this one included) holds the lock: released at once when free. */
  private static boolean lockedByAnother(Path lock) throws IOException {
    try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.WRITE)) {
      FileLock held = channel.tryLock();
      if (held == null) {
        return true;
      }
      held.release();
      return false;
    } catch (OverlappingFileLockException e) {
      return true; // this JVM holds it through another channel
    }
  }
}
