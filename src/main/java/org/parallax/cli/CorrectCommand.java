package org.parallax.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.parallax.model.Article;
import org.parallax.model.Comparison;
import org.parallax.model.Correction;
import org.parallax.model.CorrectionKind;
import org.parallax.report.CorrectionWords;
import org.parallax.workspace.ComparisonService;
import org.parallax.workspace.Workspace;
import org.parallax.workspace.WorkspaceCorrections;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parallax correct}: an analyst's corrections of the comparison of two reports. */
@Command(
    name = "correct",
    description = {
      "Correct what the engine said about two reports; the correction is stored in the workspace"
          + " (W3C Web Annotation) and applied whenever the two are compared again.",
      "Sentences are numbered as compare prints them: L3 is sentence 3 of LEFT, R1 of RIGHT."
    },
    footer = {
      "",
      "Examples:",
      "  parallax correct 6736aa315c22263e 9edccf9cd2db999b --link L:28=R:11",
      "  parallax correct LEFT RIGHT --unlink L:3=R:1 --not-a-difference L:1=R:0:title",
      "  parallax correct LEFT RIGHT --verdict independent --reason \"both quote the ministry\"",
      "",
      "Exit codes: 0 saved, 1 a report or the workspace could not be read, 2 bad usage."
    })
final class CorrectCommand implements Callable<Integer> {

  @Spec CommandLine.Model.CommandSpec spec;
  @Mixin WorkspaceOption workspaceOption;

  @Parameters(index = "0", paramLabel = "LEFT", description = "Left report (id or file).")
  String left;

  @Parameters(index = "1", paramLabel = "RIGHT", description = "Right report (id or file).")
  String right;

  @Option(
      names = "--link",
      paramLabel = "L:n[,n]=R:n[,n]",
      description = "These sentences state the same claim: pair them.")
  List<String> links = new ArrayList<>();

  @Option(
      names = "--unlink",
      paramLabel = "L:n=R:n",
      description = "These sentences do not state the same claim.")
  List<String> unlinks = new ArrayList<>();

  @Option(
      names = "--relation",
      paramLabel = "L:n=R:n:REL",
      description = "The pair's relation: same, changed or different.")
  List<String> relations = new ArrayList<>();

  @Option(
      names = "--not-a-difference",
      paramLabel = "L:n=R:n:TYPE",
      description = "The pair's difference of TYPE (title, entity, ...) is no difference.")
  List<String> dismissals = new ArrayList<>();

  @Option(
      names = "--retype",
      paramLabel = "L:n=R:n:TYPE:NEW",
      description = "The pair's difference of TYPE is of type NEW.")
  List<String> retypes = new ArrayList<>();

  @Option(
      names = "--verdict",
      paramLabel = "VERDICT",
      description =
          "The verdict: right-derives-from-left, left-derives-from-right, common-source,"
              + " independent or unknown; needs --reason.")
  String verdict;

  @Option(names = "--reason", paramLabel = "TEXT", description = "Why (required for --verdict).")
  String reason;

  @Override
  public Integer call() throws Exception {
    List<Request> requests = requests();
    if (requests.isEmpty()) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "Say what to correct: --link, --unlink, --relation, --not-a-difference, --retype or"
              + " --verdict");
    }
    PrintWriter out = spec.commandLine().getOut();
    try (Workspace workspace = workspaceOption.openExisting();
        ArticleSource articles = new ArticleSource(workspace)) {
      Article leftArticle = articles.resolve(left);
      Article rightArticle = articles.resolve(right);
      WorkspaceCorrections corrections = workspace.annotations().corrections();
      spec.commandLine().getErr().println("correct: comparing the two reports");
      Comparison comparison =
          ComparisonService.withEmbeddings()
              .correctedBy(corrections)
              .compare(leftArticle, rightArticle, workspace.boilerplate());
      for (Request request : requests) {
        Correction saved =
            corrections.correct(
                comparison,
                request.kind(),
                request.refs().left(),
                request.refs().right(),
                request.value(),
                reason);
        out.println(describe(saved, request.refs()) + "  " + saved.id());
      }
    }
    return 0;
  }

  private static String describe(Correction correction, SentenceRefs refs) {
    return (refs.text().isEmpty() ? "" : refs.text() + "  ") + CorrectionWords.of(correction);
  }

  /** One correction asked for on the command line. */
  private record Request(CorrectionKind kind, SentenceRefs refs, String value) {}

  private List<Request> requests() {
    List<Request> requests = new ArrayList<>();
    try {
      links.forEach(l -> requests.add(new Request(CorrectionKind.LINK, SentenceRefs.parse(l), "")));
      unlinks.forEach(
          u -> requests.add(new Request(CorrectionKind.UNLINK, SentenceRefs.parse(u), "")));
      relations.forEach(r -> requests.add(withValue(CorrectionKind.RELATION, r, 1)));
      dismissals.forEach(d -> requests.add(withValue(CorrectionKind.NOT_A_DIFFERENCE, d, 1)));
      retypes.forEach(t -> requests.add(withValue(CorrectionKind.RETYPE, t, 2)));
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    if (verdict != null) {
      if (reason == null || reason.isBlank()) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "--verdict needs a short --reason TEXT");
      }
      requests.add(new Request(CorrectionKind.VERDICT, SentenceRefs.NONE, verdict));
    }
    return requests;
  }

  /** Splits {@code L:3=R:1:title} into the sentences and {@code values} trailing values. */
  private static Request withValue(CorrectionKind kind, String argument, int values) {
    String[] parts = argument.split(":");
    if (parts.length < 3 + values) {
      throw new IllegalArgumentException(
          "expected L:n=R:n followed by " + values + " value(s) after ':', got " + argument);
    }
    int cut = parts.length - values;
    String refs = String.join(":", Arrays.copyOfRange(parts, 0, cut));
    String value = String.join(">", Arrays.copyOfRange(parts, cut, parts.length));
    return new Request(kind, SentenceRefs.parse(refs), value);
  }
}
