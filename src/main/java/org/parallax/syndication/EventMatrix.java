package org.parallax.syndication;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.AnalyzedSentence;
import org.parallax.model.Article;
import org.parallax.model.ArticleId;
import org.parallax.model.BlockKind;
import org.parallax.model.Comparison;
import org.parallax.model.SentencePair;
import org.parallax.workspace.Comparer;
import org.parallax.workspace.Workspace;

/**
 * The claims x reports matrix of one event: which claim appears in which report, who had it first,
 * and which claims appear only once.
 *
 * <p>Every report is aligned with the event's earliest report (the pivot) by the lexical engine.
 * The pivot's sentences are the first rows; each later report, in time order, adds the sentences
 * the pivot does not share, after aligning them with the claims earlier later reports added, so a
 * claim first seen in the second report and repeated by the fifth is one row carried by both. Photo
 * captions and credits are not rows.
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
   * @param comparer the engine that aligns the reports: the comparison view's (embeddings included)
   *     so the matrix and the view agree, or the lexical one where speed matters
   */
  public static EventMatrix of(Workspace workspace, EventGrouping.Event event, Comparer comparer) {
    List<Article> reports = new ArrayList<>();
    for (ReportRef ref : event.reports()) {
      Optional<Article> article = workspace.article(new ArticleId(ref.id()));
      article.ifPresent(reports::add);
    }
    reports.sort(EventGrouping.EARLIEST_FIRST);
    Article pivot = reports.get(0);
    List<Comparison> withPivot = new ArrayList<>();
    for (Article report : reports.subList(1, reports.size())) {
      withPivot.add(comparer.compare(pivot, report));
    }
    if (withPivot.isEmpty()) {
      return new EventMatrix(event.id(), List.of(ReportRef.of(pivot)), List.of());
    }
    AnalyzedArticle analyzedPivot = withPivot.get(0).left();
    List<Row> rows = new ArrayList<>();
    Map<Integer, Row> pivotRows = new HashMap<>();
    for (int n = 0; n < analyzedPivot.sentences().size(); n++) {
      AnalyzedSentence sentence = analyzedPivot.sentences().get(n);
      if (isClaim(sentence)) {
        Row row = new Row(sentence.text(), pivot, n);
        rows.add(row);
        pivotRows.put(n, row);
      }
    }
    for (int r = 1; r < reports.size(); r++) {
      Article report = reports.get(r);
      Comparison pivotComparison = withPivot.get(r - 1);
      for (SentencePair pair : pivotComparison.pairs()) {
        for (int n : pair.left()) {
          Row row = pivotRows.get(n);
          if (row != null) {
            row.carry(report);
          }
        }
      }
      TreeSet<Integer> unshared = new TreeSet<>();
      for (int n : pivotComparison.rightOnly()) {
        if (isClaim(pivotComparison.right().sentences().get(n))) {
          unshared.add(n);
        }
      }
      joinEarlierClaims(rows, pivot, report, unshared, comparer);
      for (int n : unshared) {
        rows.add(new Row(pivotComparison.right().sentences().get(n).text(), report, n));
      }
    }
    return new EventMatrix(
        event.id(),
        reports.stream().map(ReportRef::of).toList(),
        rows.stream().map(Row::claim).toList());
  }

  /**
   * Photo captions and credits ("FILE PHOTO: …", "REUTERS/…/File Photo") describe a picture, not
   * the event: the comparison aligns them, but they are not claims of the matrix.
   */
  private static boolean isClaim(AnalyzedSentence sentence) {
    return sentence.sentence().kind() != BlockKind.CAPTION;
  }

  /**
   * Aligns a report's sentences the earliest report lacks with the claims later reports added
   * before it, so a claim two later reports share is one row with both, not two rows "only once".
   * One comparison per earlier report that added claims, and only while sentences remain.
   */
  private static void joinEarlierClaims(
      List<Row> rows, Article pivot, Article report, TreeSet<Integer> unshared, Comparer comparer) {
    List<Article> adders = new ArrayList<>();
    for (Row row : rows) {
      if (row.origin != pivot && !adders.contains(row.origin)) {
        adders.add(row.origin);
      }
    }
    for (Article earlier : adders) {
      if (unshared.isEmpty()) {
        return;
      }
      Comparison comparison = comparer.compare(earlier, report);
      for (SentencePair pair : comparison.pairs()) {
        List<Integer> mine = pair.right().stream().filter(unshared::contains).toList();
        if (mine.isEmpty()) {
          continue;
        }
        for (Row row : rows) {
          if (row.origin == earlier && pair.left().contains(row.sentence)) {
            row.carry(report);
            unshared.removeAll(mine);
          }
        }
      }
    }
  }

  /** A row while the matrix is built: its claim, the report it came from and who carries it. */
  private static final class Row {
    private final String text;
    private final Article origin;
    private final int sentence;
    private final List<String> carriers = new ArrayList<>();

    Row(String text, Article origin, int sentence) {
      this.text = text;
      this.origin = origin;
      this.sentence = sentence;
      carriers.add(origin.id().value());
    }

    void carry(Article report) {
      String id = report.id().value();
      if (!carriers.contains(id)) {
        carriers.add(id);
      }
    }

    ClaimRow claim() {
      return new ClaimRow(text, origin.id().value(), carriers, carriers.size() == 1);
    }
  }
}
