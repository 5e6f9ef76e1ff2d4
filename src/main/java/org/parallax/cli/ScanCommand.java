package org.parallax.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.parallax.model.ShortText;
import org.parallax.model.Titles;
import org.parallax.syndication.ReportRef;
import org.parallax.syndication.ScanPair;
import org.parallax.syndication.ScanResults;
import org.parallax.syndication.SyndicationScan;
import org.parallax.workspace.LexicalComparer;
import org.parallax.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parallax scan}: finds every report derived from another across the workspace. */
@Command(
    name = "scan",
    description = {
      "Find every pair of reports in which one derives from another.",
      "Also pairs that restate a common source; each with direction, coverage, verbatim share and"
          + " credit. Results are saved in scan/results.json."
    })
final class ScanCommand implements Callable<Integer> {

  /** Progress lines at most this often, in milliseconds. */
  private static final long PROGRESS_EVERY = 2_000;

  @Spec CommandSpec spec;
  @Mixin WorkspaceOption workspaceOption;

  @Option(names = "--json", description = "Print JSON: {articles, candidatePairs, pairs:[...]}.")
  boolean json;

  @Option(
      names = "--since",
      paramLabel = "DATE",
      description = "Scan only articles published on or after DATE (yyyy-MM-dd).")
  LocalDate since;

  @Option(
      names = "--no-embeddings",
      description = {
        "Verify with the lexical engine only: no re-check of pairs near the coverage line with"
            + " sentence embeddings (faster; the embedding model is not loaded)."
      })
  boolean noEmbeddings;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    ScanResults results;
    try (Workspace workspace = workspaceOption.openExisting()) {
      err.println("scan: loading the language models");
      SyndicationScan scan =
          noEmbeddings
              ? new SyndicationScan(
                  workspace,
                  LexicalComparer.standard(workspace.annotations().corrections().calibration()))
              : SyndicationScan.standard(workspace);
      long[] last = {System.currentTimeMillis()};
      results =
          scan.run(
              since,
              (stage, done, total, pairs) -> {
                long now = System.currentTimeMillis();
                if (now - last[0] >= PROGRESS_EVERY || done == total) {
                  last[0] = now;
                  err.printf(
                      Locale.ROOT,
                      "scan: %s %d/%d%s%n",
                      stageName(stage),
                      done,
                      total,
                      stage.equals("candidates") ? "" : ", " + pairs + " pair(s) found");
                }
              });
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(toJson(results));
    } else {
      printTable(out, results);
    }
    return 0;
  }

  private static String stageName(String stage) {
    return switch (stage) {
      case "verify" -> "verified candidate pairs";
      case "recheck" -> "re-checked with embeddings";
      default -> "looked up articles";
    };
  }

  private static String toJson(ScanResults results) {
    try {
      return HitPrinter.JSON.writeValueAsString(results);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("scan results always serialise", e);
    }
  }

  private static void printTable(PrintWriter out, ScanResults results) {
    out.printf(
        Locale.ROOT,
        "%d pair(s), %d of them partial reuse, among %d articles (%d candidate pairs, %d"
            + " compared, in %.1f s).%n",
        results.pairs().size(),
        results.pairs().stream().filter(ScanPair::partial).count(),
        results.articles(),
        results.candidatePairs(),
        results.comparedPairs(),
        results.millis() / 1000.0);
    if (results.embeddingRecheck()) {
      out.printf(
          Locale.ROOT,
          "%d compared pair(s) near the coverage line re-checked with embeddings (%.1f s).%n",
          results.recheckedPairs(),
          results.recheckMillis() / 1000.0);
    }
    if (results.pairs().isEmpty()) {
      return;
    }
    out.printf(
        Locale.ROOT,
        "%3s  %-44s %-9s %-9s %-10s %s%n",
        "#",
        "DERIVED <- SOURCE",
        "COVERAGE",
        "VERBATIM",
        "CREDITED",
        "CONFIDENCE");
    int rank = 1;
    for (ScanPair pair : results.pairs()) {
      String relation =
          outletAndDate(pair.derived())
              + (!ScanPair.DERIVED.equals(pair.verdict())
                  ? " <common source> "
                  : pair.partial() ? " <~ " : " <- ")
              + outletAndDate(pair.source());
      out.printf(
          Locale.ROOT,
          "%3d  %-44s %3.0f%%/%3.0f%% %7.0f%%  %-10s %.2f%s%n",
          rank++,
          relation,
          pair.coverage().derivedBySource() * 100,
          pair.coverage().sourceByDerived() * 100,
          pair.verbatimShare() * 100,
          pair.version()
              ? "version"
              : pair.credited() == null ? "?" : pair.credited() ? "yes" : "NO",
          pair.confidence(),
          ScanPair.EMBEDDINGS.equals(pair.decidedBy()) ? "  (embeddings)" : "");
      out.printf(Locale.ROOT, "     derived: %s  %s%n", pair.derived().id(), title(pair.derived()));
      out.printf(Locale.ROOT, "     source:  %s  %s%n", pair.source().id(), title(pair.source()));
    }
    out.println(
        "<-: derives from the source; <~: partly derives from it (under half of the derived");
    out.println("report restates it, the rest is its own).");
    out.println("Coverage: share of the derived report restated from the source / share of the");
    out.println("source the derived report uses. Verbatim: share of the derived report's words");
    out.println("in passages copied word for word. Credited ?: the source's outlet is unknown.");
    out.println(
        "(embeddings): listed by the re-check with sentence embeddings, not the lexical pass.");
  }

  static String outletAndDate(ReportRef report) {
    String outlet = report.outlet() != null ? report.outlet() : "Unknown outlet";
    String date = report.published() != null ? report.published() : "undated";
    return outlet + " (" + (date.length() > 10 ? date.substring(0, 10) : date) + ")";
  }

  /** Characters of a headline shown per report in the text output. */
  private static final int TITLE_CHARS = 90;

  static String title(ReportRef report) {
    String name = report.displayName();
    if (name == null) {
      return Titles.UNTITLED;
    }
    // One line of a terminal: the JSON output keeps the whole headline.
    return ShortText.cut(name, TITLE_CHARS);
  }
}
