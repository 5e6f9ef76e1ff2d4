package org.parallax.evaluation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One pair of the STS Benchmark (headlines genre) with its gold similarity.
 *
 * @param id the pair's id in its file
 * @param gold the gold similarity, 0 to 5
 * @param first the first sentence
 * @param second the second sentence
 */
public record StsPair(String id, double gold, String first, String second) {

  /**
   * Reads an STS Benchmark TSV file: genre, file, year, id, score, sentence1, sentence2.
   *
   * @param file the TSV file
   * @return its pairs in file order
   * @throws IOException when the file cannot be read or a line is malformed
   */
  public static List<StsPair> read(Path file) throws IOException {
    List<StsPair> pairs = new ArrayList<>();
    int lineNumber = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      lineNumber++;
      if (line.isBlank()) {
        continue;
      }
      String[] columns = line.split("\t", -1);
      if (columns.length < 7) {
        throw new IOException(
            String.format(
                Locale.ROOT,
                "%s line %d: %d columns, expected 7",
                file,
                lineNumber,
                columns.length));
      }
      pairs.add(new StsPair(columns[3], Double.parseDouble(columns[4]), columns[5], columns[6]));
    }
    return pairs;
  }
}
