package org.parallax.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.parallax.index.ArticleIndex;
import org.parallax.index.IndexUnavailableException;
import org.parallax.ingest.ArticleReaders;
import org.parallax.ingest.IngestException;
import org.parallax.model.Annotation;
import org.parallax.model.Article;
import org.parallax.model.ArticleId;
import org.parallax.model.IngestFailure;
import org.parallax.model.IngestReport;
import org.parallax.model.LibraryOrder;
import org.parallax.model.SearchHit;
import org.parallax.model.SearchResults;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A workspace folder and the library of articles it holds.
 *
 * <p>The folder contains {@code index/} (Lucene), {@code originals/} (every ingested file, named by
 * the SHA-256 of its bytes), {@code annotations/} (W3C JSON-LD and the codebook), {@code
 * settings.json} and {@code logs/}. One process at a time may open it for writing: a lock file
 * tells a second one clearly. Any number may open it for reading ({@link #openForReading}) beside
 * that writer. Close it to release the lock and make every stored article durable.
 */
public final class Workspace implements Library, AutoCloseable {

  /** Articles stored between two commits during an ingest; a crash loses at most these. */
  static final int COMMIT_EVERY = 500;

  private static final Logger LOG = LoggerFactory.getLogger(Workspace.class);

  private static final String SAMPLE_INDEX = "/sample-data/index.txt";

  private final Path folder;

  /** Null (as is the lock) when opened for reading only. */
  private final FileChannel lockChannel;

  private final FileLock lock;
  private final ArticleIndex index;
  private final IndexChoice library;
  private final WorkspaceAnnotations annotations;
  private final ArticleReaders readers = ArticleReaders.standard();
  private final Clock clock = Clock.systemUTC();
  private final Object ingestLock = new Object();
  private WorkspaceBoilerplate boilerplate;
  private long boilerplateStories = -1;

  private Workspace(
      Path folder, FileChannel lockChannel, FileLock lock, ArticleIndex index, IndexChoice library)
      throws IOException {
    this.folder = folder;
    this.lockChannel = lockChannel;
    this.lock = lock;
    this.index = index;
    this.library = library;
    try {
      this.annotations =
          lock == null
              ? WorkspaceAnnotations.openForReading(folder, index, clock)
              : WorkspaceAnnotations.open(folder, index, clock);
    } catch (IOException | RuntimeException e) {
      index.close();
      throw e;
    }
  }

  /**
   * Opens a workspace folder, creating it when missing.
   *
   * @param folder the workspace folder
   * @throws WorkspaceLockedException when another Parallax process has it open
   * @throws IOException when the folder cannot be created or read
   */
  public static Workspace open(Path folder) throws IOException {
    return open(folder, IndexChoice.REMEMBERED);
  }

  /**
   * Opens a workspace folder, creating it when missing, with its articles in the library chosen.
   *
   * @param folder the workspace folder
   * @param library the embedded index or a shared archive (remembered in the settings from then
   *     on), or {@link IndexChoice#REMEMBERED}
   * @throws WorkspaceLockedException when another Parallax process has it open
   * @throws IOException when the folder cannot be created or read, or the archive does not answer
   */
  public static Workspace open(Path folder, IndexChoice library) throws IOException {
    Path root = folder.toAbsolutePath().normalize();
    if (Files.exists(root) && !Files.isDirectory(root)) {
      throw new NotAFolderException(root);
    }
    Files.createDirectories(root.resolve("index"));
    Files.createDirectories(root.resolve("originals"));
    Files.createDirectories(WorkspaceLocation.logFolder(root));
    FileChannel channel =
        FileChannel.open(
            root.resolve("workspace.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException sameProcess) {
      lock = null;
    }
    if (lock == null) {
      channel.close();
      throw new WorkspaceLockedException(root);
    }
    try {
      WorkspaceSettings settings = WorkspaceSettings.load(root);
      IndexChoice chosen = library.resolvedFor(settings);
      ArticleIndex index = chosen.open(root, settings);
      try {
        chosen.rememberIn(settings);
        return new Workspace(root, channel, lock, index, chosen);
      } catch (IOException | RuntimeException e) {
        index.close();
        throw e;
      }
    } catch (IOException | RuntimeException e) {
      lock.release();
      channel.close();
      throw e;
    }
  }

  /** Returns true when a folder holds a workspace (one made by an ingest or the window). */
  public static boolean exists(Path folder) {
    return WorkspaceLocation.holdsWorkspace(folder);
  }

  /**
   * Opens an existing workspace for reading and writing; unlike {@link #open} it never creates one.
   *
   * @param folder the workspace folder
   * @throws NoWorkspaceException when the folder holds no workspace
   * @throws WorkspaceLockedException when another Parallax process has it open for writing
   * @throws IOException when it cannot be read
   */
  public static Workspace openExisting(Path folder) throws IOException {
    return openExisting(folder, IndexChoice.REMEMBERED);
  }

  /** As {@link #openExisting(Path)}, with the articles in the library chosen. */
  public static Workspace openExisting(Path folder, IndexChoice library) throws IOException {
    Path root = existingRoot(folder);
    return open(root, library);
  }

  /**
   * Opens an existing workspace for reading only, without its lock, so it works while another
   * process ingests, scans or groups it; it sees what that process has committed.
   *
   * @param folder the workspace folder
   * @throws NoWorkspaceException when the folder holds no workspace
   * @throws IOException when it cannot be read
   */
  public static Workspace openForReading(Path folder) throws IOException {
    return openForReading(folder, IndexChoice.REMEMBERED);
  }

  /** As {@link #openForReading(Path)}, with the articles in the library chosen. */
  public static Workspace openForReading(Path folder, IndexChoice library) throws IOException {
    Path root = existingRoot(folder);
    WorkspaceSettings settings = WorkspaceSettings.load(root);
    IndexChoice chosen = library.resolvedFor(settings);
    ArticleIndex index = chosen.openForReading(root, settings);
    try {
      return new Workspace(root, null, null, index, chosen);
    } catch (IOException | RuntimeException e) {
      index.close();
      throw e;
    }
  }

  private static Path existingRoot(Path folder) throws IOException {
    Path root = folder.toAbsolutePath().normalize();
    if (Files.exists(root) && !Files.isDirectory(root)) {
      throw new NotAFolderException(root);
    }
    if (!exists(root)) {
      throw new NoWorkspaceException(root);
    }
    return root;
  }

  /**
   * Opens a workspace and, the first time (when it holds no article yet), stores the sample reports
   * bundled with Parallax so a newcomer has something to search and compare.
   *
   * @param folder the workspace folder
   * @throws WorkspaceLockedException when another Parallax process has it open
   * @throws IOException when the folder cannot be created or read
   */
  public static Workspace openDefault(Path folder) throws IOException {
    boolean isNew = !Files.isDirectory(folder.resolve("index"));
    Workspace workspace = open(folder);
    if (isNew) {
      workspace.seedSamples();
    }
    return workspace;
  }

  /** Returns the annotations of this workspace, with their codebook and author. */
  public WorkspaceAnnotations annotations() {
    return annotations;
  }

  /**
   * Returns the index, for the workspace-wide features built on it (the syndication scan and event
   * grouping in {@code org.parallax.syndication}); the window and the command line search through
   * {@link Library} instead.
   */
  public ArticleIndex index() {
    return index;
  }

  /** Returns the library the articles live in: the embedded index or a shared archive. */
  public IndexChoice library() {
    return library;
  }

  @Override
  public String whereArticlesLive() {
    return library.isEmbedded() ? "embedded index" : "shared archive " + library;
  }

  /** Returns the workspace folder. */
  @Override
  public Path folder() {
    return folder;
  }

  @Override
  public IngestReport ingest(List<Path> paths, IngestProgress progress, BooleanSupplier cancelled) {
    Batch batch = new Batch(progress, cancelled);
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      listFiles(path, files, batch);
    }
    batch.filesTotal = files.size();
    synchronized (ingestLock) {
      int next = 0;
      try {
        for (; next < files.size() && !batch.stopping(); next++) {
          batch.startFile(files.get(next).toString());
          ingestFile(files.get(next), batch);
          if (!batch.cancelled) {
            batch.filesDone++;
          }
        }
        // What was stored before a cancel is committed like the rest: Cancel keeps it.
        commit(batch);
        batch.reanchor(annotations);
      } catch (IndexUnavailableException e) {
        // The rest would fail alike, one time-out each: list it as not stored and stop.
        LOG.warn("ingest stopped: {}", e.getCause().getMessage(), e);
        List<String> unattempted = new ArrayList<>();
        files
            .subList(Math.min(files.size(), next + 1), files.size())
            .forEach(file -> unattempted.add(file.toString()));
        batch.archiveLost(e.getCause().getMessage(), unattempted);
      }
      batch.startFile(null);
    }
    LOG.info(
        "ingest: {} stored, {} duplicates, {} failed{}",
        batch.stored.size(),
        batch.duplicates.size(),
        batch.failed.size(),
        batch.cancelled ? " (cancelled)" : "");
    return batch.report();
  }

  @Override
  public IngestReport ingestText(String name, String text) {
    return ingestBytes(name, text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Stores the articles of content that did not come from a file (a feed fetched over HTTP), read
   * as a file of that name would be, and keeps the content as an original.
   *
   * @param name the name the content is read and reported under (its extension picks no reader: the
   *     content does)
   * @param bytes the content, in whatever encoding it declares
   */
  public IngestReport ingestBytes(String name, byte[] bytes) {
    Batch batch = new Batch();
    synchronized (ingestLock) {
      try {
        List<Article> articles = readers.read(name, bytes);
        keepOriginal(bytes, articles);
        storeAll(articles, name, batch);
      } catch (IngestException e) {
        batch.failed.add(new IngestFailure(name, e.reason()));
      } catch (IOException e) {
        batch.failed.add(new IngestFailure(name, "could not be saved: " + e.getMessage()));
      }
      index.commit();
      batch.reanchor(annotations);
    }
    return batch.report();
  }

  /**
   * Stores articles that were read elsewhere (benchmarks, evaluation corpora), committing as an
   * ingest does; no original file is kept.
   *
   * @param articles the articles, as a reader returns them
   */
  public IngestReport ingestArticles(List<Article> articles) {
    Batch batch = new Batch();
    synchronized (ingestLock) {
      storeAll(articles, null, batch);
      index.commit();
      batch.reanchor(annotations);
    }
    return batch.report();
  }

  @Override
  public SearchResults search(SearchRequest request) {
    return index.search(
        request.query(),
        request.outlets(),
        request.publishedDates(),
        request.sortByDate(),
        request.limit());
  }

  @Override
  public SearchResults browse(SearchRequest request, LibraryOrder order) {
    return index.browse(
        request.query(), request.outlets(), request.publishedDates(), order, request.limit());
  }

  @Override
  public String snippet(ArticleId id, String query) {
    return index.snippet(query, id);
  }

  @Override
  public Optional<Article> article(ArticleId id) {
    return index.current(id);
  }

  @Override
  public List<Article> versions(ArticleId id) {
    return index.versions(id);
  }

  @Override
  public List<SearchHit> related(ArticleId id, int limit) {
    return index.related(id, limit);
  }

  @Override
  public long size() {
    return index.size();
  }

  @Override
  public List<Article> articles() {
    return index.currentArticles();
  }

  @Override
  public Optional<DeletedArticle> delete(ArticleId id) throws IOException {
    synchronized (ingestLock) {
      List<Article> versions = index.delete(id);
      if (versions.isEmpty()) {
        return Optional.empty();
      }
      Set<String> stillUsed = index.sourceHashes();
      Map<String, byte[]> originals = new HashMap<>();
      for (Article version : versions) {
        String sha256 = version.source() == null ? null : version.source().sha256();
        if (sha256 == null || stillUsed.contains(sha256) || originals.containsKey(sha256)) {
          continue;
        }
        Path original = folder.resolve("originals").resolve(sha256);
        if (Files.exists(original)) {
          originals.put(sha256, Files.readAllBytes(original));
          Files.delete(original);
        }
      }
      LOG.info("deleted {} ({} version(s))", id.value(), versions.size());
      return Optional.of(new DeletedArticle(id, versions, originals, annotations.forArticle(id)));
    }
  }

  @Override
  public void restore(DeletedArticle deleted) throws IOException {
    synchronized (ingestLock) {
      index.restore(deleted.versions());
      for (Map.Entry<String, byte[]> original : deleted.originals().entrySet()) {
        Path file = folder.resolve("originals").resolve(original.getKey());
        if (!Files.exists(file)) {
          Files.write(file, original.getValue());
        }
      }
      if (!deleted.orphanedAnnotations().isEmpty()) {
        annotations.reindexArticle(deleted.id());
      }
      LOG.info("restored {}", deleted.id().value());
    }
  }

  /** Returns the figures that describe this workspace's library: articles, outlets, dates, size. */
  public WorkspaceStats stats() {
    return WorkspaceStats.of(index.currentArticles(), index.sizeOnDisk());
  }

  /**
   * Returns the workspace's boilerplate, learnt from its stories on first use and again whenever
   * the number of stories has changed since.
   */
  public synchronized WorkspaceBoilerplate boilerplate() {
    long stories = index.size();
    if (boilerplate == null || boilerplateStories != stories) {
      long start = System.nanoTime();
      boilerplate = WorkspaceBoilerplate.learn(index);
      boilerplateStories = stories;
      LOG.info(
          "learnt the boilerplate of {} stories in {} ms (runs in {} stories or more)",
          stories,
          (System.nanoTime() - start) / 1_000_000,
          boilerplate.threshold());
    }
    return boilerplate;
  }

  /**
   * Returns the boilerplate learnt last, learning it again only when the number of stories has
   * changed by more than {@code tolerance} of it since (or it was never learnt): for a watcher
   * checking a few new articles at a time, where relearning from every story on each arrival would
   * cost more than the check, and a few more stories cannot change what recurs across many.
   *
   * @param tolerance the share of stories, in [0, 1], that may be added or removed first
   */
  public synchronized WorkspaceBoilerplate boilerplate(double tolerance) {
    long stories = index.size();
    if (boilerplate != null
        && Math.abs(stories - boilerplateStories) <= tolerance * boilerplateStories) {
      return boilerplate;
    }
    return boilerplate();
  }

  /** Commits what was stored, closes the index and releases the workspace. */
  @Override
  public void close() {
    try {
      index.close();
    } finally {
      if (lock == null) {
        return;
      }
      try {
        lock.release();
        lockChannel.close();
      } catch (IOException e) {
        LOG.warn("could not release the lock of {}", folder, e);
      }
    }
  }

  private void ingestFile(Path file, Batch batch) {
    try {
      List<Article> articles = readers.read(file);
      keepOriginal(Files.readAllBytes(file), articles);
      storeAll(articles, file.toString(), batch);
    } catch (IngestException e) {
      batch.failed.add(new IngestFailure(file.toString(), e.reason()));
    } catch (IndexUnavailableException e) {
      throw e;
    } catch (IOException | UncheckedIOException e) {
      LOG.warn("could not store {}", file, e);
      batch.failed.add(
          new IngestFailure(file.toString(), "could not be stored: " + e.getMessage()));
    } catch (RuntimeException e) {
      // A reader bug must not end the batch; the log keeps the trace for a report.
      LOG.error("reading {} failed unexpectedly", file, e);
      batch.failed.add(
          new IngestFailure(
              file.toString(),
              "could not be read because of an internal error ("
                  + e
                  + "); see the log in "
                  + WorkspaceLocation.logFolder(folder)));
    }
  }

  private void storeAll(List<Article> articles, String path, Batch batch) {
    batch.read(articles.size());
    int preparedUntil = 0;
    for (int i = 0; i < articles.size(); i++) {
      Article article = articles.get(i);
      if (batch.stopping()) {
        return;
      }
      if (i >= preparedUntil) {
        // The stories up to the next commit: a remote archive looks them up in one request.
        preparedUntil = Math.min(articles.size(), i + COMMIT_EVERY - batch.sinceCommit);
        index.prepareToStore(articles.subList(i, preparedUntil).stream().map(Article::id).toList());
      }
      Optional<Article> stored = index.store(article, clock.instant());
      if (stored.isPresent()) {
        batch.storedFrom(stored.get(), path);
        if (++batch.sinceCommit >= COMMIT_EVERY) {
          commit(batch);
          preparedUntil = i + 1;
        }
      } else {
        batch.duplicates.add(path != null ? path : article.id().value());
      }
      batch.articleDone();
    }
  }

  private void commit(Batch batch) {
    index.commit();
    batch.committed();
  }

  private void keepOriginal(byte[] bytes, List<Article> articles) throws IOException {
    String sha256 =
        articles.stream()
            .filter(a -> a.source() != null && a.source().sha256() != null)
            .map(a -> a.source().sha256())
            .findFirst()
            .orElse(null);
    if (sha256 == null) {
      return;
    }
    Path original = folder.resolve("originals").resolve(sha256);
    if (Files.exists(original)) {
      return;
    }
    Path partial = Files.createTempFile(original.getParent(), sha256, ".partial");
    Files.write(partial, bytes);
    Files.move(partial, original, StandardCopyOption.ATOMIC_MOVE);
  }

  private static void listFiles(Path path, List<Path> files, Batch batch) {
    if (Files.isRegularFile(path)) {
      files.add(path);
      return;
    }
    if (!Files.isDirectory(path)) {
      batch.failed.add(new IngestFailure(path.toString(), "no such file or folder"));
      return;
    }
    List<Path> found = new ArrayList<>();
    try {
      Files.walkFileTree(path, new FolderWalk(found, batch.failed));
    } catch (IOException e) {
      batch.failed.add(
          new IngestFailure(path.toString(), "the folder cannot be listed: " + e.getMessage()));
    }
    found.sort(null);
    files.addAll(found);
  }

  /**
   * Collects the visible files of a folder tree; a subfolder or file that cannot be read is listed
   * as failed and skipped, so the rest of the folder is still stored.
   */
  private static final class FolderWalk extends SimpleFileVisitor<Path> {
    private final List<Path> files;
    private final List<IngestFailure> failed;

    FolderWalk(List<Path> files, List<IngestFailure> failed) {
      this.files = files;
      this.failed = failed;
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
      if (attributes.isRegularFile() && !file.getFileName().toString().startsWith(".")) {
        files.add(file);
      }
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFileFailed(Path file, IOException problem) {
      String what = Files.isDirectory(file) ? "the folder" : "the file";
      String reason =
          problem instanceof AccessDeniedException
              ? what + " cannot be read (permission denied); it was skipped"
              : what + " cannot be read (" + problem.getMessage() + "); it was skipped";
      failed.add(new IngestFailure(file.toString(), reason));
      return FileVisitResult.CONTINUE;
    }
  }

  private void seedSamples() throws IOException {
    List<String> names = sampleNames();
    Batch batch = new Batch();
    for (String name : names) {
      try (InputStream in = Workspace.class.getResourceAsStream("/sample-data/" + name)) {
        if (in == null) {
          LOG.warn("sample {} is listed but not bundled", name);
          continue;
        }
        byte[] bytes = in.readAllBytes();
        List<Article> articles = readers.read(name, bytes);
        keepOriginal(bytes, articles);
        storeAll(articles, name, batch);
      } catch (IngestException e) {
        LOG.warn("sample {} could not be read: {}", name, e.getMessage());
      }
    }
    index.commit();
    LOG.info("seeded the new workspace {} with {} sample reports", folder, batch.stored.size());
  }

  private static List<String> sampleNames() throws IOException {
    try (InputStream in = Workspace.class.getResourceAsStream(SAMPLE_INDEX)) {
      if (in == null) {
        return List.of();
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .toList();
    }
  }

  /** What one ingest has done so far, told to its progress listener as it goes. */
  private static final class Batch {
    final List<Article> stored = new ArrayList<>();
    final List<String> duplicates = new ArrayList<>();
    final List<IngestFailure> failed = new ArrayList<>();
    final List<Annotation> orphaned = new ArrayList<>();
    final IngestProgress progress;
    final BooleanSupplier cancelRequested;
    final long started = System.nanoTime();
    final Set<String> filesSinceCommit = new LinkedHashSet<>();
    boolean cancelled;
    int sinceCommit;
    int storedSinceCommit;
    int filesDone;
    int filesTotal;
    String currentFile;
    long fileArticles;
    long fileDone;
    long articlesRead;

    Batch() {
      this(IngestProgress.NONE, () -> false);
    }

    Batch(IngestProgress progress, BooleanSupplier cancelRequested) {
      this.progress = progress;
      this.cancelRequested = cancelRequested;
    }

    /** Returns true once the user asked to stop; polled between articles, not only files. */
    boolean stopping() {
      if (!cancelled && cancelRequested.getAsBoolean()) {
        cancelled = true;
      }
      return cancelled;
    }

    void startFile(String file) {
      currentFile = file;
      fileArticles = 0;
      fileDone = 0;
      tell();
    }

    void read(int articles) {
      fileArticles += articles;
      articlesRead += articles;
      tell();
    }

    void articleDone() {
      fileDone++;
      tell();
    }

    private void tell() {
      progress.update(
          new IngestStatus(
              filesDone,
              filesTotal,
              currentFile,
              fileArticles,
              fileDone,
              articlesRead,
              stored.size(),
              duplicates.size(),
              Duration.ofNanos(System.nanoTime() - started)));
    }

    /** Counts an article stored (not yet committed) from a file, or from no file when null. */
    void storedFrom(Article article, String file) {
      stored.add(article);
      storedSinceCommit++;
      if (file != null) {
        filesSinceCommit.add(file);
      }
    }

    /** Notes that everything stored so far is durable. */
    void committed() {
      sinceCommit = 0;
      storedSinceCommit = 0;
      filesSinceCommit.clear();
    }

    /**
     * Lists as not stored every file since the last commit, the one being read and those never
     * reached, after the library stopped answering: an article sent but not committed may be lost.
     * Ingesting them again stores them once: what did reach the library is a duplicate then.
     */
    void archiveLost(String reason, List<String> unattempted) {
      stored.subList(stored.size() - storedSinceCommit, stored.size()).clear();
      Set<String> notStored = new LinkedHashSet<>(filesSinceCommit);
      if (currentFile != null) {
        notStored.add(currentFile);
      }
      notStored.addAll(unattempted);
      String why = "not stored: " + reason + "; ingest it again once it answers";
      notStored.forEach(file -> failed.add(new IngestFailure(file, why)));
      committed();
    }

    /** Re-anchors the annotations of stories that got a new version; call after a commit. */
    void reanchor(WorkspaceAnnotations annotations) {
      orphaned.addAll(annotations.reanchor(stored));
    }

    IngestReport report() {
      return new IngestReport(stored, duplicates, failed, cancelled, orphaned);
    }
  }
}
