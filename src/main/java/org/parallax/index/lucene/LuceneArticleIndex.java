package org.parallax.index.lucene;

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
import org.parallax.index.AnnotationTerms;
import org.parallax.index.ArticleIndex;
import org.parallax.index.DeletedVersions;
import org.parallax.ingest.ArticleJson;
import org.parallax.model.Article;
import org.parallax.model.ArticleId;
import org.parallax.model.LibraryOrder;
import org.parallax.model.SearchHit;
import org.parallax.model.SearchResults;
import org.parallax.syndication.pure.FingerprintTable;

/**
 * The embedded index: a Lucene index in the workspace folder, the default library of one analyst.
 *
 * <p>Only committed articles survive a crash, so callers commit at sensible points.
 */
public final class LuceneArticleIndex implements ArticleIndex {

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

  private LuceneArticleIndex(Directory directory) throws IOException {
    this.directory = directory;
    IndexWriterConfig config = new IndexWriterConfig(IndexSchema.analyzer());
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    config.setRAMBufferSizeMB(64);
    config.setCommitOnClose(true);
    this.writer = new IndexWriter(directory, config);
    this.searchers = new SearcherManager(writer, null);
  }

  private LuceneArticleIndex(Directory directory, DirectoryReader reader) throws IOException {
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
  public static LuceneArticleIndex open(Path folder) throws IOException {
    FSDirectory directory = FSDirectory.open(folder);
    try {
      return new LuceneArticleIndex(directory);
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
  public static LuceneArticleIndex openReadOnly(Path folder) throws IOException {
    FSDirectory directory = FSDirectory.open(folder);
    try {
      return new LuceneArticleIndex(directory, DirectoryReader.open(directory));
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  @Override
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

  @Override
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

  @Override
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

  @Override
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

  @Override
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

  @Override
  public long size() {
    return withSearcher(searcher -> (long) searcher.count(currentOnly()));
  }

  @Override
  public SearchResults search(
      String query, List<String> outlets, List<String> dates, boolean sortByDate, int limit) {
    ArticleSearch.Request request = new ArticleSearch.Request(query, outlets, dates, limit);
    return withSearcher(searcher -> search.run(searcher, request, sortByDate));
  }

  @Override
  public SearchResults browse(
      String query, List<String> outlets, List<String> dates, LibraryOrder order, int limit) {
    ArticleSearch.Request request = new ArticleSearch.Request(query, outlets, dates, limit);
    return withSearcher(searcher -> search.browse(searcher, request, order));
  }

  @Override
  public String snippet(String query, ArticleId id) {
    return withSearcher(searcher -> search.snippet(searcher, query, id.value()));
  }

  @Override
  public List<SearchHit> related(ArticleId id, int limit) {
    return related(id, limit, true);
  }

  @Override
  public List<SearchHit> relatedWithoutSnippets(ArticleId id, int limit) {
    return related(id, limit, false);
  }

  private List<SearchHit> related(ArticleId id, int limit, boolean snippets) {
    Optional<Article> article = current(id);
    if (article.isEmpty()) {
      return List.of();
    }
    return withSearcher(searcher -> RelatedReports.find(searcher, article.get(), limit, snippets));
  }

  @Override
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

  @Override
  public FingerprintTable fingerprintTable(int maxReportsPerPrint) {
    return withSearcher(
        searcher -> FingerprintPostings.read(searcher.getIndexReader(), maxReportsPerPrint));
  }

  @Override
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

  @Override
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

  @Override
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
                  Article article = storedArticle(stored, hit.doc);
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

  @Override
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

  @Override
  public void restore(List<Article> versions) {
    requireWriter();
    if (versions.isEmpty()) {
      return;
    }
    synchronized (writeLock) {
      commit();
      int latest = DeletedVersions.newestRestorable(this, versions);
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

  @Override
  public List<Article> currentArticles() {
    return withSearcher(
        searcher -> {
          Query query = currentOnly();
          StoredFields stored = searcher.storedFields();
          List<Article> articles = new ArrayList<>();
          for (ScoreDoc hit :
              searcher.search(query, Math.max(1, searcher.count(query))).scoreDocs) {
            articles.add(storedArticle(stored, hit.doc));
          }
          articles.sort(Comparator.comparing(a -> a.id().value()));
          return articles;
        });
  }

  @Override
  public Set<String> sourceHashes() {
    Set<String> hashes = new HashSet<>();
    withSearcher(
        searcher -> {
          StoredFields stored = searcher.storedFields();
          Query all = new MatchAllDocsQuery();
          for (ScoreDoc hit : searcher.search(all, Math.max(1, searcher.count(all))).scoreDocs) {
            Article article = storedArticle(stored, hit.doc);
            if (article.source() != null && article.source().sha256() != null) {
              hashes.add(article.source().sha256());
            }
          }
          return hashes;
        });
    return hashes;
  }

  @Override
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

  /** Reads the article stored in document {@code doc}, loading its stored JSON alone. */
  private static Article storedArticle(StoredFields stored, int doc) throws IOException {
    return ArticleJson.fromStored(
        stored
            .document(doc, Set.of(IndexSchema.ARTICLE))
            .getBinaryValue(IndexSchema.ARTICLE)
            .bytes);
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
