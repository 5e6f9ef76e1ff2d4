package org.parallax.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.parallax.model.Article;
import org.parallax.model.Titles;
import org.parallax.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parallax list}: the articles of the workspace, by outlet. */
@Command(
    name = "list",
    description = {
      "List the articles of the workspace: id, date, title and source file, grouped by outlet.",
      "An article without a title is listed by its file name. Works while another command writes"
          + " the workspace."
    })
final class ListCommand implements Callable<Integer> {

  /** How the outlet group of articles without an outlet is headed. */
  static final String UNKNOWN_OUTLET = "unknown outlet";

  @Spec CommandSpec spec;
  @Mixin WorkspaceOption workspaceOption;

  @Option(
      names = "--json",
      description =
          "Print JSON: {total, articles:[{id, title, outlet, published, file, version}]}.")
  boolean json;

  @Option(
      names = "--outlet",
      paramLabel = "OUTLET",
      description = "Keep only this outlet, any case (repeat for several).")
  List<String> outlets = List.of();

  @Option(
      names = "--since",
      paramLabel = "YYYY-MM-DD",
      description =
          "Keep only articles published on or after this date (undated ones are left out).")
  LocalDate since;

  @Override
  public Integer call() throws Exception {
    List<Article> articles;
    try (Workspace workspace = workspaceOption.openForReading()) {
      articles = workspace.articles().stream().filter(this::kept).toList();
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      HitPrinter.print(out, json(articles));
    } else {
      printText(out, articles);
    }
    return 0;
  }

  private boolean kept(Article article) {
    if (!outlets.isEmpty()
        && outlets.stream().noneMatch(outlet -> outlet.equalsIgnoreCase(article.outlet()))) {
      return false;
    }
    return since == null
        || (article.published() != null
            && article.published().approximateEpochMillis()
                >= since.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli());
  }

  private static ObjectNode json(List<Article> articles) {
    ObjectNode root = HitPrinter.JSON.createObjectNode();
    root.put("total", articles.size());
    ArrayNode array = root.putArray("articles");
    for (Article article : articles) {
      array
          .addObject()
          .put("id", article.id().value())
          .put("title", article.title())
          .put("outlet", article.outlet())
          .put("published", article.published() == null ? null : article.published().toIso())
          .put("file", fileName(article))
          .put("version", article.version());
    }
    return root;
  }

  private static void printText(PrintWriter out, List<Article> articles) {
    out.printf(Locale.ROOT, "%d article(s).%n", articles.size());
    Map<String, List<Article>> byOutlet = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (Article article : articles) {
      String outlet = article.outlet() == null ? UNKNOWN_OUTLET : article.outlet();
      byOutlet.computeIfAbsent(outlet, k -> new ArrayList<>()).add(article);
    }
    byOutlet.forEach(
        (outlet, group) -> {
          out.printf(Locale.ROOT, "%s (%d)%n", outlet, group.size());
          for (Article article : group) {
            String date = article.published() == null ? "undated" : article.published().toIso();
            String file = fileName(article);
            String title = Titles.of(article);
            out.printf(
                Locale.ROOT,
                "  %s  %-10s  %s%s%n",
                article.id().value(),
                date,
                title,
                file == null || file.equals(title) ? "" : "  [" + file + "]");
          }
        });
  }

  private static String fileName(Article article) {
    return article.source() == null ? null : article.source().name();
  }
}
