package org.parallax.reliability;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One run over the hostile corpus: the readers file by file with a time limit, then a whole-folder
 * ingest of the same files into a workspace, with the peak heap they needed.
 *
 * @param seed the generator's seed
 * @param count generated inputs
 * @param hugeMegabytes size of the sparse huge file added to the inputs
 * @param longLineMegabytes size of the single-line file added to the inputs, 0 for none
 * @param resourceCases whether to add an article of a million words and a feed of 50,000 items
 */
record HostileRun(
    long seed, int count, int hugeMegabytes, int longLineMegabytes, boolean resourceCases) {

  /** Words of the very long article of the resource cases. */
  static final int MANY_WORDS = 1_000_000;

  /** Items of the very large feed of the resource cases. */
  static final int MANY_ITEMS = 50_000;

  /**
   * What the run found.
   *
   * @param readers what the readers did with each input
   * @param workspace what the workspace ingest of the whole folder did
   * @param serverRequests requests that reached the local server over both passes
   * @param peakHeapMegabytes the highest heap in use seen, sampled every 10 ms
   * @param maxHeapMegabytes the heap limit of the JVM
   */
  record Outcome(
      HostileInputHarness.Report readers,
      HostileInputHarness.WorkspaceReport workspace,
      int serverRequests,
      long peakHeapMegabytes,
      long maxHeapMegabytes) {

    boolean survived() {
      return readers.survived() && workspace.survived() && serverRequests == 0;
    }

    /** Returns every failing input with what went wrong, for the test's message. */
    List<String> problems() {
      List<String> problems = new ArrayList<>();
      readers.crashes().forEach(c -> problems.add("crash: " + c));
      readers.hangs().forEach(h -> problems.add("hang: " + h));
      readers.leaks().forEach(l -> problems.add("leak: " + l));
      readers.unclearReasons().forEach(u -> problems.add("unclear: " + u));
      workspace.internalErrors().forEach(e -> problems.add("workspace internal error: " + e));
      workspace.unclearReasons().forEach(u -> problems.add("workspace unclear: " + u));
      workspace.leaks().forEach(l -> problems.add("workspace leak: " + l));
      return problems;
    }

    List<String> summaryLines() {
      return List.of(
          readers.summary(),
          workspace.summary(),
          String.format(
              Locale.ROOT,
              "requests to the 127.0.0.1 server over both passes: %d; peak heap in use %d MB"
                  + " (sampled every 10 ms) of a %d MB limit, no OutOfMemoryError",
              serverRequests,
              peakHeapMegabytes,
              maxHeapMegabytes));
    }
  }

  /** Generates the inputs in {@code folder} and runs both passes over them. */
  Outcome execute(Path folder) throws IOException {
    try (HeapSampler heap = new HeapSampler();
        HostileInputHarness harness = new HostileInputHarness()) {
      Path inputFolder = folder.resolve("inputs");
      HostileInputs generator =
          new HostileInputs(inputFolder, folder.resolve("secret.txt"), seed, harness.serverUrl());
      List<HostileInputs.Input> inputs = new ArrayList<>(generator.generate(count));
      inputs.add(generator.huge(hugeMegabytes));
      if (longLineMegabytes > 0) {
        inputs.add(generator.longLine(longLineMegabytes));
      }
      if (resourceCases) {
        inputs.add(generator.manyWords(MANY_WORDS));
        inputs.add(generator.bigFeed(MANY_ITEMS));
      }
      HostileInputHarness.Report readers = harness.run(seed, inputs);
      HostileInputHarness.WorkspaceReport workspace =
          HostileInputHarness.ingestIntoWorkspace(folder.resolve("workspace"), inputFolder);
      return new Outcome(
          readers,
          workspace,
          harness.serverRequests(),
          heap.peakBytes() / 1_048_576,
          Runtime.getRuntime().maxMemory() / 1_048_576);
    }
  }

  /**
   * Samples the heap in use every 10 ms and keeps the highest value: a point-in-time total, unlike
   * the sum of the pools' separate peaks.
   */
  private static final class HeapSampler implements AutoCloseable {
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final AtomicLong peak = new AtomicLong();
    private final ScheduledExecutorService sampler =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "heap-sampler");
              thread.setDaemon(true);
              return thread;
            });

    HeapSampler() {
      sampler.scheduleAtFixedRate(this::sample, 0, 10, TimeUnit.MILLISECONDS);
    }

    private void sample() {
      peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
    }

    long peakBytes() {
      sample();
      return peak.get();
    }

    @Override
    public void close() {
      sampler.shutdownNow();
    }
  }
}
