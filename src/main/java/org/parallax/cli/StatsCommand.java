package org.parallax.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.parallax.syndication.EventGrouping;
import org.parallax.syndication.EventResults;
import org.parallax.syndication.ScanResults;
import org.parallax.syndication.SyndicationScan;
import org.parallax.workspace.Workspace;
import org.parallax.workspace.WorkspaceStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parallax stats}: the workspace at a glance. */
@Command(
    name = "stats",
    description =
        "Print the workspace at a glance: articles, outlets, date range, index size, last scan and"
            + " events grouping.")
final class StatsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin WorkspaceOption workspaceOption;

  @Option(
      names = "--json",
      description =
          "Print JSON: {workspace, articles, outlets, undated, earliest, latest, indexBytes,"
              + " lastScan, lastEvents}.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    WorkspaceStats stats;
    String folder;
    String lastScan;
    String lastEvents;
    try (Workspace workspace = workspaceOption.openForReading()) {
      stats = workspace.stats();
      folder = workspace.folder().toString();
      lastScan = SyndicationScan.load(workspace.folder()).map(ScanResults::scannedAt).orElse(null);
      lastEvents = EventGrouping.load(workspace.folder()).map(EventResults::groupedAt).orElse(null);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      ObjectNode root = HitPrinter.JSON.createObjectNode();
      root.put("workspace", folder);
      root.put("articles", stats.articles());
      root.put("outlets", stats.outlets());
      root.put("undated", stats.undated());
      root.put("earliest", stats.earliest() == null ? null : stats.earliest().toIso());
      root.put("latest", stats.latest() == null ? null : stats.latest().toIso());
      root.put("indexBytes", stats.indexBytes());
      root.put("lastScan", lastScan);
      root.put("lastEvents", lastEvents);
      HitPrinter.print(out, root);
      return 0;
    }
    out.printf(Locale.ROOT, "Workspace:   %s%n", folder);
    out.printf(
        Locale.ROOT,
        "Articles:    %d (%d outlet(s), %d undated)%n",
        stats.articles(),
        stats.outlets(),
        stats.undated());
    out.printf(
        Locale.ROOT,
        "Published:   %s%n",
        stats.earliest() == null
            ? "no dated article"
            : stats.earliest().toIso() + " to " + stats.latest().toIso());
    out.printf(Locale.ROOT, "Index size:  %s%n", size(stats.indexBytes()));
    out.printf(Locale.ROOT, "Last scan:   %s%n", orNever(lastScan, "parallax scan"));
    out.printf(Locale.ROOT, "Last events: %s%n", orNever(lastEvents, "parallax events"));
    return 0;
  }

  private static String size(long bytes) {
    return bytes < 1024 * 1024
        ? String.format(Locale.ROOT, "%.0f KB", bytes / 1024.0)
        : String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
  }

  private static String orNever(String when, String command) {
    return when != null ? when : "never (run " + command + ")";
  }
}
