package org.parallax.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.parallax.evaluation.EcbPlusDocument;
import org.parallax.evaluation.EcbPlusReader;
import picocli.CommandLine.Option;

/** The {@code --data} option of the ECB+ evaluations, and reading the corpus it names. */
final class EcbPlusData {

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "The shared data folder holding ecbplus/ (default: ../shared/data).")
  Path data = Path.of("..", "shared", "data");

  /**
   * Returns the ECB+ documents, or empty after telling the user on {@code err} where the corpus was
   * looked for.
   *
   * @param command the command's name, for the message
   */
  Optional<List<EcbPlusDocument>> read(String command, PrintWriter err) throws IOException {
    Path corpus = data.resolve("ecbplus").resolve("ECB+");
    if (!Files.isDirectory(corpus)) {
      err.println("parallax " + command + ": no ECB+ corpus in " + corpus + "; use --data DIR");
      return Optional.empty();
    }
    err.println("evaluate: reading " + corpus);
    return Optional.of(EcbPlusReader.readAll(corpus));
  }

  /** Deletes a scratch folder and everything in it. */
  static void deleteRecursively(Path folder) throws IOException {
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
