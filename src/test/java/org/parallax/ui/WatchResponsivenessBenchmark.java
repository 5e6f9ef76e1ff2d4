package org.parallax.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.workspace.LibraryBenchmark;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * How responsive the window's JavaFX thread stays while a watched folder ingests: 1,000 article
 * files ({@code -Dwatch.files=N}) written into a folder the window watches, while a probe thread
 * asks the JavaFX thread to run a no-op every 20 ms and records how long each waited (what a click
 * or a key would wait). The same probe runs first for 10 s with the window idle, for comparison.
 * Prints the latencies' median, 95th, 99th percentile and maximum, the load average, and how long
 * the 1,000 took to be stored and checked.
 *
 * <p>Run: {@code mvn -o test -Dexcluded.groups= -Dgroups=benchmark
 * -Dtest=WatchResponsivenessBenchmark}.
 */
@Tag("benchmark")
@ExtendWith(ApplicationExtension.class)
class WatchResponsivenessBenchmark {

  private static final long PROBE_MILLIS = 20;

  @TempDir Path folder;

  private final ExecutorService work = Background.singleThread("bench-work");
  private final ExecutorService importWork = Background.singleThread("bench-import");
  private Services services;
  private MainWindow window;

  @Start
  void start(Stage stage) {
    MainWindowViewModel viewModel =
        new MainWindowViewModel(folder.resolve("workspace"), work, importWork, Platform::runLater);
    window = new MainWindow(viewModel);
    Scene scene = new Scene(window.root(), 1280, 800);
    scene.getStylesheets().add(WorkbenchApp.stylesheet());
    stage.setScene(scene);
    stage.show();
    services = WorkspaceServices.open(folder.resolve("workspace"));
    viewModel.open(services);
  }

  @AfterEach
  void closeWorkspace() throws Exception {
    work.shutdown();
    importWork.shutdown();
    work.awaitTermination(60, TimeUnit.SECONDS);
    importWork.awaitTermination(60, TimeUnit.SECONDS);
    services.closer().close();
  }

  @Test
  void theWindowAnswersWhileAWatchedFolderIngests(FxRobot robot) throws Exception {
    int files = Integer.getInteger("watch.files", 1_000);
    Path inbox = Files.createDirectories(folder.resolve("inbox"));
    List<String> paragraphs = LibraryBenchmark.paragraphs();
    Random random = new Random(Long.getLong("parallax.test.seed", 42L));
    robot.interact(() -> window.alerts().watch(inbox));
    WaitForAsyncUtils.waitFor(
        60, TimeUnit.SECONDS, () -> services.alerts().watchedFolders().contains(inbox));

    report("idle", probe(() -> sleep(10_000)));

    long before = services.library().size();
    long[] took = new long[1];
    List<Double> busy =
        probe(
            () -> {
              long start = System.nanoTime();
              for (int n = 0; n < files; n++) {
                StringBuilder text = new StringBuilder("Arrival " + n + "\n\n");
                for (int p = 3 + random.nextInt(4); p > 0; p--) {
                  text.append(paragraphs.get(random.nextInt(paragraphs.size()))).append("\n\n");
                }
                Path partial = inbox.resolve("arrival-" + n + ".txt.part");
                Files.writeString(partial, text, StandardCharsets.UTF_8);
                Files.move(partial, inbox.resolve("arrival-" + n + ".txt"));
              }
              while (services.library().size() < before + files) {
                sleep(200);
              }
              took[0] = System.nanoTime() - start;
            });
    report("while " + files + " files arrive", busy);
    System.out.printf(
        Locale.ROOT, "%d files stored in %.1f s (load average %s)%n", files, took[0] / 1e9, load());
    assertThat(busy).isNotEmpty();
  }

  /** Runs work while probing the JavaFX thread; returns each probe's wait in milliseconds. */
  private static List<Double> probe(ThrowingRunnable during) throws Exception {
    List<Double> waits = new ArrayList<>();
    AtomicBoolean running = new AtomicBoolean(true);
    ScheduledExecutorService prober =
        Executors.newSingleThreadScheduledExecutor(task -> new Thread(task, "bench-fx-probe"));
    prober.scheduleAtFixedRate(
        () -> {
          long posted = System.nanoTime();
          Platform.runLater(
              () -> {
                if (running.get()) {
                  synchronized (waits) {
                    waits.add((System.nanoTime() - posted) / 1e6);
                  }
                }
              });
        },
        0,
        PROBE_MILLIS,
        TimeUnit.MILLISECONDS);
    try {
      during.run();
    } finally {
      running.set(false);
      prober.shutdownNow();
    }
    synchronized (waits) {
      return new ArrayList<>(waits);
    }
  }

  private static void report(String when, List<Double> waits) {
    double[] sorted = waits.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    System.out.printf(
        Locale.ROOT,
        "JavaFX thread %s: %d probes, wait p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms"
            + " (load average %s)%n",
        when,
        sorted.length,
        at(sorted, 0.50),
        at(sorted, 0.95),
        at(sorted, 0.99),
        sorted.length == 0 ? 0 : sorted[sorted.length - 1],
        load());
    System.out.println("  longest waits (ms): " + tail(sorted, 10));
  }

  private static double at(double[] sorted, double share) {
    return sorted.length == 0
        ? 0
        : sorted[(int) Math.min(sorted.length - 1, share * sorted.length)];
  }

  private static String tail(double[] sorted, int count) {
    double[] last = Arrays.copyOfRange(sorted, Math.max(0, sorted.length - count), sorted.length);
    StringBuilder text = new StringBuilder();
    for (double value : last) {
      text.append(String.format(Locale.ROOT, "%.0f ", value));
    }
    return text.toString().strip();
  }

  private static String load() {
    try {
      return Files.readString(Path.of("/proc/loadavg"), StandardCharsets.UTF_8).split(" ")[0];
    } catch (java.io.IOException e) {
      return "?";
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private interface ThrowingRunnable {
    void run() throws Exception;
  }
}
