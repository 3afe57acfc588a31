package org.phare.store.version;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.jdbi.v3.core.Jdbi;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps this process's view of the data versions current, so that a change committed anywhere (this
 * server, the CLI, another instance on the same database) reaches in-memory data and caches within
 * a second. A dedicated connection LISTENs on {@code phare_data_version} (the triggers of migration
 * V1_1 NOTIFY on commit); on a notification, every {@link #CHECK_EVERY} as a fallback, and right
 * after a (re)connection (notifications sent while disconnected are lost), the versions are read
 * again and listeners are told which kinds changed. Listeners run on the watcher's thread, one
 * after the other: a slow one (reloading the indicator values) delays later checks, never loses
 * them.
 */
public final class VersionWatcher implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(VersionWatcher.class);

  /** The channel the triggers notify. */
  public static final String CHANNEL = "phare_data_version";

  /** The fallback check period, and how long a lost connection waits before a new try. */
  public static final Duration CHECK_EVERY = Duration.ofSeconds(5);

  /** Opens the dedicated listening connection (not a pooled one: LISTEN belongs to a session). */
  @FunctionalInterface
  public interface ConnectionFactory {
    Connection open() throws SQLException;
  }

  private final Jdbi jdbi;
  private final ConnectionFactory connections;
  private final List<Consumer<Set<DataKind>>> listeners = new CopyOnWriteArrayList<>();
  private final Thread thread;
  private volatile DataVersions current;
  private volatile boolean running = true;
  private volatile Connection connection;

  private VersionWatcher(Jdbi jdbi, ConnectionFactory connections) {
    this.jdbi = jdbi;
    this.connections = connections;
    this.current = DataVersions.read(jdbi);
    this.thread = new Thread(this::run, "phare-version-watcher");
    thread.setDaemon(true);
  }

  /** Reads the versions now and starts watching. */
  public static VersionWatcher start(Jdbi jdbi, ConnectionFactory connections) {
    VersionWatcher watcher = new VersionWatcher(jdbi, connections);
    watcher.thread.start();
    return watcher;
  }

  /** The versions as last read (at most {@link #CHECK_EVERY} old, usually milliseconds). */
  public DataVersions current() {
    return current;
  }

  /**
   * Calls {@code listener} with the kinds whose version grew, after each check that saw a change.
   */
  public void onChange(Consumer<Set<DataKind>> listener) {
    listeners.add(listener);
  }

  /** Reads the versions now, tells listeners what changed; returns the new versions. */
  public synchronized DataVersions check() {
    DataVersions before = current;
    DataVersions now = DataVersions.read(jdbi);
    Set<DataKind> changed = EnumSet.noneOf(DataKind.class);
    for (DataKind kind : DataKind.values()) {
      if (now.newerThan(before, kind)) {
        changed.add(kind);
      }
    }
    current = now;
    if (!changed.isEmpty()) {
      for (Consumer<Set<DataKind>> listener : listeners) {
        try {
          listener.accept(changed);
        } catch (RuntimeException e) {
          LOG.error("a data-version listener failed for {}", changed, e);
        }
      }
    }
    return now;
  }

  private void run() {
    while (running) {
      try (Connection c = connections.open()) {
        connection = c;
        try (Statement statement = c.createStatement()) {
          statement.execute("LISTEN " + CHANNEL);
        }
        check(); // what changed while no connection listened
        PGConnection pg = c.unwrap(PGConnection.class);
        while (running) {
          PGNotification[] notifications = pg.getNotifications((int) CHECK_EVERY.toMillis());
          if (!running) {
            break;
          }
          // a notification, or the fallback period elapsed: read the versions either way
          if (notifications != null && notifications.length > 0) {
            LOG.debug("data changed: {} notification(s)", notifications.length);
          }
          check();
        }
      } catch (SQLException | RuntimeException e) {
        if (!running) {
          break;
        }
        LOG.warn(
            "data-version watch interrupted ({}); new try in {} s",
            e.getMessage(),
            CHECK_EVERY.toSeconds());
        sleep(CHECK_EVERY);
      } finally {
        connection = null;
      }
    }
  }

  private void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running = false;
    }
  }

  @Override
  public void close() {
    running = false;
    Connection c = connection;
    if (c != null) {
      try {
        c.close(); // wakes getNotifications
      } catch (SQLException e) {
        LOG.debug("closing the listening connection: {}", e.getMessage());
      }
    }
    thread.interrupt();
    try {
      thread.join(2000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
