package org.parallax.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parallax.model.ArticleId;

/**
 * Takes a deleted article out of the saved scan and events results, so that {@code scan} and {@code
 * events --saved} (and the window's tabs) never show it again before the next run.
 *
 * <p>It belongs with the scan and events feature: it only knows where their results are saved and
 * what refers to an article in them.
 */
final class SavedResultsPruning {

  private SavedResultsPruning() {}

  /**
   * Removes an article from the saved results of a workspace.
   *
   * @param workspace the workspace folder
   * @param id the deleted article
   * @param before receives the bytes of each saved file changed, by its path in the workspace, so
   *     that an undo can put it back
   */
  static void remove(Path workspace, ArticleId id, Map<Path, byte[]> before) throws IOException {
    Optional<ScanResults> scan = SyndicationScan.load(workspace);
    if (scan.isPresent()) {
      List<ScanPair> kept =
          scan.get().pairs().stream()
              .filter(pair -> !refersTo(pair.source(), id) && !refersTo(pair.derived(), id))
              .toList();
      if (kept.size() < scan.get().pairs().size()) {
        keep(workspace, SyndicationScan.RESULTS, before);
        SyndicationScan.save(workspace, withPairs(scan.get(), kept));
      }
    }
    Optional<EventResults> events = EventGrouping.load(workspace);
    if (events.isPresent()) {
      List<EventGrouping.Event> kept = withoutReport(events.get().events(), id);
      if (!kept.equals(events.get().events())) {
        keep(workspace, EventGrouping.SAVED, before);
        EventResults results = events.get();
        JsonFiles.writeAtomically(
            workspace.resolve(EventGrouping.SAVED),
            new EventResults(
                results.groupedAt(),
                results.articles(),
                results.threshold(),
                results.millis(),
                kept));
      }
    }
  }

  /** Writes back the saved files as they were before {@link #remove}. */
  static void restore(Path workspace, Map<Path, byte[]> before) throws IOException {
    for (Map.Entry<Path, byte[]> file : before.entrySet()) {
      Path target = workspace.resolve(file.getKey());
      Path partial =
          Files.createTempFile(target.getParent(), target.getFileName().toString(), ".partial");
      Files.write(partial, file.getValue());
      Files.move(
          partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static boolean refersTo(ReportRef report, ArticleId id) {
    return report != null && id.value().equals(report.id());
  }

  private static void keep(Path workspace, Path file, Map<Path, byte[]> before) throws IOException {
    before.putIfAbsent(file, Files.readAllBytes(workspace.resolve(file)));
  }

  private static ScanResults withPairs(ScanResults results, List<ScanPair> pairs) {
    return new ScanResults(
        results.scannedAt(),
        results.since(),
        results.articles(),
        results.candidatePairs(),
        results.comparedPairs(),
        results.millis(),
        pairs,
        results.embeddingRecheck(),
        results.recheckedPairs(),
        results.recheckMillis());
  }

  /**
   * Drops the report from every event; an event left with one report is no event, and one that lost
   * its earliest report takes the id and headline of the next (as a new grouping would).
   */
  private static List<EventGrouping.Event> withoutReport(
      List<EventGrouping.Event> events, ArticleId id) {
    List<EventGrouping.Event> kept = new ArrayList<>();
    for (EventGrouping.Event event : events) {
      List<ReportRef> reports =
          event.reports().stream().filter(report -> !refersTo(report, id)).toList();
      if (reports.size() == event.reports().size()) {
        kept.add(event);
      } else if (reports.size() >= 2) {
        ReportRef earliest = reports.get(0);
        kept.add(new EventGrouping.Event(earliest.id(), earliest.displayName(), reports));
      }
    }
    return kept;
  }
}
