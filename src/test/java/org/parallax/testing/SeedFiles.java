package org.parallax.testing;

import java.nio.file.Path;
import java.util.List;

/**
 * The canonical seed pair as the project ships it in {@code sample-data/}, so the tests that read
 * it run on any clone (the copy in {@code ../shared/seeds} is the same two files).
 */
public final class SeedFiles {

  /** The Reuters report (Dakar, 9 March 2026), the canonical earlier, left report. */
  public static final String REUTERS = "001_aa5dbbe83f48b604.txt";

  /** The Diplomat.so report (Bamako, 10 March 2026), the canonical later, right report. */
  public static final String DIPLOMAT = "000_67141a5d6f504527.txt";

  private SeedFiles() {}

  /** Returns the folder holding the seeds (tests run in the project folder). */
  public static Path folder() {
    return Path.of("sample-data");
  }

  /** Returns the Reuters seed file. */
  public static Path reuters() {
    return folder().resolve(REUTERS);
  }

  /** Returns the Diplomat.so seed file. */
  public static Path diplomat() {
    return folder().resolve(DIPLOMAT);
  }

  /** Returns both seed files, Reuters first. */
  public static List<Path> both() {
    return List.of(reuters(), diplomat());
  }
}
