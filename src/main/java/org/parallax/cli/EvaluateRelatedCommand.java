package org.parallax.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.parallax.evaluation.EcbPlusDocument;
import org.parallax.evaluation.RelatedReportsEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code parallax evaluate related}: precision of related reports on ECB+. */
@Command(
    name = "related",
    description = {
      "Measure related reports on ECB+ (precision at 5, mean average precision).",
      "Indexes the 982 ECB+ documents in a temporary workspace and asks related reports for each;"
          + " same topic and sub-topic count as relevant."
    })
final class EvaluateRelatedCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin EcbPlusData corpus;

  @Override
  public Integer call() throws Exception {
    Optional<List<EcbPlusDocument>> read =
        corpus.read("evaluate related", spec.commandLine().getErr());
    if (read.isEmpty()) {
      return 2;
    }
    List<EcbPlusDocument> documents = read.get();
    Path scratch = Files.createTempDirectory("parallax-ecbplus-");
    RelatedReportsEvaluation.Result result;
    try {
      result = RelatedReportsEvaluation.run(documents, scratch);
    } finally {
      EcbPlusData.deleteRecursively(scratch);
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
}
