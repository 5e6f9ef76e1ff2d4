package org.parallax.cli;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.parallax.model.Annotation;
import org.parallax.model.ArticleId;
import org.parallax.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parallax annotate ID --quote WORDS --tag T}: annotates a passage from a script. */
@Command(
    name = "annotate",
    description = {
      "Annotate the first occurrence of some words in an article's current version.",
      "The author is the workspace's (settings.json), else the operating system user. Prints the"
          + " new annotation's id."
    })
final class AnnotateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin WorkspaceOption workspaceOption;

  @Parameters(paramLabel = "ID", description = "The article id (as search and show print it).")
  String id;

  @Option(
      names = "--quote",
      required = true,
      paramLabel = "WORDS",
      description = "The exact words to annotate.")
  String quote;

  @Option(
      names = "--tag",
      required = true,
      paramLabel = "TAG",
      description = "A codebook tag; repeat for several.")
  List<String> tags;

  @Option(names = "--note", paramLabel = "TEXT", description = "A free note.")
  String note;

  @Override
  public Integer call() throws Exception {
    Annotation annotation;
    try (Workspace workspace = workspaceOption.openExisting()) {
      annotation =
          workspace
              .annotations()
              .annotateQuote(new ArticleId(id), quote, tags, note == null ? "" : note);
    }
    spec.commandLine().getOut().println(annotation.id());
    spec.commandLine()
        .getErr()
        .printf(
            Locale.ROOT,
            "Annotated \"%s\" in %s at chars %d-%d with %s.%n",
            annotation.exact(),
            id,
            annotation.span().start(),
            annotation.span().end(),
            String.join(", ", annotation.tags()));
    return 0;
  }
}
