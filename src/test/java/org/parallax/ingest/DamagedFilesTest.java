package org.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded damage to every golden fixture (truncation, flipped bytes, cut-out ranges): a damaged file
 * is read or refused with an {@link IngestException}, never another exception.
 */
class DamagedFilesTest {

  private static final int DAMAGES_PER_FIXTURE = 60;

  @Test
  void damagedFixturesAreReadOrRefusedWithAReason() throws Exception {
    long seed = Long.getLong("parallax.test.seed", System.nanoTime());
    System.out.println(
        "DamagedFilesTest seed " + seed + " (replay with -Dparallax.test.seed=" + seed + ")");
    Random random = new Random(seed);
    ArticleReaders readers = ArticleReaders.standard();
    List<Path> fixtures = GoldenFixturesTest.fixtures().toList();
    int refused = 0;
    for (Path fixture : fixtures) {
      byte[] original = Files.readAllBytes(fixture);
      for (int i = 0; i < DAMAGES_PER_FIXTURE; i++) {
        byte[] damaged = damage(original, random);
        try {
          assertThat(readers.read(fixture.getFileName().toString(), damaged)).isNotNull();
        } catch (IngestException expected) {
          refused++;
          assertThat(expected.getMessage()).doesNotContain("\tat ").doesNotContain("Exception:");
        } catch (RuntimeException escaped) {
          throw new AssertionError(
              "seed " + seed + ", " + fixture + " damage " + i + " escaped as " + escaped, escaped);
        }
      }
    }
    System.out.println(
        "DamagedFilesTest refused " + refused + " of " + fixtures.size() * DAMAGES_PER_FIXTURE);
  }

  private static byte[] damage(byte[] original, Random random) {
    byte[] bytes = original.clone();
    switch (random.nextInt(3)) {
      case 0 -> {
        return Arrays.copyOf(bytes, random.nextInt(bytes.length + 1));
      }
      case 1 -> {
        for (int flips = 1 + random.nextInt(8); flips > 0; flips--) {
          bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
        }
        return bytes;
      }
      default -> {
        int from = random.nextInt(bytes.length);
        int to = Math.min(bytes.length, from + 1 + random.nextInt(200));
        byte[] cut = new byte[bytes.length - (to - from)];
        System.arraycopy(bytes, 0, cut, 0, from);
        System.arraycopy(bytes, to, cut, from, bytes.length - to);
        return cut;
      }
    }
  }
}
