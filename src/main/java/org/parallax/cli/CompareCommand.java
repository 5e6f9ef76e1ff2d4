package org.parallax.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.parallax.model.AnnotationNote;
import org.parallax.model.Article;
import org.parallax.model.Comparison;
import org.parallax.report.ComparisonCsv;
import org.parallax.report.ComparisonJson;
import org.parallax.report.ComparisonText;
import org.parallax.report.HtmlEvidenceReport;
import org.parallax.workspace.Comparer;
import org.parallax.workspace.ComparisonService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code parallax compare}: compares two reports, or a batch of pairs, claim by claim. */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    description = {
      "Compare two reports claim by claim: which sentences they share (same or changed, and how),"
          + " which appear on one side only, the quotes, and whether one derives from the other.",
      "LEFT and RIGHT are files of any supported format (the first article of the file) or"
          + " article ids in the workspace. Put the presumed source (usually the earlier report)"
          + " on the left."
    },
    footer = {
      "",
      "Examples:",
      "  parallax compare reuters.txt diplomat.txt",
      "  parallax compare reuters.txt diplomat.txt --json > comparison.json",
      "  parallax compare reuters.txt diplomat.txt --html report.html --csv claims.csv",
      "  parallax compare --batch pairs.tsv > results.jsonl",
      "",
      "Exit codes: 0 the comparison ran (whatever it found), 1 an input could not be read"
          + " (with --batch: at least one pair failed), 2 bad usage."
    })
final class CompareCommand implements Callable<Integer> {

  private static final Logger LOG = LoggerFactory.getLogger(CompareCommand.class);

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "LEFT", description = "Left report.")
  String left;

  @Parameters(index = "1", arity = "0..1", paramLabel = "RIGHT", description = "Right report.")
  String right;

  @Option(
      names = "--json",
      description = "Print the comparison as JSON (schema 1, docs/json-schema.md), not as text.")
  boolean json;

  @Option(names = "--out", paramLabel = "FILE", description = "Also write the JSON to FILE.")
  Path out;

  @Option(
      names = "--html",
      paramLabel = "FILE",
      description = "Also write a self-contained HTML evidence report to FILE.")
  Path html;

  @Option(
      names = "--csv",
      paramLabel = "FILE",
      description = "Also write a CSV table (one row per pair or one-sided sentence) to FILE.")
  Path csv;

  @Option(
      names = "--batch",
      paramLabel = "FILE",
      description =
          "Compare every pair in FILE (one `LEFT<TAB>RIGHT` per line) and print one JSON object"
              + " per line, in order; a failed pair prints {\"error\": \"...\"}.")
  Path batch;

  @Option(
      names = "--no-embeddings",
      description = "Compare without sentence embeddings: faster, lexical signals only.")
  boolean noEmbeddings;

  @CommandLine.Mixin WorkspaceOption workspace;

  @Override
  public Integer call() throws IOException {
    ComparisonService service =
        noEmbeddings ? ComparisonService.withoutEmbeddings() : ComparisonService.withEmbeddings();
    try (ArticleSource articles = new ArticleSource(workspace.workspace, workspace.library)) {
      if (batch != null) {
        requireBatchAlone();
        return runBatch(articles.correcting(service), articles);
      }
      if (left == null || right == null) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "Name two reports (LEFT RIGHT), or a file of pairs with --batch");
      }
      Article leftArticle = articles.resolve(left);
      Article rightArticle = articles.resolve(right);
      Comparison comparison =
          articles.correcting(service).compare(leftArticle, rightArticle, articles.boilerplate());
      write(comparison, articles.annotationsOn(comparison));
      return 0;
    }
  }

  private void requireBatchAlone() {
    if (left != null || html != null || csv != null || out != null || json) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "--batch prints JSON Lines and takes no LEFT/RIGHT, --json, --out, --html or --csv");
    }
  }

  private void write(Comparison comparison, List<AnnotationNote> annotations) throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    if (json) {
      stdout.println(ComparisonJson.toPrettyString(comparison));
    } else {
      stdout.print(ComparisonText.summarize(comparison));
    }
    stdout.flush();
    if (out != null) {
      writeFile(out, ComparisonJson.toPrettyString(comparison) + "\n", "JSON");
    }
    if (csv != null) {
      writeFile(csv, ComparisonCsv.toCsv(comparison), "CSV table");
    }
    if (html != null) {
      writeFile(
          html,
          HtmlEvidenceReport.of(comparison).withAnnotations(annotations).render(),
          "HTML evidence report");
    }
  }

  private void writeFile(Path file, String content, String what) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(file, content, StandardCharsets.UTF_8);
    spec.commandLine().getErr().println("Wrote the " + what + " to " + file);
  }

  private int runBatch(Comparer service, ArticleSource articles) throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    int failures = 0;
    int lineNumber = 0;
    try (BufferedReader lines = Files.newBufferedReader(batch, StandardCharsets.UTF_8)) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        lineNumber++;
        if (line.isBlank()) {
          continue;
        }
        String result;
        try {
          result = ComparisonJson.toLine(compareLine(service, articles, line));
        } catch (RuntimeException e) {
          failures++;
          String message = batch + " line " + lineNumber + ": " + describe(e);
          LOG.debug("batch pair failed", e);
          spec.commandLine().getErr().println("parallax: " + message);
          result = ComparisonJson.errorLine(message);
        }
        stdout.println(result);
        stdout.flush();
      }
    }
    return failures == 0 ? 0 : 1;
  }

  private static Comparison compareLine(Comparer service, ArticleSource articles, String line) {
    int tab = line.indexOf('\t');
    if (tab < 0) {
      throw new IllegalArgumentException("expected LEFT<TAB>RIGHT, found no tab");
    }
    Article leftArticle = articles.resolve(line.substring(0, tab).strip());
    Article rightArticle = articles.resolve(line.substring(tab + 1).strip());
    return service.compare(leftArticle, rightArticle);
  }

  private static String describe(RuntimeException e) {
    return e.getMessage() != null ? e.getMessage() : e.toString();
  }
}
