package org.parallax.syndication;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generates new text from a word-bigram model of a corpus, for benchmarks that need many articles.
 */
final class WordChain {

  private static final int MIN_WORDS = 8;
  private static final int MAX_WORDS = 35;

  private final Map<String, List<String>> next = new HashMap<>();
  private final List<String> starts = new ArrayList<>();

  WordChain(List<String> paragraphs) {
    for (String paragraph : paragraphs) {
      String[] words = paragraph.split("\\s+");
      boolean sentenceStart = true;
      for (int i = 0; i < words.length; i++) {
        if (sentenceStart && !words[i].isEmpty() && Character.isUpperCase(words[i].charAt(0))) {
          starts.add(words[i]);
        }
        sentenceStart = endsSentence(words[i]);
        if (i + 1 < words.length) {
          next.computeIfAbsent(words[i], k -> new ArrayList<>()).add(words[i + 1]);
        }
      }
    }
  }

  /** Returns a paragraph of three to five generated sentences. */
  String paragraph(Random random) {
    StringBuilder paragraph = new StringBuilder();
    int sentences = 3 + random.nextInt(3);
    for (int s = 0; s < sentences; s++) {
      if (s > 0) {
        paragraph.append(' ');
      }
      paragraph.append(sentence(random));
    }
    return paragraph.toString();
  }

  private String sentence(Random random) {
    List<String> words = new ArrayList<>();
    String word = starts.get(random.nextInt(starts.size()));
    words.add(word);
    while (words.size() < MAX_WORDS) {
      List<String> options = next.get(word);
      if (options == null || (endsSentence(word) && words.size() >= MIN_WORDS)) {
        break;
      }
      word = options.get(random.nextInt(options.size()));
      words.add(word);
    }
    String sentence = String.join(" ", words);
    return endsSentence(word) ? sentence : sentence.replaceAll("[,;:]$", "") + ".";
  }

  private static boolean endsSentence(String word) {
    return word.endsWith(".") || word.endsWith("?") || word.endsWith("!");
  }
}
