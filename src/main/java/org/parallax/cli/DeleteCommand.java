package org.parallax.cli;

import java.io.Console;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.parallax.model.Annotation;
import org.parallax.model.Article;
import org.parallax.model.ArticleId;
import org.parallax.model.Titles;
import org.parallax.syndication.SavedResults;
import org.parallax.workspace.DeletedArticle;
import org.parallax.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parallax delete ID...}: removes articles from the workspace. */
@Command(
    name = "delete",
    description = {
      "Delete articles: every version, the original files and their place in saved scan and events"
          + " results.",
      "Annotations on a deleted article are kept as orphans and listed. Asks first unless --yes;"
          + " exit code 1 when an id is not stored."
    })
final class DeleteCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin WorkspaceOption workspaceOption;

  @Parameters(arity = "1..*", paramLabel = "ID", description = "Article ids, as list prints them.")
  List<String> ids;

  @Option(
      names = {"-y", "--yes"},
      description = "Delete without asking (needed when not run at a terminal).")
  boolean yes;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    try (Workspace workspace = workspaceOption.openExisting()) {
      List<Article> found = new ArrayList<>();
      List<String> unknown = new ArrayList<>();
      for (String id : ids) {
        workspace.article(new ArticleId(id)).ifPresentOrElse(found::add, () -> unknown.add(id));
      }
      for (String id : unknown) {
        err.printf(
            Locale.ROOT, "parallax delete: no article with id %s (list prints the ids)%n", id);
      }
      if (found.isEmpty()) {
        return 1;
      }
      int exitCode = unknown.isEmpty() ? 0 : 1;
      if (!yes && System.console() == null) {
        err.println(
            "parallax delete: not run at a terminal, so nothing was deleted; add --yes to delete"
                + " without asking");
        return 2;
      }
      if (!yes && !confirmed(err, found)) {
        return exitCode;
      }
      for (Article article : found) {
        Optional<DeletedArticle> deleted = workspace.delete(article.id());
        if (deleted.isPresent()) {
          boolean pruned = !SavedResults.removeArticle(workspace.folder(), article.id()).isEmpty();
          report(err, deleted.get(), pruned);
        }
      }
      err.printf(
          Locale.ROOT,
          "Deleted %d article(s). The workspace holds %d article(s).%n",
          found.size(),
          workspace.size());
      return exitCode;
    }
  }

  private static boolean confirmed(PrintWriter err, List<Article> articles) {
    Console console = System.console();
    String names =
        articles.stream()
            .map(a -> a.id().value() + " (" + Titles.of(a) + ")")
            .collect(Collectors.joining(", "));
    String answer = console.readLine("Delete %d article(s): %s? [y/N] ", articles.size(), names);
    boolean yesAnswer = answer != null && answer.strip().toLowerCase(Locale.ROOT).startsWith("y");
    if (!yesAnswer) {
      err.println("Nothing deleted.");
    }
    return yesAnswer;
  }

  private static void report(PrintWriter err, DeletedArticle deleted, boolean pruned) {
    err.printf(
        Locale.ROOT,
        "Deleted %s (%s): %d version(s), %d original file(s)%s.%n",
        deleted.id().value(),
        Titles.of(deleted.current()),
        deleted.versions().size(),
        deleted.originals().size(),
        pruned ? ", taken out of the saved scan and events results" : "");
    List<Annotation> orphans = deleted.orphanedAnnotations();
    if (!orphans.isEmpty()) {
      err.printf(
          Locale.ROOT,
          "  %d annotation(s) on it are kept as orphans (parallax annotations list shows them;"
              + " ingesting the article again re-attaches them): %s%n",
          orphans.size(),
          orphans.stream().map(Annotation::id).collect(Collectors.joining(", ")));
    }
  }
}
