package org.parallax.workspace;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.parallax.index.ArticleIndex;
import org.parallax.model.Article;
import org.parallax.model.ArticleId;
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

  private static final Logger LOG = LoggerFactory.getLogger(Workspace.class);

  private final Path folder;

  /** Null (as is the lock) when opened for reading only. */
  private final FileChannel lockChannel;

  private final FileLock lock;
  private final ArticleIndex index;
  private final IndexChoice library;
  private final WorkspaceAnnotations annotations;
  private final Clock clock = Clock.systemUTC();
  private final Object ingestLock = new Object();
  private final LearntBoilerplate boilerplate;
  private final Originals originals;
  private final WorkspaceIngest ingest;

  private Workspace(
      Path folder, FileChannel lockChannel, FileLock lock, ArticleIndex index, IndexChoice library)
      throws IOException {
    this.folder = folder;
    this.lockChannel = lockChannel;
    this.lock = lock;
    this.index = index;
    this.library = library;
    this.boilerplate = new LearntBoilerplate(index);
    this.originals = new Originals(folder);
    try {
      this.annotations =
          lock == null
              ? WorkspaceAnnotations.openForReading(folder, index, clock)
              : WorkspaceAnnotations.open(folder, index, clock);
    } catch (IOException | RuntimeException e) {
      index.close();
      throw e;
    }
    this.ingest = new WorkspaceIngest(folder, index, originals, annotations, clock, ingestLock);
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
    return openDefault(folder, IndexChoice.REMEMBERED);
  }

  /**
   * As {@link #openDefault(Path)}, with the articles in the library chosen. The samples go only
   * into a new embedded index: a shared archive is the newsroom's, not a newcomer's sandbox.
   */
  public static Workspace openDefault(Path folder, IndexChoice library) throws IOException {
    boolean isNew = !Files.isDirectory(folder.resolve("index"));
    Workspace workspace = open(folder, library);
    if (isNew && workspace.library().isEmbedded()) {
      workspace.ingest.seedSamples();
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
    return ingest.ingest(paths, progress, cancelled);
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
    return ingest.ingestBytes(name, bytes);
  }

  /**
   * Stores articles that were read elsewhere (benchmarks, evaluation corpora), committing as an
   * ingest does; no original file is kept.
   *
   * @param articles the articles, as a reader returns them
   */
  public IngestReport ingestArticles(List<Article> articles) {
    return ingest.ingestArticles(articles);
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
      Map<String, byte[]> taken = originals.takeOut(versions, index.sourceHashes());
      LOG.info("deleted {} ({} version(s))", id.value(), versions.size());
      return Optional.of(new DeletedArticle(id, versions, taken, annotations.forArticle(id)));
    }
  }

  @Override
  public void restore(DeletedArticle deleted) throws IOException {
    synchronized (ingestLock) {
      index.restore(deleted.versions());
      originals.putBack(deleted.originals());
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
  public WorkspaceBoilerplate boilerplate() {
    return boilerplate.current();
  }

  /**
   * Returns the boilerplate learnt last, learning it again only when the number of stories has
   * changed by more than {@code tolerance} of it since (or it was never learnt): for a watcher
   * checking a few new articles at a time, where relearning from every story on each arrival would
   * cost more than the check, and a few more stories cannot change what recurs across many.
   *
   * @param tolerance the share of stories, in [0, 1], that may be added or removed first
   */
  public WorkspaceBoilerplate boilerplate(double tolerance) {
    return boilerplate.current(tolerance);
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
}
