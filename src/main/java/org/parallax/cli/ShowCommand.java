package org.parallax.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.parallax.ingest.ArticleJson;
import org.parallax.model.Article;
import org.parallax.model.ArticleId;
import org.parallax.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parallax show ID}: prints one article with all its metadata. */
@Command(
    name = "show",
    description = "Print the current version of an article: its metadata and its parts.")
final class ShowCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin WorkspaceOption workspaceOption;

  @Parameters(paramLabel = "ID", description = "The article id, as search prints it.")
  String id;

  @Option(names = "--json", description = "Print the article as JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    Optional<Article> found;
    int versions;
    try (Workspace workspace = workspaceOption.openForReading()) {
      ArticleId articleId = new ArticleId(id);
      found = workspace.article(articleId);
      versions = workspace.versions(articleId).size();
    }
    if (found.isEmpty()) {
      spec.commandLine()
          .getErr()
          .println("parallax show: no article with id " + id + " (search prints the ids)");
      return 1;
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      HitPrinter.print(out, ArticleJson.toJson(found.get()));
    } else {
      printText(out, found.get(), versions);
    }
    return 0;
  }

  private static void printText(PrintWriter out, Article article, int versions) {
    line(out, "Id", article.id().value());
    line(out, "Version", article.version() + " of " + versions);
    line(out, "Outlet", article.outlet());
    line(out, "Title", article.title());
    line(out, "Byline", article.byline());
    line(out, "Dateline", article.dateline());
    line(out, "Published", article.published() == null ? null : article.published().toIso());
    line(out, "Language", article.language());
    line(out, "URL", article.url());
    if (article.source() != null) {
      line(
          out,
          "Source",
          article.source().name()
              + " ("
              + article.source().format()
              + ", sha256 "
              + article.source().sha256()
              + ")");
    }
    line(out, "Content hash", article.contentHash());
    line(out, "Ingested", article.ingestedAt() == null ? null : article.ingestedAt().toString());
    section(out, "Headings", article.headings());
    section(out, "Captions", article.captions());
    section(out, "Paragraphs", article.paragraphs());
  }

  private static void line(PrintWriter out, String name, String value) {
    out.printf(Locale.ROOT, "%-13s %s%n", name + ":", value == null ? "-" : value);
  }

  private static void section(PrintWriter out, String name, List<String> texts) {
    if (texts.isEmpty()) {
      return;
    }
    out.printf(Locale.ROOT, "%n%s (%d):%n", name, texts.size());
    for (String text : texts) {
      out.printf(Locale.ROOT, "  %s%n", text.replaceAll("\\s*\\n\\s*", " "));
    }
  }
}
