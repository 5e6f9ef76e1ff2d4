package org.parallax.cli;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The seed pair in {@code ../shared/seeds}; tests that need it are skipped where it is absent. */
final class Seeds {

  private Seeds() {}

  /** Returns the Reuters seed, the canonical left report. */
  static Path reuters() {
    return seed("001_aa5dbbe83f48b604.txt");
  }

  /** Returns the Diplomat.so seed, the canonical right report. */
  static Path diplomat() {
    return seed("000_67141a5d6f504527.txt");
  }

  private static Path seed(String name) {
    String folder = System.getProperty("parallax.shared.seeds", "../shared/seeds");
    Path file = Path.of(folder, name);
    assumeTrue(Files.isRegularFile(file), "seed " + file + " is absent; skipping");
    return file;
  }
}
