package org.phare.core.testing;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates the real open data of {@code ../shared/data} for tests.
 *
 * <p>The folder is resolved from the {@code phare.shared.dir} system property (set by the Maven
 * build to {@code <repo>/../shared}), else by walking up from the working directory until a sibling
 * {@code shared/data} is found. A missing file fails the test with the path it looked for, never
 * silently skips.
 */
public final class SharedData {

  private SharedData() {}

  /** The {@code shared/data} folder. */
  public static Path dataDir() {
    String property = System.getProperty("phare.shared.dir");
    if (property != null && Files.isDirectory(Path.of(property, "data"))) {
      return Path.of(property, "data").toAbsolutePath().normalize();
    }
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      Path candidate = dir.resolveSibling("shared").resolve("data");
      if (Files.isDirectory(candidate)) {
        return candidate.normalize();
      }
      dir = dir.getParent();
    }
    throw new IllegalStateException(
        "the open-data folder ../shared/data was not found (phare.shared.dir="
            + property
            + ", working directory "
            + Path.of("").toAbsolutePath()
            + "); clone the repository beside shared/");
  }

  /** A file or folder under {@code shared/data}, which must exist. */
  public static Path path(String relative) {
    Path path = dataDir().resolve(relative.replace('/', File.separatorChar));
    if (!Files.exists(path)) {
      throw new IllegalStateException("missing open-data file " + path);
    }
    return path;
  }
}
