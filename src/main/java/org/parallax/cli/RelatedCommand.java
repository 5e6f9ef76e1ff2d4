package org.parallax.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.parallax.model.ArticleId;
import org.parallax.model.SearchHit;
import org.parallax.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parallax related ID}: lists other reports on the same event. */
@Command(
    name = "related",
    description = {
      "List the other reports on the same event as an article, best first.",
      "Ranked by shared distinctive words, shared names and closeness in time (scores 0-1)."
    })
final class RelatedCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin WorkspaceOption workspaceOption;

  @Parameters(paramLabel = "ID", description = "The article id, as search prints it.")
  String id;

  @Option(names = "--json", description = "Print JSON: {total, hits:[...]} as search does.")
  boolean json;

  @Option(names = "--limit", paramLabel = "N", description = "Most reports to print (default 10).")
  int limit = 10;

  @Override
  public Integer call() throws Exception {
    List<SearchHit> hits;
    try (Workspace workspace = workspaceOption.openForReading()) {
      ArticleId articleId = new ArticleId(id);
      if (workspace.article(articleId).isEmpty()) {
        spec.commandLine()
            .getErr()
            .println("parallax related: no article with id " + id + " (search prints the ids)");
        return 1;
      }
      hits = workspace.related(articleId, Math.max(1, limit));
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      HitPrinter.print(out, HitPrinter.json(hits.size(), hits));
    } else {
      out.printf(Locale.ROOT, "%d related report(s).%n", hits.size());
      HitPrinter.printText(out, hits);
    }
    return 0;
  }
}
