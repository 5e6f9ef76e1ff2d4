package org.parallax.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.parallax.correction.ThresholdFit;
import org.parallax.workspace.Calibration;
import org.parallax.workspace.ComparisonService;
import org.parallax.workspace.Workspace;
import org.parallax.workspace.WorkspaceCalibrator;
import org.parallax.workspace.WorkspaceCalibrator.Decision;
import org.parallax.workspace.WorkspaceCorrections;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parallax calibrate}: fit the workspace's thresholds on its analysts' corrections. */
@Command(
    name = "calibrate",
    description = {
      "Fit the workspace's pairing and derivation thresholds on its analysts' corrections: each"
          + " link, unlink or relation labels a pair of claims, each verdict a pair of reports.",
      "Prints, per decision, how many labels agree with the shipped settings and with thresholds"
          + " fitted on the other folds (5-fold cross-validation; leave-one-out under 10 labels),"
          + " and stores the fit in the workspace only when it beats the shipped settings on the"
          + " held-out labels beyond chance (one-sided sign test on the labels where the two"
          + " disagree, p < 0.05). The workspace's comparisons then run on it; shipped defaults"
          + " never change."
    })
final class CalibrateCommand implements Callable<Integer> {

  @Spec CommandLine.Model.CommandSpec spec;
  @Mixin WorkspaceOption workspaceOption;

  @Option(names = "--reset", description = "Return the workspace to the shipped settings.")
  boolean reset;

  @Option(
      names = "--no-embeddings",
      description =
          "Fit only the lexical pairing threshold and the derivation bands (faster, no model to"
              + " load); the threshold with embeddings stays as it is shipped.")
  boolean noEmbeddings;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    try (Workspace workspace = workspaceOption.openExisting()) {
      WorkspaceCorrections corrections = workspace.annotations().corrections();
      if (reset) {
        boolean had = corrections.resetCalibration();
        out.println(
            had
                ? "Calibration removed: the workspace runs on the shipped settings."
                : "The workspace already runs on the shipped settings.");
        return 0;
      }
      spec.commandLine()
          .getErr()
          .println("calibrate: comparing the " + corrections.all().size() + " corrections' pairs");
      WorkspaceCalibrator.Outcome outcome =
          new WorkspaceCalibrator(
                  corrections,
                  ComparisonService.withoutEmbeddings(),
                  noEmbeddings ? null : ComparisonService.withEmbeddings(),
                  Clock.systemUTC())
              .calibrate();
      print(out, outcome);
    }
    return 0;
  }

  private static void print(PrintWriter out, WorkspaceCalibrator.Outcome outcome) {
    out.println(outcome.labelled() + " correction(s) label a decision.");
    if (outcome.results().isEmpty()) {
      out.println(
          "Nothing to learn from: links, unlinks, relations and verdicts label decisions."
              + " Settings unchanged.");
      return;
    }
    out.println(
        String.format(
            Locale.ROOT,
            "%-26s %6s %4s  %-14s %-14s %s",
            "decision",
            "labels",
            "yes",
            "shipped",
            "held-out",
            "threshold"));
    for (Map.Entry<Decision, ThresholdFit.Result> entry : outcome.results().entrySet()) {
      ThresholdFit.Result result = entry.getValue();
      out.println(
          String.format(
              Locale.ROOT,
              "%-26s %6d %4d  %-14s %-14s %.3f -> %.3f  p=%.3f %s",
              entry.getKey().label(),
              result.count(),
              result.positives(),
              share(result.agreeShipped(), result.count()),
              share(result.agreeHeldOut(), result.count()),
              result.shipped(),
              result.fitted(),
              result.pValue(),
              result.improves() ? "fitted" : "shipped kept"));
    }
    if (outcome.stored().isPresent()) {
      Calibration stored = outcome.stored().get();
      out.println(
          String.format(
              Locale.ROOT,
              "Stored: the workspace now runs on align %.3f, lexical align %.3f, derived from %.3f,"
                  + " independent below %.3f (%s).",
              stored.alignThreshold(),
              stored.lexicalAlignThreshold(),
              stored.derivedFrom(),
              stored.independentBelow(),
              stored.label()));
    } else {
      out.println(
          "Held-out agreement does not beat the shipped settings beyond chance (p < "
              + ThresholdFit.SIGNIFICANCE
              + "); settings unchanged.");
    }
  }

  private static String share(int agree, int count) {
    return String.format(Locale.ROOT, "%d/%d (%.0f%%)", agree, count, 100.0 * agree / count);
  }
}
