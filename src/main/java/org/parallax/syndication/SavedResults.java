package org.parallax.syndication;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parallax.model.ArticleId;
import org.parallax.workspace.JsonFiles;

/**
 * Takes a deleted article out of the saved scan and events results, so that the saved scan and
 * {@code events --saved} (and the window's tabs) never show it again before the next run, and puts
 * them back when the deletion is undone. Whoever deletes an article (the {@code delete} command,
 * the window's library) calls it after {@code Library.delete}: the workspace does not depend on
 * this feature.
 */
public final class SavedResults {

  private SavedResults() {}

  /**
   * Removes an article from the saved results of a workspace.
   *
   * @param workspace the workspace folder
   * @param id the deleted article
   * @return the bytes of each saved file changed, by its path in the workspace, for {@link
   *     #restore}; empty when no saved result named the article
   * @throws IOException when a saved file cannot be read or replaced
   */
  public static Map<Path, byte[]> removeArticle(Path workspace, ArticleId id) throws IOException {
    Map<Path, byte[]> before = new HashMap<>();
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
    return before;
  }

  /**
   * Writes back the saved files as they were before {@link #removeArticle}.
   *
   * @param workspace the workspace folder
   * @param before what {@link #removeArticle} returned
   * @throws IOException when a file cannot be written
   */
  public static void restore(Path workspace, Map<Path, byte[]> before) throws IOException {
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
