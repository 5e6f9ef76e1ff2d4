package org.parallax.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.parallax.evaluation.EcbPlusDocument;
import org.parallax.evaluation.EcbPlusReader;
import org.parallax.evaluation.RelatedReportsEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parallax evaluate related}: precision of related reports on ECB+. */
@Command(
    name = "related",
    description = {
      "Index the 982 ECB+ documents in a temporary workspace, ask related reports for each, and",
      "print precision at 5 and mean average precision (same topic and sub-topic = relevant)."
    })
final class EvaluateRelatedCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "The shared data folder holding ecbplus/ (default: ../shared/data).")
  Path data = Path.of("..", "shared", "data");

  @Override
  public Integer call() throws Exception {
    Path corpus = data.resolve("ecbplus").resolve("ECB+");
    if (!Files.isDirectory(corpus)) {
      spec.commandLine()
          .getErr()
          .println("parallax evaluate related: no ECB+ corpus in " + corpus + "; use --data DIR");
      return 2;
    }
    spec.commandLine().getErr().println("evaluate: reading " + corpus);
    List<EcbPlusDocument> documents = EcbPlusReader.readAll(corpus);
    Path scratch = Files.createTempDirectory("parallax-ecbplus-");
    RelatedReportsEvaluation.Result result;
    try {
      result = RelatedReportsEvaluation.run(documents, scratch);
    } finally {
      deleteRecursively(scratch);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "documents              %d%n", result.documents());
    out.printf(Locale.ROOT, "queries                %d%n", result.queries());
    out.printf(Locale.ROOT, "P@5                    %.3f%n", result.precisionAt5());
    out.printf(Locale.ROOT, "MAP                    %.3f%n", result.meanAveragePrecision());
    out.printf(Locale.ROOT, "hard negatives in top5 %.3f%n", result.hardNegativeShareAt5());
    out.printf(
        Locale.ROOT, "queries with one+ in top5 %.3f%n", result.queriesWithHardNegativeAt5());
    out.printf(Locale.ROOT, "median related ms      %.1f%n", result.medianMillis());
    return 0;
  }

  static void deleteRecursively(Path folder) throws IOException {
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
