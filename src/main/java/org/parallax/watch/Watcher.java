package org.parallax.watch;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.parallax.model.Article;
import org.parallax.model.ArticleId;
import org.parallax.model.IngestReport;
import org.parallax.syndication.EventResults;
import org.parallax.syndication.IncrementalEvents;
import org.parallax.syndication.ScanPair;
import org.parallax.syndication.SyndicationScan;
import org.parallax.workspace.IngestProgress;
import org.parallax.workspace.Workspace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps watch over folders and feeds for one workspace: ingests what arrives, checks each new
 * article against the library with the syndication scan's evidence, and tells every new derivation
 * once.
 *
 * <p>All of it runs on one named thread ({@code parallax-watch}), one round every {@link #ROUND}:
 * ingest and check are as slow as they are, and one thread keeps the alert log and the polls free
 * of races. Articles are checked after their ingest is committed, and the alert log moves its
 * checked time only with the alerts of those articles; so a watcher killed at any point loses no
 * committed article, and on the next start checks again whatever was stored after that time.
 */
public final class Watcher implements AutoCloseable {

  /** How often folders are looked at (and feeds asked, when due). */
  static final Duration ROUND = Duration.ofMillis(500);

  /** How long {@link #close} waits for the round under way before interrupting it. */
  static final Duration STOP_WAIT = Duration.ofSeconds(30);

  /** Files ingested and checked together at most, so alerts come while a full folder loads. */
  static final int FILES_PER_BATCH = 100;

  private static final Logger LOG = LoggerFactory.getLogger(Watcher.class);

  private final Workspace workspace;
  private final SyndicationScan scan;
  private final FolderWatch folders;
  private final FeedWatch feeds;
  private final AlertLog log;
  private final WatchListener listener;
  private final Clock clock = Clock.systemUTC();
  private final ScheduledExecutorService thread;
  private final ExecutorService httpThreads;
  private volatile boolean stopping;

  /**
   * Prepares a watcher; {@link #start} starts it.
   *
   * @param workspace the open workspace, for writing
   * @param scan the scan whose evidence checks new articles
   * @param options what to watch and how
   * @param listener told of alerts, ingests and failures
   * @throws IOException when the alert log or the feeds' state cannot be read
   */
  public Watcher(
      Workspace workspace, SyndicationScan scan, WatchOptions options, WatchListener listener)
      throws IOException {
    this.workspace = workspace;
    this.scan = scan;
    this.listener = listener;
    this.log = AlertLog.load(workspace.folder());
    this.folders =
        new FolderWatch(options.folders(), options.quiet(), HandledFiles.open(workspace.folder()));
    this.httpThreads = Executors.newCachedThreadPool(named("parallax-feed-"));
    HttpClient client =
        HttpClient.newBuilder()
            .executor(httpThreads)
            .connectTimeout(Duration.ofSeconds(20))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    this.feeds = new FeedWatch(options.feeds(), options.feedEvery(), client, workspace.folder());
    this.thread = Executors.newSingleThreadScheduledExecutor(named("parallax-watch"));
  }

  /** Starts watching: first checks what was stored since the last watch, then a round at a time. */
  public void start() {
    thread.execute(this::resume);
    thread.scheduleWithFixedDelay(this::round, 0, ROUND.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Adds a folder to those watched, from any thread. */
  public void watch(Path folder) {
    thread.execute(() -> folders.add(folder));
  }

  /** Adds a feed to those polled, from any thread. */
  public void watchFeed(URI address) {
    thread.execute(() -> feeds.add(address));
  }

  /** Returns the alerts raised so far in this workspace, oldest first. */
  public static List<Alert> alerts(Path workspaceFolder) throws IOException {
    return AlertLog.load(workspaceFolder).alerts();
  }

  /**
   * Stops watching, waiting for the round under way to end: its ingest stops between files and its
   * check finishes. The thread is not interrupted unless the round outlasts {@link #STOP_WAIT}: an
   * interrupt during index I/O would close Lucene's writer, and the workspace after it.
   */
  @Override
  public void close() {
    stopping = true;
    thread.shutdown();
    try {
      if (!thread.awaitTermination(STOP_WAIT.toSeconds(), TimeUnit.SECONDS)) {
        LOG.warn("the watcher's round did not end within {}; interrupting it", STOP_WAIT);
        thread.shutdownNow();
        thread.awaitTermination(STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    httpThreads.shutdownNow();
  }

  /** Checks what was stored after the log's checked time: a previous watcher's unfinished work. */
  private void resume() {
    try {
      scan.warmUp();
      Instant through = log.checkedThrough();
      if (through == null) {
        // A first watch alerts on what arrives from now on, not on the library already there.
        log.record(List.of(), clock.instant());
        return;
      }
      List<Article> unchecked =
          workspace.articles().stream()
              .filter(a -> a.ingestedAt() != null && a.ingestedAt().isAfter(through))
              .toList();
      if (!unchecked.isEmpty()) {
        LOG.info("checking {} article(s) stored since {}", unchecked.size(), through);
        check(unchecked);
      }
    } catch (IOException | RuntimeException e) {
      report("could not check the articles stored since the last watch", e);
    }
  }

  private void round() {
    try {
      List<Path> ready = folders.ready(clock.instant());
      for (int from = 0; from < ready.size() && !stopping; from += FILES_PER_BATCH) {
        List<Path> batch = ready.subList(from, Math.min(ready.size(), from + FILES_PER_BATCH));
        IngestReport report = workspace.ingest(batch, IngestProgress.NONE, () -> stopping);
        folders.handled(batch);
        listener.ingested(batch.size() == 1 ? batch.get(0).toString() : describe(batch), report);
        check(report.stored());
      }
      for (FeedWatch.Fetched fetched : feeds.poll(clock.instant())) {
        IngestReport report = workspace.ingestBytes(fetched.address(), fetched.body());
        listener.ingested(fetched.address(), report);
        check(report.stored());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException | RuntimeException e) {
      // The next round tries again; a scheduled task that throws would never run again.
      report("a round of watching failed", e);
    }
  }

  /**
   * Tells a failure, unless the watcher is stopping: a check cut short by {@link #close} is no
   * failure, and the next start checks its articles again.
   */
  private void report(String what, Exception e) {
    if (stopping) {
      LOG.info("{} as the watcher stopped: {}", what, e.toString());
      return;
    }
    LOG.error("{}", what, e);
    listener.failed(what + ": " + (e.getMessage() == null ? e.toString() : e.getMessage()));
  }

  /** Checks articles just stored and tells the derivations not told before. */
  private void check(List<Article> stored) throws IOException {
    if (stored.isEmpty()) {
      return;
    }
    Set<ArticleId> ids = new LinkedHashSet<>();
    Instant through = null;
    for (Article article : stored) {
      ids.add(article.id());
      if (article.ingestedAt() != null
          && (through == null || article.ingestedAt().isAfter(through))) {
        through = article.ingestedAt();
      }
    }
    List<ScanPair> pairs = scan.check(List.copyOf(ids), (stage, done, total, found) -> {});
    String now = clock.instant().toString();
    List<Alert> found = new ArrayList<>();
    Set<String> newIds = new LinkedHashSet<>();
    ids.forEach(id -> newIds.add(id.value()));
    for (ScanPair pair : pairs) {
      // A later version by the same outlet is its own story updated, not a copy to alert on.
      if (ScanPair.DERIVED.equals(pair.verdict()) && !pair.version()) {
        String arrived =
            newIds.contains(pair.derived().id()) ? pair.derived().id() : pair.source().id();
        found.add(Alert.of(pair, arrived, now));
      }
    }
    for (Alert alert : log.record(found, through == null ? clock.instant() : through)) {
      listener.alert(alert);
    }
    joinEvents();
  }

  /**
   * Lets the articles just stored join the saved events, when the workspace has been grouped: after
   * the alerts, which are what a watcher is waited on for. A workspace never grouped is left to
   * {@code parallax events}, and so is the full grouping that command runs once the library has
   * drifted by {@link IncrementalEvents#DRIFT_LIMIT}: one takes minutes at 100,000 articles, and
   * the watcher's thread would raise no alert meanwhile.
   */
  private void joinEvents() {
    try {
      long start = System.nanoTime();
      Optional<EventResults> events =
          IncrementalEvents.update(
              workspace, Double.POSITIVE_INFINITY, (stage, done, total, links) -> {});
      if (events.isPresent()) {
        LOG.info(
            "events updated in {} ms: {} events over {} articles",
            (System.nanoTime() - start) / 1_000_000,
            events.get().events().size(),
            events.get().articles());
      }
    } catch (IOException | RuntimeException e) {
      report("could not update the saved events", e);
    }
  }

  private static String describe(List<Path> batch) {
    return batch.size() + " files (" + batch.get(0) + " …)";
  }

  private static ThreadFactory named(String prefix) {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread =
          new Thread(task, prefix + (prefix.endsWith("-") ? count.incrementAndGet() : ""));
      thread.setDaemon(true);
      return thread;
    };
  }
}
