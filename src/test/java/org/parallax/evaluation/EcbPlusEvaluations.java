package org.parallax.evaluation;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * Runs the ECB+ evaluations from the project (they are not shipped in {@code parallax.jar}): {@code
 * java -cp "target/classes:target/test-classes:target/lib/*"
 * org.parallax.evaluation.EcbPlusEvaluations related --data ../shared/data}, or {@code events}.
 *
 * <p>Both evaluations share one skeleton: read the corpus, index it in a scratch workspace,
 * measure, print the figures on standard output, delete the scratch folder.
 */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = "Measure Parallax on the ECB+ corpus in the shared data folder.")
public final class EcbPlusEvaluations implements Runnable {

  /** What one evaluation measures on the corpus in a scratch folder and prints. */
  private interface Measurement {
    void measure(List<EcbPlusDocument> documents, Path scratch, PrintWriter out) throws IOException;
  }

  @Spec CommandSpec spec;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      scope = ScopeType.INHERIT,
      description = "The shared data folder holding ecbplus/ (default: ../shared/data).")
  Path data = Path.of("..", "shared", "data");

  /** Runs one evaluation named by the first argument and exits with its code. */
  public static void main(String[] args) {
    CommandLine command = new CommandLine(new EcbPlusEvaluations());
    command.setOut(new PrintWriter(System.out, true, StandardCharsets.UTF_8));
    command.setErr(new PrintWriter(System.err, true, StandardCharsets.UTF_8));
    System.exit(command.execute(args));
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }

  /** Precision of related reports: same topic and sub-topic count as relevant. */
  @Command(
      name = "related",
      description = {
        "Index the 982 ECB+ documents in a temporary workspace, ask related reports for each, and",
        "print precision at 5 and mean average precision (same topic and sub-topic = relevant)."
      })
  int related() throws IOException {
    return evaluate("related", EcbPlusEvaluations::printRelated);
  }

  /** B-cubed quality of event grouping against topic and sub-topic. */
  @Command(
      name = "events",
      description = {
        "Index the ECB+ documents in a temporary workspace, group them into events and print",
        "B-cubed precision, recall and F1 against topic and sub-topic at several thresholds."
      })
  int events() throws IOException {
    return evaluate("events", EcbPlusEvaluations::printEvents);
  }

  private int evaluate(String name, Measurement measurement) throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    Path corpus = data.resolve("ecbplus").resolve("ECB+");
    if (!Files.isDirectory(corpus)) {
      err.println("evaluate " + name + ": no ECB+ corpus in " + corpus + "; use --data DIR");
      return 2;
    }
    err.println("evaluate " + name + ": reading " + corpus);
    List<EcbPlusDocument> documents = EcbPlusReader.readAll(corpus);
    Path scratch = Files.createTempDirectory("parallax-" + name + "-");
    try {
      measurement.measure(documents, scratch, spec.commandLine().getOut());
    } finally {
      deleteRecursively(scratch);
    }
    return 0;
  }

  private static void printRelated(List<EcbPlusDocument> documents, Path scratch, PrintWriter out)
      throws IOException {
    RelatedReportsEvaluation.Result result = RelatedReportsEvaluation.run(documents, scratch);
    out.printf(Locale.ROOT, "documents              %d%n", result.documents());
    out.printf(Locale.ROOT, "queries                %d%n", result.queries());
    out.printf(Locale.ROOT, "P@5                    %.3f%n", result.precisionAt5());
    out.printf(Locale.ROOT, "MAP                    %.3f%n", result.meanAveragePrecision());
    out.printf(Locale.ROOT, "hard negatives in top5 %.3f%n", result.hardNegativeShareAt5());
    out.printf(
        Locale.ROOT, "queries with one+ in top5 %.3f%n", result.queriesWithHardNegativeAt5());
    out.printf(Locale.ROOT, "median related ms      %.1f%n", result.medianMillis());
  }

  private static void printEvents(List<EcbPlusDocument> documents, Path scratch, PrintWriter out)
      throws IOException {
    EventClusteringEvaluation.Result result = EventClusteringEvaluation.run(documents, scratch);
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
  }

  private static void deleteRecursively(Path folder) throws IOException {
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
