package org.parallax.index.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.Bits;
import org.parallax.index.IndexedText;
import org.parallax.model.Article;
import org.parallax.syndication.pure.FingerprintTable;
import org.parallax.syndication.pure.Fingerprints;

/**
 * Reads the fingerprint postings of every current report into a {@link FingerprintTable}: one pass
 * over the field's terms in dictionary order, instead of a seek per term per report. For a few
 * reports, {@link #overlaps} asks the index for one report's fingerprints instead, counting them as
 * the table does.
 */
final class FingerprintPostings {

  private FingerprintPostings() {}

  static FingerprintTable read(IndexReader reader, int maxReportsPerPrint) throws IOException {
    int[] reportOf = new int[reader.maxDoc()];
    Arrays.fill(reportOf, -1);
    List<String> ids = currentReports(reader, reportOf);
    FingerprintTable.Builder table = FingerprintTable.builder(ids, maxReportsPerPrint);
    Terms terms = MultiTerms.getTerms(reader, IndexSchema.FINGERPRINT);
    if (terms == null) {
      return table.build();
    }
    TermsEnum print = terms.iterator();
    PostingsEnum docs = null;
    int[] carriers = new int[16];
    while (print.next() != null) {
      // Postings of the merged enum carry index-wide doc ids, deleted and earlier versions
      // included; reportOf leaves those out.
      docs = print.postings(docs, PostingsEnum.NONE);
      int count = 0;
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
        int report = reportOf[doc];
        if (report >= 0) {
          if (count == carriers.length) {
            carriers = Arrays.copyOf(carriers, count * 2);
          }
          carriers[count++] = report;
        }
      }
      if (count > 0) {
        table.add(carriers, count);
      }
    }
    return table.build();
  }

  /**
   * Returns the current reports sharing at least {@code minShared} of a report's fingerprints
   * (fewer when it has fewer), most shared first then by id, at most {@code limit}: what {@link
   * FingerprintTable#overlaps} returns for it, from one query instead of the whole table.
   * Fingerprints carried by more than {@code maxReportsPerPrint} current reports are left out as
   * stock phrases, as the table leaves them out.
   */
  static List<FingerprintTable.Overlap> overlaps(
      IndexSearcher searcher, Article report, int minShared, int limit, int maxReportsPerPrint)
      throws IOException {
    List<String> prints = Fingerprints.of(IndexedText.body(report));
    BooleanQuery.Builder shared = new BooleanQuery.Builder();
    int clauses = 0;
    for (String print : prints) {
      Term term = new Term(IndexSchema.FINGERPRINT, print);
      if (clauses == IndexSearcher.getMaxClauseCount()) {
        break;
      }
      boolean stock =
          searcher.getIndexReader().docFreq(term) > maxReportsPerPrint
              && searcher.count(LuceneArticleIndex.currentOnly(new TermQuery(term)))
                  > maxReportsPerPrint;
      if (!stock) {
        // Each shared fingerprint scores 1, so a hit's score is how many it shares.
        shared.add(new ConstantScoreQuery(new TermQuery(term)), BooleanClause.Occur.SHOULD);
        clauses++;
      }
    }
    int needed = Math.max(1, Math.min(minShared, prints.size()));
    if (clauses < needed) {
      return List.of();
    }
    Query query =
        new BooleanQuery.Builder()
            .add(shared.setMinimumNumberShouldMatch(needed).build(), BooleanClause.Occur.MUST)
            .add(LuceneArticleIndex.currentOnly(), BooleanClause.Occur.FILTER)
            .add(
                new TermQuery(new Term(IndexSchema.ID, report.id().value())),
                BooleanClause.Occur.MUST_NOT)
            .build();
    int hits = searcher.count(query);
    if (hits == 0) {
      return List.of();
    }
    StoredFields stored = searcher.storedFields();
    List<FingerprintTable.Overlap> found = new ArrayList<>(hits);
    // Every hit, not the top few: ties are broken by id, as in the table, not by index order.
    for (ScoreDoc hit : searcher.search(query, hits).scoreDocs) {
      String other = stored.document(hit.doc, Set.of(IndexSchema.ID)).get(IndexSchema.ID);
      found.add(new FingerprintTable.Overlap(other, Math.round(hit.score), prints.size()));
    }
    found.sort(
        Comparator.comparingInt(FingerprintTable.Overlap::shared)
            .reversed()
            .thenComparing(FingerprintTable.Overlap::other));
    return found.size() > limit ? List.copyOf(found.subList(0, limit)) : List.copyOf(found);
  }

  /** Numbers the live current versions in index order and returns their ids. */
  private static List<String> currentReports(IndexReader reader, int[] reportOf)
      throws IOException {
    List<String> ids = new ArrayList<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      LeafReader segment = leaf.reader();
      NumericDocValues current = segment.getNumericDocValues(IndexSchema.CURRENT);
      if (current == null) {
        continue;
      }
      Bits live = segment.getLiveDocs();
      StoredFields stored = segment.storedFields();
      for (int doc = current.nextDoc();
          doc != DocIdSetIterator.NO_MORE_DOCS;
          doc = current.nextDoc()) {
        if (current.longValue() == 1 && (live == null || live.get(doc))) {
          reportOf[leaf.docBase + doc] = ids.size();
          ids.add(stored.document(doc, Set.of(IndexSchema.ID)).get(IndexSchema.ID));
        }
      }
    }
    return ids;
  }
}
