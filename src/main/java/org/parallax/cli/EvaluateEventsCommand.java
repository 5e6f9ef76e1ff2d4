package org.parallax.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.parallax.evaluation.EcbPlusDocument;
import org.parallax.evaluation.EventClusteringEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code parallax evaluate events}: B-cubed quality of event grouping on ECB+. */
@Command(
    name = "events",
    description = {
      "Measure event grouping on ECB+ (B-cubed precision, recall and F1).",
      "Indexes the ECB+ documents in a temporary workspace, groups them into events and scores"
          + " them against topic and sub-topic at several thresholds."
    })
final class EvaluateEventsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin EcbPlusData corpus;

  @Override
  public Integer call() throws Exception {
    Optional<List<EcbPlusDocument>> read =
        corpus.read("evaluate events", spec.commandLine().getErr());
    if (read.isEmpty()) {
      return 2;
    }
    List<EcbPlusDocument> documents = read.get();
    Path scratch = Files.createTempDirectory("parallax-events-");
    EventClusteringEvaluation.Result result;
    try {
      result = EventClusteringEvaluation.run(documents, scratch);
    } finally {
      EcbPlusData.deleteRecursively(scratch);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf(
        Locale.ROOT,
        "documents %d, gold events %d, links %d, %.1f s%n",
        result.documents(),
        result.events(),
        result.links(),
        result.millis() / 1000.0);
    out.println("threshold clusters B-cubed");
    result.points().forEach(point -> out.println(point.line()));
    out.println("held out (threshold chosen on the other topics)");
    result.heldOut().forEach(fold -> out.println(fold.line()));
    return 0;
  }
}
