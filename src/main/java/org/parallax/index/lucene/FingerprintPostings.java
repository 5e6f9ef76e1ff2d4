package org.parallax.index.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.parallax.syndication.pure.FingerprintTable;

/**
 * Reads the fingerprint postings of every current report into a {@link FingerprintTable}: one pass
 * over the field's terms in dictionary order, instead of a seek per term per report.
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
