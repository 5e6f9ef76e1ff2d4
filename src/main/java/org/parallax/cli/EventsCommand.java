package org.parallax.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.parallax.syndication.EventGrouping;
import org.parallax.syndication.EventMatrix;
import org.parallax.syndication.EventResults;
import org.parallax.syndication.IncrementalEvents;
import org.parallax.syndication.ReportRef;
import org.parallax.syndication.ScanProgress;
import org.parallax.workspace.ComparisonService;
import org.parallax.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parallax events}: groups the workspace into same-event clusters. */
@Command(
    name = "events",
    description = {
      "Group the workspace's reports into events and list each event's reports by time.",
      "Reports join by shared distinctive words, names and closeness in time; the grouping is saved"
          + " in events/events.json. With --saved, list the events saved last instead of grouping"
          + " again. A grouping saved before is updated with the articles added, replaced or"
          + " deleted since, unless --full. With --matrix ID, print the claims x reports matrix of the event holding"
          + " article ID."
    })
final class EventsCommand implements Callable<Integer> {

  /** Claim text shown per row of the text matrix. */
  private static final int CLAIM_WIDTH = 72;

  @Spec CommandSpec spec;
  @Mixin WorkspaceOption workspaceOption;

  @Option(
      names = "--json",
      description =
          "Print JSON: {groupedAt, articles, threshold, millis, events:[{id, headline,"
              + " reports:[...]}]} or the matrix.")
  boolean json;

  @Option(
      names = "--saved",
      description = "Use the events saved by the last grouping instead of grouping again.")
  boolean saved;

  @Option(
      names = "--full",
      description =
          "Link every article again instead of updating the saved grouping with the articles"
              + " added, replaced or deleted since (done anyway when they pass a tenth of the"
              + " library or the threshold differs).")
  boolean full;

  @Option(
      names = "--matrix",
      paramLabel = "ID",
      description = "Print the claims x reports matrix of the event holding this article id.")
  String matrixOf;

  @Option(
      names = "--threshold",
      paramLabel = "X",
      description = "Average link two groups need to merge, 0-1 (default: ${DEFAULT-VALUE}).")
  double threshold = EventGrouping.DEFAULT_THRESHOLD;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter out = spec.commandLine().getOut();
    if (threshold <= 0 || threshold > 1) {
      err.println("parallax events: --threshold must be in (0, 1]");
      return 2;
    }
    if (saved && spec.commandLine().getParseResult().hasMatchedOption("--threshold")) {
      err.println("parallax events: --threshold applies to a new grouping, not to --saved");
      return 2;
    }
    try (Workspace workspace =
        saved ? workspaceOption.openForReading() : workspaceOption.openExisting()) {
      Optional<EventResults> results =
          saved ? savedEvents(workspace, err) : Optional.of(group(workspace, err));
      if (results.isEmpty()) {
        return 1;
      }
      List<EventGrouping.Event> events = results.get().events();
      if (matrixOf == null) {
        printEvents(out, results.get());
        return 0;
      }
      Optional<EventGrouping.Event> event = EventGrouping.eventOf(events, matrixOf);
      if (event.isEmpty()) {
        err.println(
            "parallax events: article "
                + matrixOf
                + " is in no event with another report (events lists the ids)");
        return 1;
      }
      err.println("events: aligning the reports of the event with its earliest report");
      EventMatrix matrix =
          EventMatrix.of(
              workspace,
              event.get(),
              ComparisonService.withEmbeddings()
                  .correctedBy(workspace.annotations().corrections()));
      printMatrix(out, matrix);
      return 0;
    }
  }

  private EventResults group(Workspace workspace, PrintWriter err) throws IOException {
    ScanProgress progress =
        (stage, done, total, links) -> {
          if (done == total || done % 1_000 == 0) {
            err.printf(Locale.ROOT, "events: linked %d/%d articles%n", done, total);
          }
        };
    if (!full) {
      Optional<EventResults> updated =
          IncrementalEvents.update(workspace, threshold, IncrementalEvents.DRIFT_LIMIT, progress);
      if (updated.isPresent()) {
        err.println(
            "events: updated the saved grouping with the articles added, replaced or deleted"
                + " since (--full links every article again)");
        return updated.get();
      }
    }
    return EventGrouping.group(workspace, threshold, progress);
  }

  private static Optional<EventResults> savedEvents(Workspace workspace, PrintWriter err)
      throws IOException {
    Optional<EventResults> results = EventGrouping.load(workspace.folder());
    if (results.isEmpty()) {
      err.println(
          "parallax events: no saved events in "
              + workspace.folder()
              + "; run parallax events without --saved to group the workspace");
    } else {
      err.printf(
          Locale.ROOT,
          "events: saved grouping of %s over %d articles%n",
          results.get().groupedAt(),
          results.get().articles());
    }
    return results;
  }

  private void printEvents(PrintWriter out, EventResults results) {
    if (json) {
      HitPrinter.print(out, HitPrinter.JSON.valueToTree(results));
      return;
    }
    List<EventGrouping.Event> events = results.events();
    out.printf(Locale.ROOT, "%d event(s) with two or more reports.%n", events.size());
    int rank = 1;
    for (EventGrouping.Event event : events) {
      out.printf(
          Locale.ROOT, "%n%d. event %s, %d reports%n", rank++, event.id(), event.reports().size());
      for (ReportRef report : event.reports()) {
        out.printf(
            Locale.ROOT,
            "   %-32s %s%n      id: %s%n",
            ScanCommand.outletAndDate(report),
            ScanCommand.title(report),
            report.id());
      }
    }
  }

  private void printMatrix(PrintWriter out, EventMatrix matrix) throws JsonProcessingException {
    if (json) {
      out.println(HitPrinter.JSON.writeValueAsString(matrix));
      return;
    }
    List<ReportRef> reports = matrix.reports();
    out.printf(
        Locale.ROOT,
        "Event %s: %d reports, %d claims.%n",
        matrix.eventId(),
        reports.size(),
        matrix.claims().size());
    for (int i = 0; i < reports.size(); i++) {
      out.printf(
          Locale.ROOT,
          "  R%d = %s  %s  (%s)%n",
          i + 1,
          ScanCommand.outletAndDate(reports.get(i)),
          ScanCommand.title(reports.get(i)),
          reports.get(i).id());
    }
    StringBuilder header = new StringBuilder();
    for (int i = 0; i < reports.size(); i++) {
      header.append(String.format(Locale.ROOT, "R%-3d", i + 1));
    }
    out.printf(Locale.ROOT, "%n%s FIRST ONCE CLAIM%n", header);
    for (EventMatrix.ClaimRow claim : matrix.claims()) {
      StringBuilder marks = new StringBuilder();
      int first = 0;
      for (int i = 0; i < reports.size(); i++) {
        String id = reports.get(i).id();
        marks.append(claim.reports().contains(id) ? " x  " : " .  ");
        if (id.equals(claim.first())) {
          first = i + 1;
        }
      }
      out.printf(
          Locale.ROOT,
          "%s R%-4d %-4s %s%n",
          marks,
          first,
          claim.onlyOnce() ? "yes" : "",
          shorten(claim.text().replaceAll("\\s+", " ").strip()));
    }
  }

  private static String shorten(String text) {
    return text.length() <= CLAIM_WIDTH ? text : text.substring(0, CLAIM_WIDTH - 3) + "...";
  }
}
