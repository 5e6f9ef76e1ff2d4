package org.parallax.evaluation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One sentence pair of the SemEval-2016 Task 2 (interpretable STS) gold standard, read from its
 * {@code .wa} file: the tokens of each sentence and the typed alignments of their chunks.
 *
 * @param id the pair's id
 * @param left the first sentence's tokens (token i of the file is {@code left.get(i - 1)})
 * @param right the second sentence's tokens
 * @param alignments the gold chunk alignments, including NOALI lines
 */
public record IstsPair(
    String id, List<String> left, List<String> right, List<IstsPair.Alignment> alignments) {

  /**
   * One alignment line: chunk tokens on each side (1-based; empty for "not aligned"), its type.
   *
   * @param left token numbers of the left chunk, empty when unaligned
   * @param right token numbers of the right chunk, empty when unaligned
   * @param type EQUI, SPE1, SPE2, SIMI, REL, OPPO or NOALI (FACT/POL modifiers dropped)
   */
  public record Alignment(List<Integer> left, List<Integer> right, String type) {}

  private static final Pattern SENTENCE =
      Pattern.compile("<sentence id=\"(\\d+)\"[^>]*>(.*?)</sentence>", Pattern.DOTALL);
  private static final Pattern SOURCE = Pattern.compile("<source>(.*?)</source>", Pattern.DOTALL);
  private static final Pattern TRANSLATION =
      Pattern.compile("<translation>(.*?)</translation>", Pattern.DOTALL);
  private static final Pattern ALIGNMENT =
      Pattern.compile("<alignment>(.*?)</alignment>", Pattern.DOTALL);

  /** Returns the text of the left sentence, its tokens joined by spaces. */
  public String leftText() {
    return String.join(" ", left);
  }

  /** Returns the text of the right sentence, its tokens joined by spaces. */
  public String rightText() {
    return String.join(" ", right);
  }

  /** Returns the distinct left chunks of the gold alignment, in order of first token. */
  public List<List<Integer>> leftChunks() {
    return chunks(true);
  }

  /** Returns the distinct right chunks of the gold alignment, in order of first token. */
  public List<List<Integer>> rightChunks() {
    return chunks(false);
  }

  private List<List<Integer>> chunks(boolean leftSide) {
    Set<List<Integer>> chunks = new LinkedHashSet<>();
    for (Alignment a : alignments) {
      List<Integer> chunk = leftSide ? a.left : a.right;
      if (!chunk.isEmpty()) {
        chunks.add(chunk);
      }
    }
    List<List<Integer>> sorted = new ArrayList<>(chunks);
    sorted.sort((x, y) -> Integer.compare(x.get(0), y.get(0)));
    return sorted;
  }

  /**
   * Reads a {@code .wa} file.
   *
   * @param file the gold alignment file
   * @return its pairs in file order
   * @throws IOException when it cannot be read
   */
  public static List<IstsPair> read(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    List<IstsPair> pairs = new ArrayList<>();
    Matcher sentence = SENTENCE.matcher(text);
    while (sentence.find()) {
      String body = sentence.group(2);
      pairs.add(
          new IstsPair(
              sentence.group(1),
              tokens(group(SOURCE, body)),
              tokens(group(TRANSLATION, body)),
              alignments(group(ALIGNMENT, body))));
    }
    return pairs;
  }

  private static String group(Pattern pattern, String body) {
    Matcher m = pattern.matcher(body);
    return m.find() ? m.group(1) : "";
  }

  private static List<String> tokens(String block) {
    List<String> tokens = new ArrayList<>();
    for (String line : block.split("\n")) {
      String trimmed = line.trim();
      if (trimmed.isEmpty()) {
        continue;
      }
      // "12 word : " — the number, the token, then a colon.
      int space = trimmed.indexOf(' ');
      int colon = trimmed.lastIndexOf(" :");
      tokens.add(trimmed.substring(space + 1, colon > space ? colon : trimmed.length()).trim());
    }
    return tokens;
  }

  private static List<Alignment> alignments(String block) {
    List<Alignment> alignments = new ArrayList<>();
    for (String line : block.split("\n")) {
      String[] parts = line.split("//");
      if (parts.length < 3 || !parts[0].contains("<==>")) {
        continue;
      }
      String[] sides = parts[0].split("<==>");
      String type = parts[1].trim();
      int cut = type.indexOf('_');
      alignments.add(
          new Alignment(
              numbers(sides[0]), numbers(sides[1]), cut > 0 ? type.substring(0, cut) : type));
    }
    return alignments;
  }

  private static List<Integer> numbers(String side) {
    List<Integer> numbers = new ArrayList<>();
    for (String n : side.trim().split("\\s+")) {
      if (!n.isEmpty() && !n.equals("0")) {
        numbers.add(Integer.parseInt(n));
      }
    }
    return numbers;
  }
}
