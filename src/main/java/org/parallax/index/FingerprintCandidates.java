package org.parallax.index;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.parallax.model.ArticleId;
import org.parallax.scan.Fingerprints;

/**
 * Finds the current reports that share at least K fingerprints with an article: one query per
 * article, so a scan of the whole index costs one query per report instead of one comparison per
 * pair.
 *
 * <p>Each fingerprint is a constant-score clause worth 1, so a hit's score is the number of
 * fingerprints it shares.
 */
final class FingerprintCandidates {

  /** Lucene refuses more than 1,024 clauses; long articles keep an evenly spread sample. */
  static final int MAX_CLAUSES = 512;

  private FingerprintCandidates() {}

  static List<FingerprintMatch> find(
      IndexSearcher searcher,
      ArticleId id,
      String body,
      Long publishedMillis,
      int minShared,
      Duration window,
      int limit)
      throws IOException {
    List<String> prints = spread(Fingerprints.of(body));
    if (prints.isEmpty()) {
      return List.of();
    }
    BooleanQuery.Builder shared = new BooleanQuery.Builder();
    for (String print : prints) {
      shared.add(
          new ConstantScoreQuery(new TermQuery(new Term(IndexSchema.FINGERPRINT, print))),
          BooleanClause.Occur.SHOULD);
    }
    // A report shorter than K fingerprints can still be copied whole: ask for all it has.
    shared.setMinimumNumberShouldMatch(Math.min(minShared, prints.size()));
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    query.add(shared.build(), BooleanClause.Occur.MUST);
    query.add(ArticleIndex.currentOnly(), BooleanClause.Occur.FILTER);
    query.add(new TermQuery(new Term(IndexSchema.ID, id.value())), BooleanClause.Occur.MUST_NOT);
    if (window != null && publishedMillis != null) {
      query.add(withinOrUndated(publishedMillis, window.toMillis()), BooleanClause.Occur.FILTER);
    }
    TopDocs top = searcher.search(query.build(), Math.max(1, limit));
    StoredFields stored = searcher.storedFields();
    List<FingerprintMatch> matches = new ArrayList<>(top.scoreDocs.length);
    for (ScoreDoc hit : top.scoreDocs) {
      String other = stored.document(hit.doc, Set.of(IndexSchema.ID)).get(IndexSchema.ID);
      matches.add(new FingerprintMatch(new ArticleId(other), Math.round(hit.score), prints.size()));
    }
    return matches;
  }

  private static List<String> spread(List<String> prints) {
    if (prints.size() <= MAX_CLAUSES) {
      return prints;
    }
    List<String> kept = new ArrayList<>(MAX_CLAUSES);
    for (int i = 0; i < MAX_CLAUSES; i++) {
      kept.add(prints.get((int) ((long) i * prints.size() / MAX_CLAUSES)));
    }
    return kept;
  }

  private static Query withinOrUndated(long at, long window) {
    Query undated =
        new BooleanQuery.Builder()
            .add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST)
            .add(new FieldExistsQuery(IndexSchema.PUBLISHED), BooleanClause.Occur.MUST_NOT)
            .build();
    return new BooleanQuery.Builder()
        .add(
            LongField.newRangeQuery(IndexSchema.PUBLISHED, at - window, at + window),
            BooleanClause.Occur.SHOULD)
        .add(undated, BooleanClause.Occur.SHOULD)
        .build();
  }
}
