package org.parallax.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.parallax.index.ArticleIndex;
import org.parallax.ingest.ArticleReaders;
import org.parallax.ingest.IngestException;
import org.parallax.model.Annotation;
import org.parallax.model.Article;
import org.parallax.model.ArticleId;
import org.parallax.model.IngestFailure;
import org.parallax.model.IngestReport;
import org.parallax.model.SearchHit;
import org.parallax.model.SearchResults;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A workspace folder and the library of articles it holds.
 *
 * <p>The folder contains {@code index/} (Lucene), {@code originals/} (every ingested file, named by
 * the SHA-256 of its bytes), {@code annotations/} (W3C JSON-LD and the codebook), {@code
 * settings.json} and {@code logs/}. One process at a time may open it: a lock file tells a second
 * one clearly. Close it to release the lock and make every stored article durable.
 */
public final class Workspace implements Library, AutoCloseable {

  /** Articles stored between two commits during an ingest; a crash loses at most these. */
  static final int COMMIT_EVERY = 500;

  private static final Logger LOG = LoggerFactory.getLogger(Workspace.class);

  private static final String SAMPLE_INDEX = "/sample-data/index.txt";

  private final Path folder;
  private final FileChannel lockChannel;
  private final FileLock lock;
  private final ArticleIndex index;
  private final WorkspaceAnnotations annotations;
  private final ArticleReaders readers = ArticleReaders.standard();
  private final Clock clock = Clock.systemUTC();
  private final Object ingestLock = new Object();
  private WorkspaceBoilerplate boilerplate;
  private long boilerplateStories = -1;

  private Workspace(Path folder, FileChannel lockChannel, FileLock lock, ArticleIndex index)
      throws IOException {
    this.folder = folder;
    this.lockChannel = lockChannel;
    this.lock = lock;
    this.index = index;
    try {
      this.annotations = WorkspaceAnnotations.open(folder, index, clock);
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
    Path root = folder.toAbsolutePath().normalize();
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
      return new Workspace(root, channel, lock, ArticleIndex.open(root.resolve("index")));
    } catch (IOException | RuntimeException e) {
      lock.release();
      channel.close();
      throw e;
    }
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

  /** Returns the workspace folder. */
  public Path folder() {
    return folder;
  }

  @Override
  public IngestReport ingest(List<Path> paths, IngestProgress progress, BooleanSupplier cancelled) {
    Batch batch = new Batch();
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      listFiles(path, files, batch);
    }
    synchronized (ingestLock) {
      int done = 0;
      for (Path file : files) {
        if (cancelled.getAsBoolean()) {
          batch.cancelled = true;
          break;
        }
        progress.update(done, files.size(), file.toString());
        ingestFile(file, batch);
        done++;
      }
      index.commit();
      batch.reanchor(annotations);
      progress.update(done, files.size(), null);
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
    Batch batch = new Batch();
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
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

  /** Commits what was stored, closes the index and releases the workspace. */
  @Override
  public void close() {
    try {
      index.close();
    } finally {
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
    for (Article article : articles) {
      Optional<Article> stored = index.store(article, clock.instant());
      if (stored.isPresent()) {
        batch.stored.add(stored.get());
        if (++batch.sinceCommit >= COMMIT_EVERY) {
          index.commit();
          batch.sinceCommit = 0;
        }
      } else {
        batch.duplicates.add(path != null ? path : article.id().value());
      }
    }
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
    try (Stream<Path> walk = Files.walk(path)) {
      walk.filter(Files::isRegularFile)
          .filter(file -> !file.getFileName().toString().startsWith("."))
          .sorted()
          .forEach(files::add);
    } catch (IOException | UncheckedIOException e) {
      batch.failed.add(
          new IngestFailure(path.toString(), "the folder cannot be listed: " + e.getMessage()));
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

  /** What one ingest has done so far. */
  private static final class Batch {
    final List<Article> stored = new ArrayList<>();
    final List<String> duplicates = new ArrayList<>();
    final List<IngestFailure> failed = new ArrayList<>();
    final List<Annotation> orphaned = new ArrayList<>();
    boolean cancelled;
    int sinceCommit;

    /** Re-anchors the annotations of stories that got a new version; call after a commit. */
    void reanchor(WorkspaceAnnotations annotations) {
      orphaned.addAll(annotations.reanchor(stored));
    }

    IngestReport report() {
      return new IngestReport(stored, duplicates, failed, cancelled, orphaned);
    }
  }
}
