package org.parallax.index.lucene;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * The current reports of one open reader that have no publication date, found once and then matched
 * as a list: a query Lucene can lead a search with.
 *
 * <p>"No date" is a field's absence, which Lucene can only test document by document, so a filter
 * "within the time window or undated" had to visit every report sharing a word with the article.
 * With the undated reports listed, the filter costs the reports of the window plus the undated
 * ones. It is valid for the reader it was built on only ({@link ReaderMemo} keeps it per reader).
 */
final class UndatedReports extends Query {

  private final FixedBitSet[] byLeaf;
  private final int count;

  private UndatedReports(FixedBitSet[] byLeaf, int count) {
    this.byLeaf = byLeaf;
    this.count = count;
  }

  /** Finds the current undated reports of the searcher's reader. */
  static UndatedReports of(IndexSearcher searcher) throws IOException {
    Query undated =
        new BooleanQuery.Builder()
            .add(LuceneArticleIndex.currentOnly(), BooleanClause.Occur.MUST)
            .add(new FieldExistsQuery(IndexSchema.PUBLISHED), BooleanClause.Occur.MUST_NOT)
            .build();
    Weight weight =
        searcher.createWeight(searcher.rewrite(undated), ScoreMode.COMPLETE_NO_SCORES, 1f);
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    FixedBitSet[] byLeaf = new FixedBitSet[leaves.size()];
    int count = 0;
    for (LeafReaderContext leaf : leaves) {
      FixedBitSet bits = new FixedBitSet(leaf.reader().maxDoc());
      Scorer scorer = weight.scorer(leaf);
      if (scorer != null) {
        DocIdSetIterator docs = scorer.iterator();
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
          bits.set(doc);
        }
      }
      byLeaf[leaf.ord] = bits;
      count += bits.cardinality();
    }
    return new UndatedReports(byLeaf, count);
  }

  /** Returns true when the reader holds no current undated report. */
  boolean isEmpty() {
    return count == 0;
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
    return new ConstantScoreWeight(this, boost) {
      @Override
      public Scorer scorer(LeafReaderContext context) {
        FixedBitSet bits = context.ord < byLeaf.length ? byLeaf[context.ord] : null;
        int cardinality = bits == null ? 0 : bits.cardinality();
        if (cardinality == 0) {
          return null;
        }
        return new ConstantScoreScorer(
            this, score(), scoreMode, new BitSetIterator(bits, cardinality));
      }

      /** Never cached: it belongs to one reader and is already a list. */
      @Override
      public boolean isCacheable(LeafReaderContext context) {
        return false;
      }
    };
  }

  @Override
  public void visit(QueryVisitor visitor) {
    visitor.visitLeaf(this);
  }

  @Override
  public String toString(String field) {
    return "UndatedReports(" + count + ")";
  }

  @Override
  public boolean equals(Object other) {
    return this == other;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(this);
  }
}
