package org.parallax.evaluation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.parallax.analysis.CachingEmbedder;
import org.parallax.analysis.MiniLmEmbedder;
import org.parallax.analysis.TextAnalyzer;
import org.parallax.compare.ComparisonEngine;
import org.parallax.compare.SentenceJudgement;
import org.parallax.model.AnalyzedSentence;
import org.parallax.model.Difference;
import org.parallax.model.DifferenceType;
import org.parallax.model.Relation;

/**
 * Measures typed alignment on the SemEval-2016 Task 2 (iSTS) headlines training pairs, with gold
 * chunks: each chunk of one headline is judged against each chunk of the other with the engine's
 * sentence judgement, chunks are paired greedily one to one by score, and each pair is typed from
 * the judgement (see {@link #typeOf}).
 *
 * <p>The F1 follows the task's description (the official Perl scorer is not shipped): every chunk
 * alignment stands for all the token pairs it links, an unaligned chunk for its tokens linked to
 * nothing; precision and recall count the token pairs shared with gold over the whole data set,
 * ignoring the type (alignment F1) or requiring the same type too (typed F1).
 */
public final class IstsEvaluation {

  /**
   * Least score at which two chunks are related at all (REL); below it they stay unaligned. Not
   * fitted on iSTS: it is the STS-calibrated alignment threshold less a fixed margin for related
   * but not equivalent chunks.
   */
  public static final double RELATED_MARGIN = 0.15;

  /**
   * The figures.
   *
   * @param pairs sentence pairs evaluated
   * @param precision alignment precision over token pairs
   * @param recall alignment recall over token pairs
   * @param alignmentF1 alignment F1, types ignored
   * @param typedF1 F1 counting only token pairs whose type also matches
   * @param alignedOnlyF1 alignment F1 over token pairs of aligned chunks only (NOALI left out)
   * @param typedAlignedOnlyF1 typed F1 with NOALI left out
   * @param confusion gold type to system type to token-pair count, for token pairs both align
   */
  public record Result(
      int pairs,
      double precision,
      double recall,
      double alignmentF1,
      double typedF1,
      double alignedOnlyF1,
      double typedAlignedOnlyF1,
      Map<String, Map<String, Integer>> confusion) {

    /** Returns the figures as Markdown. */
    public String toMarkdown() {
      StringBuilder out = new StringBuilder();
      out.append(
          String.format(
              Locale.ROOT,
              "iSTS headlines (train, gold chunks): %d pairs%n%n"
                  + "| measure | value |%n|---|---|%n"
                  + "| alignment precision | %.3f |%n| alignment recall | %.3f |%n"
                  + "| alignment F1 (untyped) | %.3f |%n| typed F1 | %.3f |%n"
                  + "| alignment F1, NOALI left out | %.3f |%n"
                  + "| typed F1, NOALI left out | %.3f |%n%n",
              pairs,
              precision,
              recall,
              alignmentF1,
              typedF1,
              alignedOnlyF1,
              typedAlignedOnlyF1));
      out.append(
          "Token pairs aligned on both sides, gold type (rows) by system type (columns):\n\n");
      List<String> types = List.of("EQUI", "SPE1", "SPE2", "SIMI", "REL", "OPPO", "NOALI");
      out.append("| gold \\ ours | ").append(String.join(" | ", types)).append(" |\n|---|");
      out.append("---|".repeat(types.size())).append('\n');
      for (String gold : types) {
        out.append("| ").append(gold);
        for (String ours : types) {
          out.append(" | ").append(confusion.getOrDefault(gold, Map.of()).getOrDefault(ours, 0));
        }
        out.append(" |\n");
      }
      return out.toString();
    }
  }

  private IstsEvaluation() {}

  /**
   * Returns the iSTS type of two aligned chunks from the engine's judgement: SAME is EQUI; a
   * negation or contrary difference is OPPO; an omitted detail alone (the left says more) is SPE1,
   * an added detail alone SPE2, and without typed details, words only one side has decide the same
   * way; any other change is SIMI; chunks scoring under the alignment threshold but above the
   * related threshold are REL.
   */
  public static String typeOf(SentenceJudgement judgement) {
    if (judgement.relation() == null) {
      return "REL";
    }
    if (has(judgement, DifferenceType.NEGATION) || has(judgement, DifferenceType.CONTRARY)) {
      return "OPPO";
    }
    if (judgement.relation() == Relation.SAME) {
      return "EQUI";
    }
    boolean omitted = has(judgement, DifferenceType.OMISSION);
    boolean added = has(judgement, DifferenceType.ADDITION);
    if (omitted != added) {
      return omitted ? "SPE1" : "SPE2";
    }
    boolean leftExtra = !judgement.words().leftOnly().isEmpty();
    boolean rightExtra = !judgement.words().rightOnly().isEmpty();
    if (leftExtra != rightExtra) {
      return leftExtra ? "SPE1" : "SPE2";
    }
    return "SIMI";
  }

  private static boolean has(SentenceJudgement judgement, DifferenceType type) {
    return judgement.differences().stream().anyMatch(d -> d.type() == type);
  }

  /**
   * Runs the evaluation.
   *
   * @param folder the {@code ists-headlines} folder
   * @param analysis turns chunks into analysed sentences
   * @param engine the engine
   * @param relatedThreshold least score for two chunks to align at all
   */
  public static Result run(
      Path folder, SentenceAnalysis analysis, ComparisonEngine engine, double relatedThreshold)
      throws IOException {
    List<IstsPair> pairs = IstsPair.read(folder.resolve("STSint.input.headlines.wa"));
    List<String> texts = new ArrayList<>();
    for (IstsPair pair : pairs) {
      texts.add(pair.leftText());
      texts.add(pair.rightText());
      for (List<Integer> chunk : pair.leftChunks()) {
        texts.add(text(pair.left(), chunk));
      }
      for (List<Integer> chunk : pair.rightChunks()) {
        texts.add(text(pair.right(), chunk));
      }
    }
    List<AnalyzedSentence> analyzed = analysis.analyzeAll(texts);
    int next = 0;
    long system = 0;
    long gold = 0;
    long matched = 0;
    long typed = 0;
    long[] alignedOnly = new long[4];
    Map<String, Map<String, Integer>> confusion = new TreeMap<>();
    for (IstsPair pair : pairs) {
      List<List<Integer>> leftChunks = pair.leftChunks();
      List<List<Integer>> rightChunks = pair.rightChunks();
      SentenceJudgement whole = engine.judge(analyzed.get(next), analyzed.get(next + 1));
      next += 2;
      List<int[]> opposed = opposedChunks(whole, pair, leftChunks, rightChunks);
      List<AnalyzedSentence> l = analyzed.subList(next, next + leftChunks.size());
      next += leftChunks.size();
      List<AnalyzedSentence> r = analyzed.subList(next, next + rightChunks.size());
      next += rightChunks.size();
      Map<Long, String> ours =
          align(engine, l, r, leftChunks, rightChunks, opposed, relatedThreshold);
      Map<Long, String> theirs = goldPairs(pair);
      system += ours.size();
      gold += theirs.size();
      countAlignedOnly(ours, theirs, alignedOnly);
      for (Map.Entry<Long, String> e : ours.entrySet()) {
        String goldType = theirs.get(e.getKey());
        if (goldType != null) {
          matched++;
          typed += goldType.equals(e.getValue()) ? 1 : 0;
          confusion
              .computeIfAbsent(goldType, k -> new TreeMap<>())
              .merge(e.getValue(), 1, Integer::sum);
        }
      }
    }
    double precision = system == 0 ? 0 : (double) matched / system;
    double recall = gold == 0 ? 0 : (double) matched / gold;
    double typedPrecision = system == 0 ? 0 : (double) typed / system;
    double typedRecall = gold == 0 ? 0 : (double) typed / gold;
    return new Result(
        pairs.size(),
        precision,
        recall,
        f1(precision, recall),
        f1(typedPrecision, typedRecall),
        f1(ratio(alignedOnly[2], alignedOnly[0]), ratio(alignedOnly[2], alignedOnly[1])),
        f1(ratio(alignedOnly[3], alignedOnly[0]), ratio(alignedOnly[3], alignedOnly[1])),
        confusion);
  }

  /** Adds system, gold, matched and typed-matched counts of token pairs that are not NOALI. */
  private static void countAlignedOnly(
      Map<Long, String> ours, Map<Long, String> theirs, long[] counts) {
    for (Map.Entry<Long, String> e : ours.entrySet()) {
      if (e.getValue().equals("NOALI")) {
        continue;
      }
      counts[0]++;
      String goldType = theirs.get(e.getKey());
      if (goldType != null && !goldType.equals("NOALI")) {
        counts[2]++;
        counts[3] += goldType.equals(e.getValue()) ? 1 : 0;
      }
    }
    for (String type : theirs.values()) {
      counts[1] += type.equals("NOALI") ? 0 : 1;
    }
  }

  private static double ratio(long a, long b) {
    return b == 0 ? 0 : (double) a / b;
  }

  /** Runs on {@code ../shared/data} (or the folder given) and writes the table. */
  public static void main(String[] args) throws IOException {
    Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
    Path out = Path.of(args.length > 1 ? args[1] : "target/evaluation/ists-headlines.md");
    StsEvaluation.write(out, runDefault(data.resolve("ists-headlines")).toMarkdown());
  }

  /** Runs with the real analyser, MiniLM embeddings, the English IDF table. */
  public static Result runDefault(Path folder) throws IOException {
    SentenceAnalysis analysis =
        new SentenceAnalysis(
            TextAnalyzer.create(), new CachingEmbedder(new MiniLmEmbedder(), 20_000));
    return run(
        folder,
        analysis,
        Engines.standard(true),
        ComparisonEngine.DEFAULT_ALIGN_THRESHOLD - RELATED_MARGIN);
  }

  private record Candidate(int i, int j, double score, String type) {}

  /**
   * Returns the chunk pairs {@code {i, j}} that hold the two words of an opposition the engine
   * found between the whole headlines (a contrary word, such as "higher" against "lower"): the
   * engine types differences within a shared claim, so the words it opposes are read in the context
   * of their sentences, as they are in a report comparison.
   */
  private static List<int[]> opposedChunks(
      SentenceJudgement whole,
      IstsPair pair,
      List<List<Integer>> leftChunks,
      List<List<Integer>> rightChunks) {
    List<int[]> opposed = new ArrayList<>();
    for (Difference d : whole.differences()) {
      if (d.type() != DifferenceType.CONTRARY) {
        continue;
      }
      int i = chunkHolding(pair.left(), leftChunks, d.left());
      int j = chunkHolding(pair.right(), rightChunks, d.right());
      if (i >= 0 && j >= 0) {
        opposed.add(new int[] {i, j});
      }
    }
    return opposed;
  }

  private static int chunkHolding(List<String> tokens, List<List<Integer>> chunks, String word) {
    for (int c = 0; c < chunks.size(); c++) {
      for (int index : chunks.get(c)) {
        if (tokens.get(index - 1).equalsIgnoreCase(word)) {
          return c;
        }
      }
    }
    return -1;
  }

  private static Map<Long, String> align(
      ComparisonEngine engine,
      List<AnalyzedSentence> l,
      List<AnalyzedSentence> r,
      List<List<Integer>> leftChunks,
      List<List<Integer>> rightChunks,
      List<int[]> opposed,
      double relatedThreshold) {
    List<Candidate> candidates = new ArrayList<>();
    for (int[] pair : opposed) {
      // Ranked above every scored pair: the whole headlines place these two chunks opposite.
      candidates.add(new Candidate(pair[0], pair[1], Double.POSITIVE_INFINITY, "OPPO"));
    }
    for (int i = 0; i < l.size(); i++) {
      for (int j = 0; j < r.size(); j++) {
        SentenceJudgement judgement = engine.judge(l.get(i), r.get(j));
        if (judgement.score() >= relatedThreshold) {
          candidates.add(new Candidate(i, j, judgement.score(), typeOf(judgement)));
        }
      }
    }
    candidates.sort(
        Comparator.comparingDouble((Candidate c) -> -c.score)
            .thenComparingInt(c -> c.i)
            .thenComparingInt(c -> c.j));
    boolean[] leftUsed = new boolean[l.size()];
    boolean[] rightUsed = new boolean[r.size()];
    Map<Long, String> tokenPairs = new HashMap<>();
    for (Candidate c : candidates) {
      if (leftUsed[c.i] || rightUsed[c.j]) {
        continue;
      }
      leftUsed[c.i] = true;
      rightUsed[c.j] = true;
      String type = c.type;
      for (int a : leftChunks.get(c.i)) {
        for (int b : rightChunks.get(c.j)) {
          tokenPairs.put(key(a, b), type);
        }
      }
    }
    for (int i = 0; i < l.size(); i++) {
      if (!leftUsed[i]) {
        leftChunks.get(i).forEach(a -> tokenPairs.put(key(a, 0), "NOALI"));
      }
    }
    for (int j = 0; j < r.size(); j++) {
      if (!rightUsed[j]) {
        rightChunks.get(j).forEach(b -> tokenPairs.put(key(0, b), "NOALI"));
      }
    }
    return tokenPairs;
  }

  private static Map<Long, String> goldPairs(IstsPair pair) {
    Map<Long, String> tokenPairs = new HashMap<>();
    for (IstsPair.Alignment a : pair.alignments()) {
      if (a.left().isEmpty() || a.right().isEmpty() || a.type().equals("NOALI")) {
        a.left().forEach(x -> tokenPairs.put(key(x, 0), "NOALI"));
        a.right().forEach(y -> tokenPairs.put(key(0, y), "NOALI"));
        continue;
      }
      for (int x : a.left()) {
        for (int y : a.right()) {
          tokenPairs.put(key(x, y), a.type());
        }
      }
    }
    return tokenPairs;
  }

  private static long key(int left, int right) {
    return ((long) left << 32) | right;
  }

  private static String text(List<String> tokens, List<Integer> chunk) {
    List<String> words = new ArrayList<>();
    for (int index : chunk) {
      words.add(tokens.get(index - 1));
    }
    return String.join(" ", words);
  }

  private static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
