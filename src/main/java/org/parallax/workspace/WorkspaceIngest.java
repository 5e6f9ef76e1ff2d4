package org.parallax.workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.parallax.index.ArticleIndex;
import org.parallax.index.IndexUnavailableException;
import org.parallax.ingest.ArticleReaders;
import org.parallax.ingest.IngestException;
import org.parallax.model.Article;
import org.parallax.model.IngestFailure;
import org.parallax.model.IngestReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Storing articles in a workspace: reading files, content or bundled samples with the standard
 * readers, keeping their originals, storing each new version, committing every {@link
 * #COMMIT_EVERY} articles and at the end, and re-anchoring the annotations of stories that changed.
 * Every write holds the workspace's write lock, so an ingest never interleaves with a delete.
 */
final class WorkspaceIngest {

  /** Articles stored between two commits during an ingest; a crash loses at most these. */
  static final int COMMIT_EVERY = 500;

  private static final Logger LOG = LoggerFactory.getLogger(WorkspaceIngest.class);

  private final Path folder;
  private final ArticleIndex index;
  private final Originals originals;
  private final WorkspaceAnnotations annotations;
  private final Clock clock;
  private final Object ingestLock;
  private final ArticleReaders readers = ArticleReaders.standard();

  WorkspaceIngest(
      Path folder,
      ArticleIndex index,
      Originals originals,
      WorkspaceAnnotations annotations,
      Clock clock,
      Object ingestLock) {
    this.folder = folder;
    this.index = index;
    this.originals = originals;
    this.annotations = annotations;
    this.clock = clock;
    this.ingestLock = ingestLock;
  }

  IngestReport ingest(List<Path> paths, IngestProgress progress, BooleanSupplier cancelled) {
    IngestBatch batch = new IngestBatch(progress, cancelled);
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      IngestFileList.add(path, files, batch.failed);
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

  /**
   * Stores the articles of content that did not come from a file (a feed fetched over HTTP), read
   * as a file of that name would be, and keeps the content as an original.
   *
   * @param name the name the content is read and reported under (its extension picks no reader: the
   *     content does)
   * @param bytes the content, in whatever encoding it declares
   */
  IngestReport ingestBytes(String name, byte[] bytes) {
    IngestBatch batch = new IngestBatch();
    synchronized (ingestLock) {
      try {
        List<Article> articles = readers.read(name, bytes);
        originals.keep(bytes, articles);
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
  IngestReport ingestArticles(List<Article> articles) {
    IngestBatch batch = new IngestBatch();
    synchronized (ingestLock) {
      storeAll(articles, null, batch);
      index.commit();
      batch.reanchor(annotations);
    }
    return batch.report();
  }

  private void ingestFile(Path file, IngestBatch batch) {
    try {
      List<Article> articles = readers.read(file);
      originals.keep(Files.readAllBytes(file), articles);
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

  private void commit(IngestBatch batch) {
    index.commit();
    batch.committed();
  }

  private void storeAll(List<Article> articles, String path, IngestBatch batch) {
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

  void seedSamples() throws IOException {
    IngestBatch batch = new IngestBatch();
    for (String name : BundledSamples.names()) {
      Optional<byte[]> bytes = BundledSamples.bytes(name);
      if (bytes.isEmpty()) {
        LOG.warn("sample {} is listed but not bundled", name);
        continue;
      }
      try {
        List<Article> articles = readers.read(name, bytes.get());
        originals.keep(bytes.get(), articles);
        storeAll(articles, name, batch);
      } catch (IngestException e) {
        LOG.warn("sample {} could not be read: {}", name, e.getMessage());
      }
    }
    index.commit();
    LOG.info("seeded the new workspace {} with {} sample reports", folder, batch.stored.size());
  }
}
