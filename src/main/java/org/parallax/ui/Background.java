package org.parallax.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Named daemon threads for the window's heavy work (search, compare, import), so the JavaFX thread
 * only ever applies results.
 */
public final class Background {

  private Background() {}

  /** Returns a single-thread executor whose thread is a daemon named {@code parallax-<name>-N}. */
  public static ExecutorService singleThread(String name) {
    AtomicInteger count = new AtomicInteger();
    return Executors.newSingleThreadExecutor(
        task -> {
          Thread thread = new Thread(task, "parallax-" + name + "-" + count.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        });
  }
}
