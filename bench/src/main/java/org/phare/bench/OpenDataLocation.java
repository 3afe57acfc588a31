package org.phare.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where benchmarks find ../shared/data: $PHARE_OPEN_DATA, else ../shared/data from the repo. */
public final class OpenDataLocation {

  private OpenDataLocation() {}

  public static Path dataDir() {
    String env = System.getenv("PHARE_OPEN_DATA");
    Path dir = env != null && !env.isBlank() ? Path.of(env) : Path.of("..", "shared", "data");
    if (!Files.isDirectory(dir.resolve("decoupage-administratif"))) {
      throw new IllegalStateException(
          "open data not found at "
              + dir.toAbsolutePath()
              + ": run from the repository root or set PHARE_OPEN_DATA");
    }
    return dir;
  }
}
