package org.phare.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.phare.core.testing.SharedData;

/**
 * One Phare per test JVM: an embedded PostgreSQL in a temporary folder, loaded with the real open
 * data of {@code ../shared/data}. Starting and loading take seconds, so test classes share it;
 * tests that change data must leave it as they found it (imports that fail change nothing, by
 * design).
 */
public final class TestPhare {

  private static PhareServices instance;

  private TestPhare() {}

  public static synchronized PhareServices get() {
    if (instance == null) {
      try {
        Path dir = Files.createTempDirectory("phare-test-");
        Settings settings = new Settings(null, dir.resolve("pgdata"), SharedData.dataDir());
        instance = PhareServices.open(settings);
        Runtime.getRuntime().addShutdownHook(new Thread(instance::close));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return instance;
  }
}
