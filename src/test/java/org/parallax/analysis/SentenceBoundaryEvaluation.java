package org.parallax.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.parallax.model.AnalyzedSentence;
import org.parallax.testing.Articles;

/**
 * Measures sentence boundaries against the gold sentence numbers of the ECB+ news corpus, for
 * OpenNLP alone and with {@link BoundaryRepair}.
 *
 * <p>ECB+ ships tokens, not text, so each document is detokenised (no space before closing
 * punctuation and clitics, `` and '' become ") and a boundary is the char offset where a gold or
 * detected sentence starts. Reads {@code ../shared/data/ecbplus}; skips when absent. Run: {@code
 * mvn -o test -Dexcluded.groups= -Dgroups=long -Dtest=SentenceBoundaryEvaluation}.
 */
@Tag("long")
class SentenceBoundaryEvaluation {

  private static final Pattern TOKEN =
      Pattern.compile("<token t_id=\"\\d+\" sentence=\"(\\d+)\"[^>]*>([^<]*)</token>");
  private static final Set<String> NO_SPACE_BEFORE =
      Set.of(",", ".", ":", ";", "!", "?", ")", "'s", "n't", "''", "%", "'", "'re", "'ll", "'ve");
  private static final Set<String> NO_SPACE_AFTER = Set.of("``", "(", "$");

  private record Document(String text, Set<Integer> goldStarts) {}

  @Test
  void measuresBoundaryPrecisionAndRecall() throws IOException {
    Path root = Path.of(System.getProperty("parallax.shared.data", "../shared/data"), "ecbplus");
    Assumptions.assumeTrue(Files.isDirectory(root), "ECB+ not found at " + root + ": skipped");
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
    }
    int[] repaired = new int[3];
    int[] raw = new int[3];
    NlpPipeline nlp = new NlpPipeline(NlpModels.load());
    for (Path file : files) {
      Document doc = read(file);
      Set<Integer> ours = new HashSet<>();
      for (AnalyzedSentence s :
          SharedAnalyzer.get().analyze(Articles.body(doc.text())).sentences()) {
        ours.add(s.sentence().span().start());
      }
      Set<Integer> openNlp = new HashSet<>();
      for (opennlp.tools.util.Span s : nlp.sentences.sentPosDetect(doc.text())) {
        openNlp.add(firstNonSpace(doc.text(), s.getStart()));
      }
      count(ours, doc.goldStarts(), repaired);
      count(openNlp, doc.goldStarts(), raw);
    }
    System.out.println(report("OpenNLP alone", raw, files.size()));
    System.out.println(report("OpenNLP + repair", repaired, files.size()));
    assertThat(f1(repaired)).isGreaterThanOrEqualTo(f1(raw));
  }

  private static int firstNonSpace(String text, int at) {
    while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
      at++;
    }
    return at;
  }

  private static void count(Set<Integer> found, Set<Integer> gold, int[] tally) {
    for (int start : found) {
      if (gold.contains(start)) {
        tally[0]++;
      } else {
        tally[1]++;
      }
    }
    tally[2] += (int) gold.stream().filter(g -> !found.contains(g)).count();
  }

  private static double f1(int[] t) {
    return 2.0 * t[0] / (2.0 * t[0] + t[1] + t[2]);
  }

  private static String report(String name, int[] t, int documents) {
    return String.format(
        Locale.ROOT,
        "SentenceBoundaryEvaluation %s on %d ECB+ documents: precision %.4f recall %.4f F1 %.4f"
            + " (%d correct, %d spurious, %d missed)",
        name,
        documents,
        t[0] / (double) (t[0] + t[1]),
        t[0] / (double) (t[0] + t[2]),
        f1(t),
        t[0],
        t[1],
        t[2]);
  }

  private static Document read(Path file) throws IOException {
    String xml = Files.readString(file, StandardCharsets.UTF_8);
    StringBuilder text = new StringBuilder();
    Set<Integer> starts = new HashSet<>();
    List<String> previous = new ArrayList<>();
    int sentence = -1;
    Matcher m = TOKEN.matcher(xml);
    while (m.find()) {
      String token = unescape(m.group(2));
      int n = Integer.parseInt(m.group(1));
      boolean glue =
          text.length() == 0
              || NO_SPACE_BEFORE.contains(token)
              || (!previous.isEmpty() && NO_SPACE_AFTER.contains(previous.get(0)));
      if (!glue || n != sentence) {
        if (text.length() > 0) {
          text.append(' ');
        }
      }
      if (n != sentence) {
        starts.add(text.length());
        sentence = n;
      }
      text.append(token.equals("``") || token.equals("''") ? "\"" : token);
      previous.clear();
      previous.add(token);
    }
    starts.remove(0);
    starts.add(0);
    return new Document(text.toString(), starts);
  }

  private static String unescape(String s) {
    return s.replace("&amp;", "&")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"");
  }
}
