package org.parallax.index.lucene;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.CompositeReader;
import org.apache.lucene.index.Fields;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFieldVisitor;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermVectors;

/**
 * An open index reader whose document frequencies are remembered: the statistics that {@link
 * org.apache.lucene.queries.mlt.MoreLikeThis} asks for every distinct word of an article.
 *
 * <p>Grouping a workspace into events asks for the related reports of every article; each time
 * MoreLikeThis looks up the document frequency of every word of the text in every segment of the
 * index, and a profile of 20,000 articles showed those term-dictionary look-ups as the largest
 * share of the linking time. Articles share most of their words, so one look-up per word and reader
 * serves them all. The frequencies are those of the reader given, so the terms chosen and the
 * queries built are exactly MoreLikeThis's; everything else is the reader's own.
 *
 * <p>It also remembers whether any current report of the reader is undated ({@link #anyUndated}),
 * which decides how cheaply the related-reports query can keep to its time window.
 *
 * <p>One instance per open reader ({@link #of}), forgotten when the reader closes; the memory is
 * one entry per distinct word asked about.
 */
final class CachedDocFreqs extends CompositeReader {

  private final IndexReader reader;
  private final Map<Term, Integer> docFreqs = new ConcurrentHashMap<>();

  CachedDocFreqs(IndexReader reader) {
    this.reader = reader;
  }

  @Override
  public int docFreq(Term term) throws IOException {
    Integer known = docFreqs.get(term);
    if (known != null) {
      return known;
    }
    int counted = reader.docFreq(term);
    docFreqs.put(term, counted);
    return counted;
  }

  @Override
  protected List<? extends IndexReader> getSequentialSubReaders() {
    return reader.leaves().stream().map(LeafReaderContext::reader).toList();
  }

  /** Required of a reader; deprecated in Lucene, and MoreLikeThis does not call it. */
  @Deprecated
  @Override
  public Fields getTermVectors(int docID) throws IOException {
    return reader.termVectors().get(docID);
  }

  @Override
  public TermVectors termVectors() throws IOException {
    return reader.termVectors();
  }

  @Override
  public int numDocs() {
    return reader.numDocs();
  }

  @Override
  public int maxDoc() {
    return reader.maxDoc();
  }

  /** Required of a reader; deprecated in Lucene, and MoreLikeThis does not call it. */
  @Deprecated
  @Override
  public void document(int docID, StoredFieldVisitor visitor) throws IOException {
    reader.storedFields().document(docID, visitor);
  }

  @Override
  public StoredFields storedFields() throws IOException {
    return reader.storedFields();
  }

  /** Closes nothing: the reader belongs to the index's searcher manager. */
  @Override
  protected void doClose() {
    // The wrapped reader is released by whoever acquired it.
  }

  @Override
  public CacheHelper getReaderCacheHelper() {
    return null;
  }

  @Override
  public long totalTermFreq(Term term) throws IOException {
    return reader.totalTermFreq(term);
  }

  @Override
  public long getSumDocFreq(String field) throws IOException {
    return reader.getSumDocFreq(field);
  }

  @Override
  public int getDocCount(String field) throws IOException {
    return reader.getDocCount(field);
  }

  @Override
  public long getSumTotalTermFreq(String field) throws IOException {
    return reader.getSumTotalTermFreq(field);
  }
}
