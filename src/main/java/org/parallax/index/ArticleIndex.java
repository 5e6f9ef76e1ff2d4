package org.parallax.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.parallax.ingest.ArticleJson;
import org.parallax.model.Article;
import org.parallax.model.ArticleId;
import org.parallax.model.LibraryOrder;
import org.parallax.model.SearchHit;
import org.parallax.model.SearchResults;
import org.parallax.syndication.pure.FingerprintTable;
import org.parallax.syndication.pure.Fingerprints;

/**
 * The Lucene index of a workspace: stores article versions, searches the current ones and finds
 * related reports.
 *
 * <p>Writes are serialised; reads are thread-safe and see what was stored up to the last {@link
 * #commit()}. Only committed articles survive a crash, so callers commit at sensible points.
 */
public final class ArticleIndex implements AutoCloseable {

  /** Most stories have one or two versions; a lookup asks for this many and counts on miss. */
  private static final int USUAL_VERSIONS = 8;

  private final Directory directory;

  /** Null when the index was opened for reading beside another process's writer. */
  private final IndexWriter writer;

  private final SearcherManager searchers;
  private final FacetsConfig facetsConfig = IndexSchema.facetsConfig();
  private final ArticleSearch search = new ArticleSearch(facetsConfig);
  private final Object writeLock = new Object();

  /** Versions written since the searchers were last refreshed, which they cannot see yet. */
  private final Map<String, List<StoredVersion>> unrefreshed = new HashMap<>();

  private ArticleIndex(Directory directory) throws IOException {
    this.directory = directory;
    IndexWriterConfig config = new IndexWriterConfig(IndexSchema.analyzer());
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    config.setRAMBufferSizeMB(64);
    config.setCommitOnClose(true);
    this.writer = new IndexWriter(directory, config);
    this.searchers = new SearcherManager(writer, null);
  }

  private ArticleIndex(Directory directory, DirectoryReader reader) throws IOException {
    this.directory = directory;
    this.writer = null;
    this.searchers = new SearcherManager(reader, null);
  }

  /**
   * Opens (or creates) the index in a folder.
   *
   * @param folder the index folder; created when missing
   * @throws IOException when the folder cannot be used, for example because another process holds
   *     its lock
   */
  public static ArticleIndex open(Path folder) throws IOException {
    FSDirectory directory = FSDirectory.open(folder);
    try {
      return new ArticleIndex(directory);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  /** Returns true when a folder holds a committed index that {@link #openReadOnly} can open. */
  public static boolean hasCommit(Path folder) throws IOException {
    try (FSDirectory directory = FSDirectory.open(folder)) {
      return DirectoryReader.indexExists(directory);
    }
  }

  /**
   * Opens an index for reading only, without its write lock, so it can be read while another
   * process writes it; it sees each commit of that writer as it happens.
   *
   * @param folder the index folder
   * @throws IOException when the folder holds no committed index or cannot be read
   */
  public static ArticleIndex openReadOnly(Path folder) throws IOException {
    FSDirectory directory = FSDirectory.open(folder);
    try {
      return new ArticleIndex(directory, DirectoryReader.open(directory));
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  /**
   * Stores an article as a new version of its story, unless that exact text is already stored.
   *
   * <p>The new version gets the next version number and becomes current; earlier versions are kept.
   * Nothing is durable until {@link #commit()}.
   *
   * @param article the article as read (its version number is ignored)
   * @param ingestedAt when it is stored
   * @return the article as stored, or empty when a version with the same text already exists
   */
  public Optional<Article> store(Article article, Instant ingestedAt) {
    String id = article.id().value();
    Objects.requireNonNull(article.contentHash(), "contentHash");
    requireWriter();
    synchronized (writeLock) {
      try {
        List<StoredVersion> existing = storedVersions(id);
        if (existing.stream().anyMatch(v -> v.contentHash().equals(article.contentHash()))) {
          return Optional.empty();
        }
        int version = existing.stream().mapToInt(StoredVersion::version).max().orElse(0) + 1;
        Article stored = article.withVersion(version, ingestedAt);
        writer.addDocument(IndexSchema.document(stored, true, facetsConfig));
        for (StoredVersion earlier : existing) {
          writer.updateNumericDocValue(
              new Term(IndexSchema.VERSION_KEY, IndexSchema.versionKey(id, earlier.version())),
              IndexSchema.CURRENT,
              0);
        }
        unrefreshed
            .computeIfAbsent(id, k -> new ArrayList<>())
            .add(new StoredVersion(version, article.contentHash()));
        return Optional.of(stored);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Makes everything stored so far durable and visible to searches. */
  public void commit() {
    requireWriter();
    synchronized (writeLock) {
      try {
        writer.commit();
        searchers.maybeRefreshBlocking();
        unrefreshed.clear();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Returns the current version of a story, if stored and committed. */
  public Optional<Article> current(ArticleId id) {
    return versions(id).stream().max(Comparator.comparingInt(Article::version));
  }

  /** Returns every committed version of a story, oldest first. */
  public List<Article> versions(ArticleId id) {
    return withSearcher(
        searcher -> {
          Query query = new TermQuery(new Term(IndexSchema.ID, id.value()));
          StoredFields stored = searcher.storedFields();
          List<Article> versions = new ArrayList<>();
          for (ScoreDoc hit : allMatches(searcher, query)) {
            Document doc = stored.document(hit.doc, Set.of(IndexSchema.ARTICLE));
            versions.add(ArticleJson.fromStored(doc.getBinaryValue(IndexSchema.ARTICLE).bytes));
          }
          versions.sort(Comparator.comparingInt(Article::version));
          return versions;
        });
  }

  /**
   * Returns the current version of the story with this exact URL, if stored and committed.
   *
   * @param url the article's URL as ingested
   */
  public Optional<Article> byUrl(String url) {
    return withSearcher(
        searcher -> {
          Query query = currentOnly(new TermQuery(new Term(IndexSchema.URL, url)));
          TopDocs top = searcher.search(query, 1);
          if (top.scoreDocs.length == 0) {
            return Optional.empty();
          }
          Document doc =
              searcher.storedFields().document(top.scoreDocs[0].doc, Set.of(IndexSchema.ARTICLE));
          return Optional.of(ArticleJson.fromStored(doc.getBinaryValue(IndexSchema.ARTICLE).bytes));
        });
  }

  /**
   * Replaces what the annotations on a story's current version make searchable, and commits.
   *
   * <p>The current version's document is rewritten with the new terms; earlier versions keep none,
   * since searches only see current versions.
   *
   * @param id the story
   * @param terms the tags, notes and authors of all its annotations
   * @return false when the story is not stored
   */
  public boolean setAnnotationTerms(ArticleId id, AnnotationTerms terms) {
    return setAnnotationTerms(Map.of(id, terms)) == 1;
  }

  /**
   * Replaces the annotation terms of several stories' current versions in one commit.
   *
   * @param terms the terms of each story
   * @return how many of the stories are stored (the others are skipped)
   */
  public int setAnnotationTerms(Map<ArticleId, AnnotationTerms> terms) {
    requireWriter();
    synchronized (writeLock) {
      commit();
      int updated = 0;
      for (Map.Entry<ArticleId, AnnotationTerms> entry : terms.entrySet()) {
        Optional<Article> current = current(entry.getKey());
        if (current.isEmpty()) {
          continue;
        }
        Article article = current.get();
        try {
          writer.updateDocument(
              new Term(
                  IndexSchema.VERSION_KEY,
                  IndexSchema.versionKey(article.id().value(), article.version())),
              IndexSchema.document(article, true, facetsConfig, entry.getValue()));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        updated++;
      }
      commit();
      return updated;
    }
  }

  /** Returns how many stories (current versions) are committed. */
  public long size() {
    return withSearcher(searcher -> (long) searcher.count(currentOnly()));
  }

  /**
   * Searches the current versions.
   *
   * @param query Lucene query syntax over title, body, byline and outlet; blank for all
   * @param outlets keep only these outlets; empty for all
   * @param dates keep only these publication days ({@code yyyy-MM-dd}), months ({@code yyyy-MM}) or
   *     years ({@code yyyy}); empty for all
   * @param sortByDate newest first instead of most relevant first
   * @param limit the most hits to return
   * @throws QuerySyntaxException when the query is not valid syntax
   */
  public SearchResults search(
      String query, List<String> outlets, List<String> dates, boolean sortByDate, int limit) {
    return withSearcher(
        searcher ->
            search.run(
                searcher, new ArticleSearch.Request(query, outlets, dates, sortByDate, limit)));
  }

  /**
   * Returns every current version matching a search, up to {@code limit}, as library rows in the
   * order asked, with facet counts and no snippets: what the library table lists.
   *
   * @param query Lucene query syntax over title, body, byline and outlet; blank for all
   * @param outlets keep only these outlets; empty for all
   * @param dates keep only these publication days ({@code yyyy-MM-dd}), months ({@code yyyy-MM}) or
   *     years ({@code yyyy}); empty for all
   * @param order relevance or a column
   * @param limit the most rows to return
   * @throws QuerySyntaxException when the query is not valid syntax
   */
  public SearchResults browse(
      String query, List<String> outlets, List<String> dates, LibraryOrder order, int limit) {
    return withSearcher(
        searcher ->
            search.browse(
                searcher, new ArticleSearch.Request(query, outlets, dates, false, limit), order));
  }

  /**
   * Returns where a query matches in a story's current version: an extract with the matched words
   * in {@code <b>} (other text escaped for HTML); empty when nothing in its body matches.
   *
   * @param query Lucene query syntax, as for {@link #search}
   * @param id the story
   * @throws QuerySyntaxException when the query is not valid syntax
   */
  public String snippet(String query, ArticleId id) {
    return withSearcher(searcher -> search.snippet(searcher, query, id.value()));
  }

  /**
   * Returns the other reports on the same event as a story, best first, scores in [0, 1].
   *
   * @param id the story
   * @param limit the most reports to return
   */
  public List<SearchHit> related(ArticleId id, int limit) {
    Optional<Article> article = current(id);
    if (article.isEmpty()) {
      return List.of();
    }
    return withSearcher(searcher -> RelatedReports.find(searcher, article.get(), limit, true));
  }

  /**
   * Returns the reports related to a story as {@link #related} ranks them, without the highlighted
   * snippets a reader needs and a workspace-wide grouping does not (they cost about a sixth of each
   * query).
   *
   * @param id the story
   * @param limit the most reports to return
   */
  public List<SearchHit> relatedWithoutSnippets(ArticleId id, int limit) {
    Optional<Article> article = current(id);
    if (article.isEmpty()) {
      return List.of();
    }
    return withSearcher(searcher -> RelatedReports.find(searcher, article.get(), limit, false));
  }

  /**
   * Reads the fingerprints of every current report into memory, for a scan that looks up every
   * report's candidates: one ordered pass over the index instead of one query per report.
   *
   * @param maxReportsPerPrint shingles carried by more reports than this are left out as stock
   *     phrases
   */
  public FingerprintTable fingerprintTable(int maxReportsPerPrint) {
    return withSearcher(
        searcher -> FingerprintPostings.read(searcher.getIndexReader(), maxReportsPerPrint));
  }

  /**
   * Returns the current reports sharing fingerprints with one report, as {@link
   * FingerprintTable#overlaps} would, from one query of that report's fingerprints: for checking a
   * few new articles, where reading {@link #fingerprintTable every report's} would cost more than
   * the check. Empty for a report not stored.
   *
   * @param id the report
   * @param minShared the fewest fingerprints a report must share (fewer when it has fewer)
   * @param limit the most reports to return
   * @param maxReportsPerPrint fingerprints carried by more reports than this are stock phrases
   */
  /** Returns how many fingerprints a current report's body gives, 0 when it is not stored. */
  public int fingerprintCount(ArticleId id) {
    return current(id).map(a -> Fingerprints.of(IndexSchema.bodyOf(a)).size()).orElse(0);
  }

  public List<FingerprintTable.Overlap> fingerprintOverlaps(
      ArticleId id, int minShared, int limit, int maxReportsPerPrint) {
    Optional<Article> report = current(id);
    if (report.isEmpty()) {
      return List.of();
    }
    return withSearcher(
        searcher ->
            FingerprintPostings.overlaps(
                searcher, report.get(), minShared, limit, maxReportsPerPrint));
  }

  /**
   * Hands the headline and body text of every committed story to {@code visitor}, one at a time, in
   * index order: one pass for workspace-wide statistics such as boilerplate.
   *
   * @param visitor told each current story's text
   */
  public void forEachCurrentText(Consumer<String> visitor) {
    withSearcher(
        searcher -> {
          Query query = currentOnly();
          StoredFields stored = searcher.storedFields();
          for (ScoreDoc hit :
              searcher.search(query, Math.max(1, searcher.count(query))).scoreDocs) {
            Document doc = stored.document(hit.doc, Set.of(IndexSchema.TITLE, IndexSchema.BODY));
            String title = doc.get(IndexSchema.TITLE);
            String body = doc.get(IndexSchema.BODY);
            visitor.accept(title == null ? body == null ? "" : body : title + "\n\n" + body);
          }
          return null;
        });
  }

  /**
   * Returns the ids of every committed story, optionally only those published since an instant
   * (undated stories are then left out).
   *
   * @param since the earliest publication to keep, or null for all
   */
  public List<ArticleId> currentIds(Instant since) {
    return withSearcher(
        searcher -> {
          Query query =
              since == null
                  ? currentOnly()
                  : currentOnly(
                      LongField.newRangeQuery(
                          IndexSchema.PUBLISHED, since.toEpochMilli(), Long.MAX_VALUE));
          StoredFields stored = searcher.storedFields();
          List<ArticleId> ids = new ArrayList<>();
          for (ScoreDoc hit :
              searcher.search(query, Math.max(1, searcher.count(query))).scoreDocs) {
            ids.add(
                new ArticleId(
                    stored.document(hit.doc, Set.of(IndexSchema.ID)).get(IndexSchema.ID)));
          }
          ids.sort(Comparator.comparing(ArticleId::value));
          return ids;
        });
  }

  /**
   * Indexes the fingerprints of versions stored before the index had them (the index is upgraded in
   * place on the first scan, not on open, so opening stays fast) and commits.
   *
   * @return how many versions were re-indexed
   */
  public int addMissingFingerprints() {
    requireWriter();
    synchronized (writeLock) {
      int updated =
          withSearcher(
              searcher -> {
                Query missing =
                    new BooleanQuery.Builder()
                        .add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST)
                        .add(
                            new TermQuery(new Term(IndexSchema.FINGERPRINTED, "1")),
                            BooleanClause.Occur.MUST_NOT)
                        .build();
                int total = searcher.count(missing);
                if (total == 0) {
                  return 0;
                }
                Set<Integer> current = new HashSet<>();
                for (ScoreDoc hit : searcher.search(currentOnly(missing), total).scoreDocs) {
                  current.add(hit.doc);
                }
                StoredFields stored = searcher.storedFields();
                for (ScoreDoc hit : searcher.search(missing, total).scoreDocs) {
                  Article article =
                      ArticleJson.fromStored(
                          stored
                              .document(hit.doc, Set.of(IndexSchema.ARTICLE))
                              .getBinaryValue(IndexSchema.ARTICLE)
                              .bytes);
                  writer.updateDocument(
                      new Term(
                          IndexSchema.VERSION_KEY,
                          IndexSchema.versionKey(article.id().value(), article.version())),
                      IndexSchema.document(article, current.contains(hit.doc), facetsConfig));
                }
                return total;
              });
      if (updated > 0) {
        commit();
      }
      return updated;
    }
  }

  /**
   * Removes every version of a story and commits.
   *
   * @param id the story
   * @return the versions removed, oldest first (empty when the story is not stored), which {@link
   *     #restore} puts back
   */
  public List<Article> delete(ArticleId id) {
    requireWriter();
    synchronized (writeLock) {
      commit();
      List<Article> removed = versions(id);
      if (!removed.isEmpty()) {
        try {
          writer.deleteDocuments(new Term(IndexSchema.ID, id.value()));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        commit();
      }
      return removed;
    }
  }

  /**
   * Puts back the versions of a story that {@link #delete} removed, with their version numbers and
   * ingest times, the latest as the current one, and commits.
   *
   * @param versions the versions as {@link #delete} returned them
   * @throws IllegalStateException when the story was stored again in between
   */
  public void restore(List<Article> versions) {
    requireWriter();
    if (versions.isEmpty()) {
      return;
    }
    synchronized (writeLock) {
      commit();
      ArticleId id = versions.get(0).id();
      if (!versions(id).isEmpty()) {
        throw new IllegalStateException(
            "article " + id.value() + " was stored again after it was deleted");
      }
      int latest = versions.stream().mapToInt(Article::version).max().orElseThrow();
      try {
        for (Article version : versions) {
          writer.addDocument(
              IndexSchema.document(version, version.version() == latest, facetsConfig));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      commit();
    }
  }

  /** Returns the current version of every committed story, in id order. */
  public List<Article> currentArticles() {
    return withSearcher(
        searcher -> {
          Query query = currentOnly();
          StoredFields stored = searcher.storedFields();
          List<Article> articles = new ArrayList<>();
          for (ScoreDoc hit :
              searcher.search(query, Math.max(1, searcher.count(query))).scoreDocs) {
            articles.add(
                ArticleJson.fromStored(
                    stored
                        .document(hit.doc, Set.of(IndexSchema.ARTICLE))
                        .getBinaryValue(IndexSchema.ARTICLE)
                        .bytes));
          }
          articles.sort(Comparator.comparing(a -> a.id().value()));
          return articles;
        });
  }

  /**
   * Returns the SHA-256 of the source file of every committed version, current or earlier, so an
   * original file still used by another article is kept when one is deleted.
   */
  public Set<String> sourceHashes() {
    Set<String> hashes = new HashSet<>();
    withSearcher(
        searcher -> {
          StoredFields stored = searcher.storedFields();
          Query all = new MatchAllDocsQuery();
          for (ScoreDoc hit : searcher.search(all, Math.max(1, searcher.count(all))).scoreDocs) {
            Article article =
                ArticleJson.fromStored(
                    stored
                        .document(hit.doc, Set.of(IndexSchema.ARTICLE))
                        .getBinaryValue(IndexSchema.ARTICLE)
                        .bytes);
            if (article.source() != null && article.source().sha256() != null) {
              hashes.add(article.source().sha256());
            }
          }
          return hashes;
        });
    return hashes;
  }

  /** Returns the bytes the index's files take on disk. */
  public long sizeOnDisk() {
    try {
      long bytes = 0;
      for (String file : directory.listAll()) {
        try {
          bytes += directory.fileLength(file);
        } catch (NoSuchFileException mergedAway) {
          // A writer in another process may remove a segment file between listing and sizing.
        }
      }
      return bytes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    synchronized (writeLock) {
      try {
        searchers.close();
        if (writer != null) {
          writer.close();
        }
        directory.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Returns a filter that keeps only current versions. */
  static Query currentOnly() {
    return NumericDocValuesField.newSlowExactQuery(IndexSchema.CURRENT, 1);
  }

  /** Returns {@code query} restricted to current versions. */
  static Query currentOnly(Query query) {
    return new BooleanQuery.Builder()
        .add(query, BooleanClause.Occur.MUST)
        .add(currentOnly(), BooleanClause.Occur.FILTER)
        .build();
  }

  private List<StoredVersion> storedVersions(String id) throws IOException {
    List<StoredVersion> versions = new ArrayList<>(unrefreshed.getOrDefault(id, List.of()));
    IndexSearcher searcher = searchers.acquire();
    try {
      Query query = new TermQuery(new Term(IndexSchema.ID, id));
      StoredFields stored = searcher.storedFields();
      for (ScoreDoc hit : allMatches(searcher, query)) {
        Document doc =
            stored.document(hit.doc, Set.of(IndexSchema.VERSION, IndexSchema.CONTENT_HASH));
        versions.add(
            new StoredVersion(
                doc.getField(IndexSchema.VERSION).numericValue().intValue(),
                doc.get(IndexSchema.CONTENT_HASH)));
      }
    } finally {
      searchers.release(searcher);
    }
    return versions;
  }

  /**
   * Returns every document matching a story's id query. Collecting into a small queue first
   * matters: a queue sized for the worst case would be allocated for every article stored.
   */
  private static ScoreDoc[] allMatches(IndexSearcher searcher, Query query) throws IOException {
    TopDocs top = searcher.search(query, USUAL_VERSIONS);
    if (top.scoreDocs.length < USUAL_VERSIONS) {
      return top.scoreDocs;
    }
    return searcher.search(query, Math.max(1, searcher.count(query))).scoreDocs;
  }

  private void requireWriter() {
    if (writer == null) {
      throw new IllegalStateException("the index was opened for reading only");
    }
  }

  private <T> T withSearcher(SearcherTask<T> task) {
    try {
      if (writer == null) {
        // A reader beside another process's writer picks up that writer's latest commit.
        searchers.maybeRefresh();
      }
      IndexSearcher searcher = searchers.acquire();
      try {
        return task.run(searcher);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @FunctionalInterface
  private interface SearcherTask<T> {
    T run(IndexSearcher searcher) throws IOException;
  }

  private record StoredVersion(int version, String contentHash) {}
}
