package org.parallax.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The sample reports bundled in the jar under {@code /sample-data/}, listed in its {@code
 * index.txt}, that a new default workspace is seeded with.
 */
final class BundledSamples {

  private static final String FOLDER = "/sample-data/";

  private BundledSamples() {}

  /** Returns the names the bundled index lists (none when nothing is bundled). */
  static List<String> names() throws IOException {
    try (InputStream in = BundledSamples.class.getResourceAsStream(FOLDER + "index.txt")) {
      if (in == null) {
        return List.of();
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .toList();
    }
  }

  /** Returns one bundled sample's bytes, or empty when it is listed but not bundled. */
  static Optional<byte[]> bytes(String name) throws IOException {
    try (InputStream in = BundledSamples.class.getResourceAsStream(FOLDER + name)) {
      return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
    }
  }
}
