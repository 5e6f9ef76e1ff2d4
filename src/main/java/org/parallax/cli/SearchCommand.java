package org.parallax.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.parallax.index.QuerySyntaxException;
import org.parallax.model.FacetCount;
import org.parallax.model.SearchHit;
import org.parallax.model.SearchResults;
import org.parallax.workspace.SearchRequest;
import org.parallax.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parallax search QUERY}: finds articles with Lucene query syntax. */
@Command(
    name = "search",
    description = {
      "Search the current version of every article (Lucene query syntax over title, body, byline,"
          + " outlet; all words must match unless you write OR)."
    })
final class SearchCommand implements Callable<Integer> {

  /** The sort orders a user can ask for. */
  enum Order {
    relevance,
    date
  }

  @Spec CommandSpec spec;
  @Mixin WorkspaceOption workspaceOption;

  @Parameters(
      paramLabel = "QUERY",
      description = "For example: Mali AND \"surveillance flights\", title:deal, outlet:Reuters.")
  String query;

  @Option(names = "--json", description = "Print JSON: {total, hits:[{id, outlet, title, ...}]}.")
  boolean json;

  @Option(
      names = "--outlet",
      paramLabel = "OUTLET",
      description = "Keep only this outlet (repeat for several).")
  List<String> outlets = List.of();

  @Option(
      names = "--date",
      paramLabel = "YYYY-MM-DD",
      description = "Keep only articles published on this date (repeat for several).")
  List<String> dates = List.of();

  @Option(
      names = "--sort",
      paramLabel = "ORDER",
      description = "relevance (default) or date (newest first).")
  Order sort = Order.relevance;

  @Option(
      names = "--limit",
      paramLabel = "N",
      description = "Most hits to print (default 10; 0 prints only the count and facets).")
  int limit = 10;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    SearchResults results;
    try (Workspace workspace = workspaceOption.openForReading()) {
      results =
          workspace.search(
              new SearchRequest(query, outlets, dates, sort == Order.date, Math.max(1, limit)));
    } catch (QuerySyntaxException e) {
      spec.commandLine().getErr().println("parallax search: " + e.getMessage());
      return 2;
    }
    // The index returns at least one hit; --limit 0 asks for the count and facets alone.
    List<SearchHit> shown = limit <= 0 ? List.of() : results.hits();
    if (json) {
      ObjectNode root = HitPrinter.json(results.total(), shown);
      HitPrinter.addFacets(root, results.facets());
      HitPrinter.print(out, root);
      return 0;
    }
    out.printf(Locale.ROOT, "%d article(s) match; showing %d.%n", results.total(), shown.size());
    HitPrinter.printText(out, shown);
    printFacet(out, "Outlets", results.facets().getOrDefault("outlet", List.of()));
    printFacet(out, "Dates", results.facets().getOrDefault("published", List.of()));
    printFacet(out, "Annotation tags", results.facets().getOrDefault("annotation tag", List.of()));
    return 0;
  }

  private static void printFacet(PrintWriter out, String name, List<FacetCount> counts) {
    if (!counts.isEmpty()) {
      out.printf(
          Locale.ROOT,
          "%s: %s%n",
          name,
          counts.stream()
              .map(c -> c.value() + " (" + c.count() + ")")
              .collect(Collectors.joining(", ")));
    }
  }
}
