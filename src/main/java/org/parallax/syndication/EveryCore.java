package org.parallax.syndication;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToIntFunction;

/**
 * Runs the per-article work of a workspace-wide pass (the scan's look-ups and comparisons, the
 * events' related-report queries) on one thread per core: the index searcher, the analyser and the
 * engine are safe to share, and these passes are what a user waits minutes for.
 */
final class EveryCore {

  private EveryCore() {}

  /**
   * Runs tasks and returns their results in order, telling {@code progress} after each how many
   * things the results so far found.
   *
   * @param tasks the work, one task per article or pair
   * @param stage the stage named in progress
   * @param progress told after each result
   * @param found how many things one result counts for (pairs, links)
   * @throws InterruptedIOException when the calling thread is interrupted
   */
  static <T> List<T> run(
      List<Callable<T>> tasks, String stage, ScanProgress progress, ToIntFunction<T> found)
      throws IOException {
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    ExecutorService pool = Executors.newFixedThreadPool(threads, namedThreads(stage));
    try {
      List<Future<T>> futures = new ArrayList<>(tasks.size());
      for (Callable<T> task : tasks) {
        futures.add(pool.submit(task));
      }
      List<T> results = new ArrayList<>(futures.size());
      int total = 0;
      for (int i = 0; i < futures.size(); i++) {
        T result = futures.get(i).get();
        results.add(result);
        total += found.applyAsInt(result);
        progress.update(stage, i + 1, futures.size(), total);
      }
      return results;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      InterruptedIOException stopped = new InterruptedIOException("the " + stage + " was stopped");
      stopped.initCause(e);
      throw stopped;
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Names the pool's threads after the stage ({@code parallax-verify-2}) so a thread dump or a log
   * line says which pass a thread works for; daemon threads, so a pass left running never keeps the
   * program from exiting.
   */
  private static ThreadFactory namedThreads(String stage) {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, "parallax-" + stage + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
