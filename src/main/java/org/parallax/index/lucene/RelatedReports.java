package org.parallax.index.lucene;

import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.parallax.index.EntityTerms;
import org.parallax.model.Article;
import org.parallax.model.ArticleId;
import org.parallax.model.SearchHit;

/**
 * Finds the other reports on the same event as an article.
 *
 * <p>The query joins three signals: the article's most distinctive words (a MoreLikeThis query over
 * title and body), the capitalised names it shares with other reports ({@link EntityTerms}), and,
 * when its date is known, closeness in time. Reports with a known date more than {@link #WINDOW}
 * away are left out; reports without a date stay in, ranked on text alone. A score is the report's
 * match divided by the article's match with itself, so 1 means "as close as a copy".
 */
final class RelatedReports {

  /** How far apart two dated reports on one event can be. */
  static final Duration WINDOW = Duration.ofDays(7);

  private static final int MAX_QUERY_TERMS = 40;
  private static final float ENTITY_WEIGHT = 0.5f;
  private static final float TIME_WEIGHT = 0.3f;
  private static final int MAX_ENTITY_TERMS = 40;
  private static final int MIN_MAX_DOC_FREQ = 10;
  private static final int HIGHLIGHTED_HITS = 10;
  private static final int HIGHLIGHTED_TERMS = 12;

  private RelatedReports() {}

  static List<SearchHit> find(
      IndexSearcher searcher, Article article, int limit, boolean withSnippets) throws IOException {
    ReaderMemo memo = ReaderMemo.of(searcher.getIndexReader());
    Query textQuery = remembered(searcher, memo, textQuery(searcher, article));
    BooleanQuery.Builder evidence = new BooleanQuery.Builder();
    evidence.add(textQuery, BooleanClause.Occur.SHOULD);
    evidence.add(
        new BoostQuery(entityQuery(searcher, memo, article), ENTITY_WEIGHT),
        BooleanClause.Occur.SHOULD);
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    query.add(evidence.build(), BooleanClause.Occur.MUST);
    query.add(LuceneArticleIndex.currentOnly(), BooleanClause.Occur.FILTER);
    if (article.published() != null) {
      long at = article.published().approximateInstant().toEpochMilli();
      query.add(
          LongField.newDistanceFeatureQuery(
              IndexSchema.PUBLISHED, TIME_WEIGHT, at, Duration.ofDays(2).toMillis()),
          BooleanClause.Occur.SHOULD);
      query.add(withinWindowOrUndated(memo, at), BooleanClause.Occur.FILTER);
    }
    Query scored = query.build();
    // One search gives both the other reports and, almost always, the article's own match (it
    // shares every word with itself): the match every score is divided by.
    TopDocs withSelf = searcher.search(scored, Math.max(1, limit) + 1);
    StoredFields stored = searcher.storedFields();
    float selfScore = -1;
    List<ScoreDoc> othersFound = new ArrayList<>(withSelf.scoreDocs.length);
    for (ScoreDoc doc : withSelf.scoreDocs) {
      // Only current versions match, so the article's id names its own document.
      if (memo.idOf(doc.doc, stored).equals(article.id().value())) {
        selfScore = doc.score;
      } else if (othersFound.size() < Math.max(1, limit)) {
        othersFound.add(doc);
      }
    }
    if (selfScore < 0) {
      selfScore = selfScore(searcher, scored, new Term(IndexSchema.ID, article.id().value()));
    }
    TopDocs top = new TopDocs(withSelf.totalHits, othersFound.toArray(new ScoreDoc[0]));
    String[] snippets = withSnippets ? snippets(searcher, textQuery, top) : new String[0];
    List<SearchHit> hits = new ArrayList<>();
    for (int i = 0; i < top.scoreDocs.length; i++) {
      ScoreDoc doc = top.scoreDocs[i];
      double score = selfScore > 0 ? doc.score / selfScore : 0;
      hits.add(
          withSnippets
              ? ArticleSearch.hit(stored, doc.doc, score, i < snippets.length ? snippets[i] : null)
              : idAndScore(memo.idOf(doc.doc, stored), score));
    }
    return List.copyOf(hits);
  }

  /**
   * Returns a hit that names its report and scores it and nothing more: what a workspace-wide
   * grouping needs, without reading each report's stored fields for every article it is related to.
   */
  private static SearchHit idAndScore(String id, double score) {
    return new SearchHit(
        new ArticleId(id), null, null, null, Math.min(1, Math.max(0, score)), null, null, null);
  }

  /**
   * Returns MoreLikeThis's query with each word's places remembered per reader ({@link
   * ReaderMemo#termQuery}): the same clauses, boosts and order, so the same matches and scores.
   */
  private static Query remembered(IndexSearcher searcher, ReaderMemo memo, Query moreLikeThis)
      throws IOException {
    if (!(moreLikeThis instanceof BooleanQuery words)) {
      return moreLikeThis;
    }
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    for (BooleanClause clause : words.clauses()) {
      Query word = clause.getQuery();
      if (word instanceof BoostQuery boosted && boosted.getQuery() instanceof TermQuery term) {
        word = new BoostQuery(memo.termQuery(searcher, term.getTerm()), boosted.getBoost());
      } else if (word instanceof TermQuery term) {
        word = memo.termQuery(searcher, term.getTerm());
      }
      query.add(word, clause.getOccur());
    }
    return query.build();
  }

  /**
   * Highlights the best reports with the article's most distinctive words. Highlighting costs more
   * than the search itself, so only the first {@value #HIGHLIGHTED_HITS} reports get it, with the
   * first {@value #HIGHLIGHTED_TERMS} words (MoreLikeThis lists the best first).
   */
  private static String[] snippets(IndexSearcher searcher, Query textQuery, TopDocs top)
      throws IOException {
    BooleanQuery.Builder best = new BooleanQuery.Builder();
    if (textQuery instanceof BooleanQuery terms) {
      terms.clauses().stream().limit(HIGHLIGHTED_TERMS).forEach(best::add);
    }
    ScoreDoc[] first =
        Arrays.copyOf(top.scoreDocs, Math.min(HIGHLIGHTED_HITS, top.scoreDocs.length));
    return ArticleSearch.highlighter(searcher)
        .highlight(IndexSchema.BODY, best.build(), new TopDocs(top.totalHits, first), 2);
  }

  private static Query textQuery(IndexSearcher searcher, Article article) throws IOException {
    // The same reader, remembering its word frequencies across articles (ReaderMemo).
    MoreLikeThis moreLikeThis =
        new MoreLikeThis(ReaderMemo.of(searcher.getIndexReader()).forMoreLikeThis());
    moreLikeThis.setAnalyzer(IndexSchema.analyzer());
    // The title is repeated in the text below instead of being a field of its own: one document
    // frequency lookup per word instead of two, and the body is where other reports use the word.
    moreLikeThis.setFieldNames(new String[] {IndexSchema.BODY});
    moreLikeThis.setMinTermFreq(1);
    moreLikeThis.setMinDocFreq(2);
    // Words in more than a fifth of a large library say nothing about the event; a small library
    // keeps them all, or two reports alone would share no usable word.
    moreLikeThis.setMaxDocFreq(Math.max(MIN_MAX_DOC_FREQ, searcher.getIndexReader().numDocs() / 5));
    moreLikeThis.setMaxQueryTerms(MAX_QUERY_TERMS);
    moreLikeThis.setBoost(true);
    String text = IndexSchema.bodyOf(article);
    if (article.title() != null) {
      text = article.title() + "\n\n" + article.title() + "\n\n" + text;
    }
    return moreLikeThis.like(IndexSchema.BODY, new StringReader(text));
  }

  private static Query entityQuery(IndexSearcher searcher, ReaderMemo memo, Article article)
      throws IOException {
    String names = article.title() == null ? "" : article.title() + "\n\n";
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    for (String name :
        EntityTerms.of(names + IndexSchema.bodyOf(article)).stream()
            .limit(MAX_ENTITY_TERMS)
            .toList()) {
      query.add(
          memo.termQuery(searcher, new Term(IndexSchema.ENTITIES, name)),
          BooleanClause.Occur.SHOULD);
    }
    return query.build();
  }

  /**
   * Returns the filter to dated reports within {@link #WINDOW} of {@code at} and to undated ones,
   * both as lists Lucene can lead the search with (a date range, the reader's undated reports) so
   * that a query visits the reports of a few days instead of every report sharing a word with the
   * article; where the library holds no undated report, the date range alone.
   */
  private static Query withinWindowOrUndated(ReaderMemo memo, long at) throws IOException {
    Query inWindow =
        LongField.newRangeQuery(
            IndexSchema.PUBLISHED, at - WINDOW.toMillis(), at + WINDOW.toMillis());
    UndatedReports undated = memo.undated();
    if (undated.isEmpty()) {
      return inWindow;
    }
    return new BooleanQuery.Builder()
        .add(inWindow, BooleanClause.Occur.SHOULD)
        .add(undated, BooleanClause.Occur.SHOULD)
        .build();
  }

  private static float selfScore(IndexSearcher searcher, Query query, Term self)
      throws IOException {
    Query onlySelf =
        new BooleanQuery.Builder()
            .add(query, BooleanClause.Occur.MUST)
            .add(new TermQuery(self), BooleanClause.Occur.FILTER)
            .build();
    TopDocs top = searcher.search(onlySelf, 1);
    return top.scoreDocs.length == 0 ? 0 : top.scoreDocs[0].score;
  }
}
