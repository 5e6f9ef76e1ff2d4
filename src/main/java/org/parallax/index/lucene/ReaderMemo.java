package org.parallax.index.lucene;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;

/**
 * What related-reports queries ask of one open reader again and again, remembered for as long as
 * the reader is open: the document frequencies MoreLikeThis looks up ({@link CachedDocFreqs}),
 * where each query word is found in each segment ({@link TermStates}), whether any current report
 * is undated, and the id of each document a query returned.
 *
 * <p>Grouping a workspace into events asks for the related reports of every article against one
 * reader; a profile of 20,000 articles showed the same look-ups repeated for every article (every
 * word's frequency in every segment, every related report's stored fields read again for its id) as
 * most of the linking time. A reader's answers never change, so remembering them changes no result.
 * Forgotten when the reader closes (a refresh after a write opens a new one).
 */
final class ReaderMemo {

  private static final Map<IndexReader.CacheKey, ReaderMemo> OPEN = new ConcurrentHashMap<>();

  /** Most words whose places are remembered per reader: some tens of megabytes at most. */
  static final int MOST_TERM_STATES = 200_000;

  private final IndexReader reader;
  private final CachedDocFreqs docFreqs;
  private final AtomicReferenceArray<String> ids;
  private final Map<Term, TermStates> termStates = new ConcurrentHashMap<>();
  private volatile UndatedReports undated;

  private ReaderMemo(IndexReader reader) {
    this.reader = reader;
    this.docFreqs = new CachedDocFreqs(reader);
    this.ids = new AtomicReferenceArray<>(reader.maxDoc());
  }

  /** Returns the memo of an open reader, the same one for as long as the reader is open. */
  static ReaderMemo of(IndexReader reader) {
    IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
    if (helper == null) {
      return new ReaderMemo(reader);
    }
    return OPEN.computeIfAbsent(
        helper.getKey(),
        key -> {
          helper.addClosedListener(OPEN::remove);
          return new ReaderMemo(reader);
        });
  }

  /** Returns the reader as MoreLikeThis should see it: its document frequencies remembered. */
  IndexReader forMoreLikeThis() {
    return docFreqs;
  }

  /**
   * Returns a query for one term whose place in every segment is looked up once per reader: the
   * same matches and scores as {@code new TermQuery(term)}, without a term-dictionary look-up in
   * each segment for every query that uses the word. At most {@value #MOST_TERM_STATES} words are
   * remembered (some hundred bytes each); beyond them a query looks its words up as usual.
   *
   * @param searcher a searcher over this memo's reader
   * @param term the word and its field
   */
  TermQuery termQuery(IndexSearcher searcher, Term term) throws IOException {
    TermStates known = termStates.get(term);
    if (known == null) {
      if (termStates.size() >= MOST_TERM_STATES) {
        return new TermQuery(term);
      }
      known = TermStates.build(searcher, term, true);
      termStates.putIfAbsent(term, known);
    }
    return new TermQuery(term, known);
  }

  /** Returns the reader's current undated reports, found the first time they are asked for. */
  UndatedReports undated() throws IOException {
    UndatedReports known = undated;
    if (known == null) {
      known = UndatedReports.of(new IndexSearcher(reader));
      undated = known;
    }
    return known;
  }

  /**
   * Returns the article id of a document, read from its stored fields the first time it is asked.
   *
   * @param doc the document, in this reader
   * @param stored the calling thread's stored fields of this reader
   */
  String idOf(int doc, StoredFields stored) throws IOException {
    String id = ids.get(doc);
    if (id == null) {
      id = stored.document(doc, Set.of(IndexSchema.ID)).get(IndexSchema.ID);
      ids.set(doc, id);
    }
    return id;
  }
}
