package org.parallax.workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.AnalyzedSentence;
import org.parallax.model.Article;
import org.parallax.model.ArticleId;
import org.parallax.model.Comparison;
import org.parallax.model.SentencePair;

/**
 * The claims x reports matrix of one event: which claim appears in which report, who had it first,
 * and which claims appear only once.
 *
 * <p>Every report is aligned with the event's earliest report (the pivot) by the lexical engine.
 * The pivot's sentences are the first rows; each other report adds the sentences the pivot does not
 * share as rows of its own. Claims two later reports share without the pivot are therefore listed
 * once per report: the matrix is exact for what the pivot said, approximate for the rest.
 *
 * @param eventId the event's id (its earliest report)
 * @param reports the reports, earliest first: the columns
 * @param claims the rows
 */
public record EventMatrix(String eventId, List<ReportRef> reports, List<ClaimRow> claims) {

  /** Copies the lists so the record stays immutable. */
  public EventMatrix {
    reports = List.copyOf(reports);
    claims = List.copyOf(claims);
  }

  /**
   * One claim and the reports that carry it.
   *
   * @param text the claim's sentence as its first report words it
   * @param first the id of the earliest report that has it
   * @param reports ids of the reports that have it, earliest first
   * @param onlyOnce true when a single report has it
   */
  public record ClaimRow(String text, String first, List<String> reports, boolean onlyOnce) {

    /** Copies the reports so the record stays immutable. */
    public ClaimRow {
      reports = List.copyOf(reports);
    }
  }

  /**
   * Builds the matrix of an event.
   *
   * @param workspace the open workspace
   * @param event the event
   * @param comparer the engine that aligns each report with the pivot
   */
  public static EventMatrix of(
      Workspace workspace, EventGrouping.Event event, LexicalComparer comparer) {
    List<Article> reports = new ArrayList<>();
    for (ReportRef ref : event.reports()) {
      Optional<Article> article = workspace.article(new ArticleId(ref.id()));
      article.ifPresent(reports::add);
    }
    reports.sort(EventGrouping.EARLIEST_FIRST);
    Article pivot = reports.get(0);
    AnalyzedArticle analyzedPivot = comparer.analyze(pivot);
    List<List<String>> pivotCarriers = new ArrayList<>();
    for (int i = 0; i < analyzedPivot.sentences().size(); i++) {
      pivotCarriers.add(new ArrayList<>(List.of(pivot.id().value())));
    }
    List<ClaimRow> extra = new ArrayList<>();
    for (Article report : reports.subList(1, reports.size())) {
      Comparison comparison = comparer.compare(pivot, report);
      TreeSet<Integer> shared = new TreeSet<>();
      for (SentencePair pair : comparison.pairs()) {
        shared.addAll(pair.left());
      }
      shared.forEach(n -> pivotCarriers.get(n).add(report.id().value()));
      for (int n : comparison.rightOnly()) {
        AnalyzedSentence sentence = comparison.right().sentences().get(n);
        extra.add(
            new ClaimRow(sentence.text(), report.id().value(), List.of(report.id().value()), true));
      }
    }
    List<ClaimRow> rows = new ArrayList<>();
    for (int n = 0; n < pivotCarriers.size(); n++) {
      List<String> carriers = pivotCarriers.get(n);
      rows.add(
          new ClaimRow(
              analyzedPivot.sentences().get(n).text(),
              pivot.id().value(),
              carriers,
              carriers.size() == 1));
    }
    rows.addAll(extra);
    return new EventMatrix(event.id(), reports.stream().map(ReportRef::of).toList(), rows);
  }
}
