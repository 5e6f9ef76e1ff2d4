package org.parallax.analysis;

import com.sun.management.OperatingSystemMXBean;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.parallax.model.AnalyzedSentence;
import org.parallax.testing.Articles;

/**
 * Times embedding every sentence of the two sample reports, warm: langchain4j's model against this
 * package's embedder at several batch sizes, runs interleaved so a drifting machine hits all alike.
 *
 * <p>A plain program, not a test: {@code java -cp target/test-classes:target/classes:$(deps)
 * org.parallax.analysis.EmbeddingBatchHarness [runs]}. Prints median wall and process-CPU
 * milliseconds per pass.
 */
public final class EmbeddingBatchHarness {

  private EmbeddingBatchHarness() {}

  /** Runs the comparison; the optional argument is the number of timed passes (default 21). */
  public static void main(String[] args) throws IOException {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 21;
    List<String> sentences = sampleSentences();
    AllMiniLmL6V2QuantizedEmbeddingModel langchain4j =
        new AllMiniLmL6V2QuantizedEmbeddingModel(Runnable::run);
    List<TextSegment> segments = sentences.stream().map(TextSegment::from).toList();
    List<String> names =
        List.of(
            "langchain4j embedAll",
            "own, 1 a call",
            "own, 8 a call",
            "own, 32 a call",
            "own, 1 a call, 1 thr",
            "own, 8 a call, 1 thr");
    List<Consumer<List<String>>> variants =
        List.of(
            s -> langchain4j.embedAll(segments),
            new MiniLmEmbedder(1)::embed,
            new MiniLmEmbedder(8)::embed,
            new MiniLmEmbedder(32)::embed,
            new MiniLmEmbedder(1, 1)::embed,
            new MiniLmEmbedder(8, 1)::embed);
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    for (int warm = 0; warm < 3; warm++) {
      variants.forEach(v -> v.accept(sentences));
    }
    double[][] wall = new double[variants.size()][runs];
    double[][] cpu = new double[variants.size()][runs];
    for (int run = 0; run < runs; run++) {
      for (int v = 0; v < variants.size(); v++) {
        long cpuStart = os.getProcessCpuTime();
        long start = System.nanoTime();
        variants.get(v).accept(sentences);
        wall[v][run] = (System.nanoTime() - start) / 1e6;
        cpu[v][run] = (os.getProcessCpuTime() - cpuStart) / 1e6;
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%d sentences, %d passes each, %d processors%n",
        sentences.size(),
        runs,
        Runtime.getRuntime().availableProcessors());
    for (int v = 0; v < variants.size(); v++) {
      System.out.printf(
          Locale.ROOT,
          "%-22s wall median %6.1f ms (min %6.1f)  cpu median %6.1f ms%n",
          names.get(v),
          median(wall[v]),
          Arrays.stream(wall[v]).min().orElse(0),
          median(cpu[v]));
    }
  }

  private static List<String> sampleSentences() throws IOException {
    List<String> sentences = new ArrayList<>();
    for (String file : List.of("001_aa5dbbe83f48b604.txt", "000_67141a5d6f504527.txt")) {
      String text = Files.readString(Path.of("sample-data", file), StandardCharsets.UTF_8);
      for (AnalyzedSentence sentence :
          TextAnalyzer.create().analyze(Articles.body(text)).sentences()) {
        sentences.add(sentence.text());
      }
    }
    return sentences;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
