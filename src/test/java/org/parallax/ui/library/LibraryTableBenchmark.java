package org.parallax.ui.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Article;
import org.parallax.model.FacetCount;
import org.parallax.model.LibraryOrder;
import org.parallax.model.Published;
import org.parallax.model.SearchHit;
import org.parallax.testing.Articles;
import org.parallax.workspace.SearchRequest;
import org.parallax.workspace.Workspace;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Measures the library table at 100,000 articles in the real (headless) window: how long from an
 * action (sort on a column, check or uncheck a facet value, scroll) until the table has laid out
 * its new rows. Each action runs the real path: the view model asks the workspace on its background
 * thread, the rows come back to the JavaFX thread and the table lays them out.
 *
 * <p>The articles are generated (random words from a fixed vocabulary, 20 outlets, 60 bylines, a
 * date in 2025-2026, 80 to 400 words) and stored with {@code Workspace.ingestArticles}. {@code
 * -Dparallax.bench.workspace=DIR} keeps the workspace in DIR and reuses it on the next run.
 *
 * <p>Run: {@code mvn -o test -Dexcluded.groups= -Dgroups=benchmark -Dtest=LibraryTableBenchmark}.
 */
@Tag("benchmark")
@ExtendWith(ApplicationExtension.class)
class LibraryTableBenchmark {

  private static final int ARTICLES = 100_000;
  private static final int BATCH = 5_000;
  private static final int ROUNDS = 15;

  /** JavaFX-thread time of the action being timed, in nanoseconds (touched on that thread). */
  private static final long[] fxNanos = new long[1];

  private static volatile double lastFxMillis;

  @TempDir Path temp;

  private final ExecutorService work =
      Executors.newSingleThreadExecutor(task -> new Thread(task, "parallax-bench-library"));
  private Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
  }

  @Test
  void sortsFiltersAndScrolls100kRowsEachWithinAFrameBudget(FxRobot robot) throws Exception {
    String kept = System.getProperty("parallax.bench.workspace");
    Path folder = kept != null ? Path.of(kept) : temp.resolve("ws");
    boolean reuse = kept != null && Files.isDirectory(folder.resolve("index"));
    try (Workspace workspace = Workspace.open(folder)) {
      if (!reuse) {
        long begin = System.nanoTime();
        fill(workspace, new Random(20261203L));
        System.out.printf(
            Locale.ROOT,
            "stored %d articles in %.1f s%n",
            workspace.size(),
            (System.nanoTime() - begin) / 1e9);
      }
      assertThat(workspace.size()).isGreaterThanOrEqualTo(ARTICLES);
      Preferences prefs =
          Preferences.userRoot().node("org/parallax/bench/library-" + System.nanoTime());
      // The JavaFX thread's share of each action (applying the rows, laying them out) is the
      // time the window cannot respond; the rest runs on the search thread.
      LibraryViewModel viewModel =
          new LibraryViewModel(
              work,
              task ->
                  Platform.runLater(
                      () -> {
                        long begin = cpuNanos();
                        task.run();
                        fxNanos[0] += cpuNanos() - begin;
                      }));
      AtomicReference<TableView<SearchHit>> table = new AtomicReference<>();
      robot.interact(
          () -> {
            table.set(new LibraryTable(viewModel, new ColumnLayout(prefs)).table());
            stage.setScene(new Scene(table.get(), 760, 560));
            stage.show();
          });
      double first = timed(viewModel, table.get(), vm -> vm.setLibrary(workspace));
      System.out.printf(
          Locale.ROOT, "first listing of %,d rows: %.1f ms%n", rowCount(table), first);

      List<double[]> sorts = new ArrayList<>();
      for (TableColumn<SearchHit, ?> column : table.get().getColumns()) {
        double[] times = new double[ROUNDS];
        double[] fx = new double[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
          TableColumn.SortType type =
              i % 2 == 0 ? TableColumn.SortType.ASCENDING : TableColumn.SortType.DESCENDING;
          times[i] =
              timedOnFx(
                  viewModel,
                  table.get(),
                  () -> {
                    column.setSortType(type);
                    table.get().getSortOrder().setAll(List.of(column));
                  });
          fx[i] = lastFxMillis;
        }
        report("sort by " + column.getText(), times);
        report("  CPU time of the JavaFX thread", fx);
        sorts.add(times);
      }

      List<FacetCount> outlets = List.copyOf(viewModel.outlets());
      double[] outletTimes = new double[ROUNDS * 2];
      double[] outletFx = new double[ROUNDS * 2];
      for (int i = 0; i < ROUNDS; i++) {
        String outlet = outlets.get(i % outlets.size()).value();
        outletTimes[2 * i] = timed(viewModel, table.get(), vm -> vm.toggleOutlet(outlet));
        outletFx[2 * i] = lastFxMillis;
        outletTimes[2 * i + 1] = timed(viewModel, table.get(), vm -> vm.toggleOutlet(outlet));
        outletFx[2 * i + 1] = lastFxMillis;
      }
      report("check / uncheck an outlet", outletTimes);
      report("  CPU time of the JavaFX thread", outletFx);

      List<FacetCount> months = List.copyOf(viewModel.dates());
      double[] dateTimes = new double[ROUNDS * 2];
      double[] dateFx = new double[ROUNDS * 2];
      for (int i = 0; i < ROUNDS; i++) {
        String group = months.get(i % months.size()).value();
        dateTimes[2 * i] = timed(viewModel, table.get(), vm -> vm.toggleDate(group));
        dateFx[2 * i] = lastFxMillis;
        dateTimes[2 * i + 1] = timed(viewModel, table.get(), vm -> vm.toggleDate(group));
        dateFx[2 * i + 1] = lastFxMillis;
      }
      report("check / uncheck a Published group (" + months.size() + " groups)", dateTimes);
      report("  CPU time of the JavaFX thread", dateFx);

      for (LibraryOrder.Column column : LibraryOrder.Column.values()) {
        double[] times = new double[ROUNDS];
        double[] cpu = new double[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
          long begin = System.nanoTime();
          long beginCpu = cpuNanos();
          workspace.browse(
              new SearchRequest("", List.of(), List.of(), false, 1_000_000),
              new LibraryOrder(column, i % 2 == 1));
          times[i] = (System.nanoTime() - begin) / 1e6;
          cpu[i] = (cpuNanos() - beginCpu) / 1e6;
        }
        report("index only: every row by " + column, times);
        report("  CPU time", cpu);
      }

      Random random = new Random(7);
      double[] scrolls = new double[ROUNDS * 4];
      double[] scrollCpu = new double[ROUNDS * 4];
      for (int i = 0; i < scrolls.length; i++) {
        int row = random.nextInt(rowCount(table));
        double[] took = new double[2];
        robot.interact(
            () -> {
              long begin = System.nanoTime();
              long beginCpu = cpuNanos();
              table.get().scrollTo(row);
              table.get().layout();
              took[0] = (System.nanoTime() - begin) / 1e6;
              took[1] = (cpuNanos() - beginCpu) / 1e6;
            });
        scrolls[i] = took[0];
        scrollCpu[i] = took[1];
      }
      report("scroll to a random row and lay out", scrolls);
      report("  CPU time of the JavaFX thread", scrollCpu);
      prefs.removeNode();
    } finally {
      work.shutdown();
      work.awaitTermination(30, TimeUnit.SECONDS);
    }
  }

  private static int rowCount(AtomicReference<TableView<SearchHit>> table) {
    return table.get().getItems().size();
  }

  /** Times an action started on the JavaFX thread until the new rows are laid out. */
  private static double timedOnFx(
      LibraryViewModel viewModel, TableView<SearchHit> table, Runnable action)
      throws InterruptedException {
    return timed(viewModel, table, vm -> action.run());
  }

  private static long cpuNanos() {
    return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
  }

  private static double timed(
      LibraryViewModel viewModel, TableView<SearchHit> table, Consumer<LibraryViewModel> action)
      throws InterruptedException {
    CountDownLatch laidOut = new CountDownLatch(1);
    long[] times = new long[2];
    fxNanos[0] = 0;
    Platform.runLater(
        () -> {
          long triggered = cpuNanos();
          ChangeListener<Number> whenApplied =
              new ChangeListener<>() {
                @Override
                public void changed(
                    javafx.beans.value.ObservableValue<? extends Number> o,
                    Number was,
                    Number now) {
                  viewModel.searchesDoneProperty().removeListener(this);
                  long begin = cpuNanos();
                  table.applyCss();
                  long css = cpuNanos();
                  table.layout();
                  long laid = cpuNanos();
                  times[1] = System.nanoTime();
                  if (Boolean.getBoolean("parallax.bench.trace")) {
                    System.out.printf(
                        Locale.ROOT,
                        "  trace: fx so far %.1f ms, css %.1f ms, layout %.1f ms%n",
                        fxNanos[0] / 1e6,
                        (css - begin) / 1e6,
                        (laid - css) / 1e6);
                  }
                  fxNanos[0] += laid - begin;
                  laidOut.countDown();
                }
              };
          viewModel.searchesDoneProperty().addListener(whenApplied);
          times[0] = System.nanoTime();
          action.accept(viewModel);
          fxNanos[0] += cpuNanos() - triggered;
        });
    assertThat(laidOut.await(60, TimeUnit.SECONDS)).isTrue();
    lastFxMillis = fxNanos[0] / 1e6;
    return (times[1] - times[0]) / 1e6;
  }

  private static void report(String what, double[] millis) {
    double[] sorted = millis.clone();
    Arrays.sort(sorted);
    System.out.printf(
        Locale.ROOT,
        "%-55s median %6.1f ms  p90 %6.1f ms  max %6.1f ms  (%d runs)%n",
        what,
        sorted[sorted.length / 2],
        sorted[(int) Math.floor(sorted.length * 0.9)],
        sorted[sorted.length - 1],
        sorted.length);
  }

  private static void fill(Workspace workspace, Random random) {
    List<String> words = vocabulary(random);
    List<String> outlets = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      outlets.add("Outlet " + (char) ('A' + i) + " News");
    }
    List<String> bylines = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      bylines.add("By " + capital(words.get(random.nextInt(words.size()))) + " Writer" + i);
    }
    LocalDate firstDay = LocalDate.of(2025, 1, 1);
    for (int start = 0; start < ARTICLES; start += BATCH) {
      List<Article> batch = new ArrayList<>();
      for (int i = start; i < start + BATCH; i++) {
        StringBuilder title = new StringBuilder();
        for (int w = 0; w < 6 + random.nextInt(6); w++) {
          title.append(w == 0 ? "" : " ").append(words.get(random.nextInt(words.size())));
        }
        List<String> paragraphs = new ArrayList<>();
        int total = 80 + random.nextInt(320);
        for (int p = 0; p < 4; p++) {
          StringBuilder paragraph = new StringBuilder();
          for (int w = 0; w < total / 4; w++) {
            paragraph.append(w == 0 ? "" : " ").append(words.get(random.nextInt(words.size())));
          }
          paragraphs.add(capital(paragraph.toString()) + ".");
        }
        OffsetDateTime when =
            firstDay
                .plusDays(random.nextInt(730))
                .atTime(random.nextInt(24), random.nextInt(60))
                .atOffset(ZoneOffset.UTC);
        batch.add(
            Articles.withId("bench-" + i)
                .outlet(outlets.get(random.nextInt(outlets.size())))
                .title(capital(title.toString()))
                .published(Published.at(when))
                .byline(random.nextInt(3) == 0 ? null : bylines.get(random.nextInt(bylines.size())))
                .paragraphs(paragraphs)
                .build());
      }
      workspace.ingestArticles(batch);
    }
  }

  private static List<String> vocabulary(Random random) {
    List<String> words = new ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      StringBuilder word = new StringBuilder();
      for (int c = 0; c < 3 + random.nextInt(7); c++) {
        word.append((char) ('a' + random.nextInt(26)));
      }
      words.add(word.toString());
    }
    return words;
  }

  private static String capital(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
