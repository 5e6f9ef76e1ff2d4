package org.parallax.syndication;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import org.parallax.analysis.TextFigures;
import org.parallax.compare.ComparisonEngine;
import org.parallax.compare.HeadlineTopic;
import org.parallax.compare.KeyEntities;
import org.parallax.compare.StockPhrases;
import org.parallax.model.ArticleId;
import org.parallax.workspace.LexicalComparer;
import org.parallax.workspace.Workspace;

/**
 * Reads what keeps each report out of an event ({@link EventGrouping.EventKeys}) for many reports
 * at once, in memory a large workspace can afford.
 *
 * <p>A report's headline keys hold every word of its text, so that another report's key can be
 * looked up in it; 100,000 reports' words overflowed a 3 GB heap. While reading, reports share one
 * copy of each word; once every report is read, {@link #narrowed} keeps of each only the words that
 * can name one of the keys read, which answers every question the grouping asks exactly as before.
 */
final class ReportCentres {

  private ReportCentres() {}

  /**
   * Reads the names each report's headline centres on (outside the given boilerplate), its date,
   * title figures and headline topic, on every core. Reports not found are left out.
   *
   * @param workspace the open workspace
   * @param ids the reports to read
   * @param progress told after each report (stage {@code centres})
   * @param common the workspace's boilerplate
   */
  static Map<String, EventGrouping.EventKeys> read(
      Workspace workspace, List<ArticleId> ids, ScanProgress progress, StockPhrases common) {
    ComparisonEngine engine = LexicalComparer.standardEngine();
    Map<String, String> words = new ConcurrentHashMap<>();
    List<Callable<EventGrouping.EventKeys>> reads = new ArrayList<>(ids.size());
    for (ArticleId id : ids) {
      reads.add(
          () ->
              workspace
                  .article(id)
                  .map(
                      a -> {
                        KeyEntities centre = engine.centreKeys(a, common);
                        return new EventGrouping.EventKeys(
                            centre.sharingWords(words),
                            a.published() == null ? null : a.published().approximateInstant(),
                            EventGrouping.titleFigures(a),
                            HeadlineTopic.of(a, centre),
                            TextFigures.of(a.text()));
                      })
                  .orElse(null));
    }
    List<EventGrouping.EventKeys> read;
    try {
      read = EveryCore.run(reads, "centres", progress, keys -> 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, EventGrouping.EventKeys> centres = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      if (read.get(i) != null) {
        centres.put(ids.get(i).value(), read.get(i));
      }
    }
    return centres;
  }

  /**
   * Returns the same keys, each report keeping only the words that can name a key of one of them
   * ({@link KeyEntities#keepingWordsThatName}): exact as long as no report outside {@code centres}
   * is ever compared with them, as in a full grouping.
   */
  static Map<String, EventGrouping.EventKeys> narrowed(
      Map<String, EventGrouping.EventKeys> centres) {
    NavigableSet<String> allKeys = new TreeSet<>();
    for (EventGrouping.EventKeys keys : centres.values()) {
      if (keys.centre() != null) {
        allKeys.addAll(keys.centre().leadKeys());
      }
    }
    Map<String, EventGrouping.EventKeys> narrowed = new HashMap<>(centres.size() * 2);
    centres.forEach(
        (id, keys) ->
            narrowed.put(
                id,
                keys.centre() == null
                    ? keys
                    : new EventGrouping.EventKeys(
                        keys.centre().keepingWordsThatName(allKeys),
                        keys.published(),
                        keys.figures(),
                        keys.topic(),
                        keys.textFigures())));
    return narrowed;
  }
}
