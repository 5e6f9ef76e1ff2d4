package org.parallax.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.parallax.compare.SentenceJudgement;
import org.parallax.workspace.ComparisonService;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code parallax similarity}: the engine's sentence-level judgement of sentence pairs. */
@Command(
    name = "similarity",
    mixinStandardHelpOptions = true,
    description = {
      "Judge pairs of sentences as the comparison's alignment would. Reads lines of"
          + " `sentence1<TAB>sentence2` and prints, per line, `score<TAB>relation`: score in [0,1],"
          + " relation same (restated), changed (shared claim, something material changed) or"
          + " different (not the same claim)."
    },
    footer = {
      "",
      "Example:",
      "  printf 'The bridge reopens Friday.\\tOn Friday the bridge will reopen.\\n' | parallax"
          + " similarity",
      "",
      "Exit codes: 0 every line was judged, 1 some line had no tab (it prints `error<TAB>reason`),"
          + " 2 bad usage."
    })
final class SimilarityCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "FILE",
      defaultValue = "-",
      description = "File of sentence pairs; - or nothing for standard input.")
  String input;

  @Option(
      names = "--no-embeddings",
      description = "Judge without sentence embeddings: lexical signals only.")
  boolean noEmbeddings;

  @Override
  public Integer call() throws IOException {
    ComparisonService service =
        noEmbeddings ? ComparisonService.withoutEmbeddings() : ComparisonService.withEmbeddings();
    PrintWriter stdout = spec.commandLine().getOut();
    int failures = 0;
    int lineNumber = 0;
    try (BufferedReader lines = open()) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        lineNumber++;
        if (line.isBlank()) {
          continue;
        }
        int tab = line.indexOf('\t');
        if (tab < 0) {
          failures++;
          spec.commandLine().getErr().println("parallax: line " + lineNumber + ": no tab");
          stdout.println("error\tline " + lineNumber + " has no tab between the two sentences");
          continue;
        }
        SentenceJudgement judgement =
            service.judgeTexts(line.substring(0, tab).strip(), line.substring(tab + 1).strip());
        stdout.println(
            String.format(
                Locale.ROOT,
                "%.4f\t%s",
                Math.max(0.0, Math.min(1.0, judgement.score())),
                judgement.relationName()));
        stdout.flush();
      }
    }
    return failures == 0 ? 0 : 1;
  }

  private BufferedReader open() throws IOException {
    if (input.equals("-")) {
      return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    }
    return Files.newBufferedReader(Path.of(input), StandardCharsets.UTF_8);
  }
}
