package org.parallax.compare;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.AnalyzedSentence;
import org.parallax.model.Attribution;
import org.parallax.model.BlockKind;
import org.parallax.model.Mention;
import org.parallax.model.MentionType;
import org.parallax.model.Quote;
import org.parallax.model.Span;
import org.parallax.model.Token;

/**
 * One side of a comparison prepared once: a sentence, or several sentences read as one claim where
 * a rewrite merged them. Holds the words, their weights and the analysis in the forms the signals
 * need.
 */
final class ClaimView {

  final List<AnalyzedSentence> sentences;

  /** The words (no punctuation) in reading order. */
  final List<Token> words;

  /** The matching key of each word, parallel to {@link #words}. */
  final List<String> keys;

  /** Lower-cased surface forms, parallel to {@link #words}; what verbatim runs compare. */
  final List<String> surface;

  /** Whether each word carries content, parallel to {@link #words}. */
  final boolean[] content;

  /** Content keys with their weight (the highest IDF among the words with that key), sorted. */
  final Map<String, Double> contentWeights;

  final double contentTotal;
  final List<Mention> mentions;
  final List<Attribution> attributions;
  final List<Quote> quotes;

  /** Unit-length sum of the sentences' embeddings, or null when any is missing. */
  final float[] embedding;

  final String text;
  final BlockKind kind;

  private ClaimView(List<AnalyzedSentence> sentences, WordWeights weights) {
    this.sentences = List.copyOf(sentences);
    List<Token> tokenList = new ArrayList<>();
    List<Mention> mentionList = new ArrayList<>();
    List<Attribution> attributionList = new ArrayList<>();
    List<Quote> quoteList = new ArrayList<>();
    StringBuilder joined = new StringBuilder();
    for (AnalyzedSentence sentence : sentences) {
      for (Token token : sentence.tokens()) {
        if (!token.isPunctuation() && hasLetterOrDigit(token.text())) {
          tokenList.add(token);
        }
      }
      mentionList.addAll(sentence.mentions());
      attributionList.addAll(sentence.attributions());
      quoteList.addAll(sentence.quotes());
      if (joined.length() > 0) {
        joined.append(' ');
      }
      joined.append(sentence.text());
    }
    this.words = Collections.unmodifiableList(tokenList);
    this.mentions = List.copyOf(mentionList);
    this.attributions = List.copyOf(attributionList);
    this.quotes = List.copyOf(quoteList);
    this.text = joined.toString();
    this.kind = sentences.get(0).sentence().kind();
    List<String> keyList = new ArrayList<>(words.size());
    List<String> surfaceList = new ArrayList<>(words.size());
    this.content = new boolean[words.size()];
    TreeMap<String, Double> weightMap = new TreeMap<>();
    for (int i = 0; i < words.size(); i++) {
      Token token = words.get(i);
      String key = WordKeys.key(token);
      keyList.add(key);
      surfaceList.add(Lexicon.fold(token.text()));
      content[i] = WordKeys.isContent(token);
      if (content[i]) {
        weightMap.merge(key, weights.weight(token), Math::max);
      }
    }
    this.keys = Collections.unmodifiableList(keyList);
    this.surface = Collections.unmodifiableList(surfaceList);
    this.contentWeights = Collections.unmodifiableMap(weightMap);
    double total = 0;
    for (double w : weightMap.values()) {
      total += w;
    }
    this.contentTotal = total;
    this.embedding = sumOfEmbeddings(sentences);
  }

  /** Prepares one sentence. */
  static ClaimView of(AnalyzedSentence sentence, WordWeights weights) {
    return new ClaimView(List.of(sentence), weights);
  }

  /** Prepares every sentence of a report, in reading order. */
  static List<ClaimView> of(AnalyzedArticle article, WordWeights weights) {
    List<ClaimView> views = new ArrayList<>(article.sentences().size());
    for (AnalyzedSentence sentence : article.sentences()) {
      views.add(of(sentence, weights));
    }
    return views;
  }

  /**
   * Returns the claim some sentences of one report make read together in reading order, or the
   * sentence's own view when there is one: the one place a merged claim is built, so the alignment
   * that chooses a merge and the pair it becomes read the same words.
   *
   * @param side the views of every sentence of the report
   * @param members the sentence numbers, in order
   */
  static ClaimView merged(List<ClaimView> side, SortedSet<Integer> members, WordWeights weights) {
    if (members.size() == 1) {
      return side.get(members.first());
    }
    List<AnalyzedSentence> sentences = new ArrayList<>();
    for (int index : members) {
      sentences.addAll(side.get(index).sentences);
    }
    return new ClaimView(sentences, weights);
  }

  /**
   * Returns the names in this claim: the analysis's mentions of people, organisations, places and
   * names, or, where it found none, each run of proper nouns as a name of unknown kind.
   */
  List<Mention> names() {
    List<Mention> names = new ArrayList<>();
    for (Mention m : mentions) {
      if (m.type() == MentionType.PERSON
          || m.type() == MentionType.ORGANIZATION
          || m.type() == MentionType.PLACE
          || m.type() == MentionType.NAME) {
        names.add(m);
      }
    }
    if (!names.isEmpty()) {
      return names;
    }
    int start = -1;
    for (int i = 0; i <= words.size(); i++) {
      boolean proper = i < words.size() && "PROPN".equals(words.get(i).pos());
      // Punctuation between two proper nouns ends the name: "Africa, Nick Checker".
      boolean adjacent =
          i > 0
              && i < words.size()
              && words.get(i).span().start() - words.get(i - 1).span().end() <= 1;
      if (proper && start >= 0 && !adjacent) {
        names.add(nameOf(start, i - 1));
        start = -1;
      }
      if (proper && start < 0) {
        start = i;
      } else if (!proper && start >= 0) {
        names.add(nameOf(start, i - 1));
        start = -1;
      }
    }
    return names;
  }

  private Mention nameOf(int from, int to) {
    String name = textOfWords(from, to);
    Span span = new Span(words.get(from).span().start(), words.get(to).span().end());
    return new Mention(MentionType.NAME, name, Lexicon.fold(name), span);
  }

  /** Returns the sentence numbers this view covers, ascending. */
  List<Integer> numbers() {
    return sentences.stream().map(AnalyzedSentence::n).sorted().toList();
  }

  /** Returns the text from word {@code from} to word {@code to} (inclusive) as written. */
  String textOfWords(int from, int to) {
    return textOf(words.get(from).span().start(), words.get(to).span().end());
  }

  /** Returns the text of a span of the article, as written where one sentence holds it. */
  String textOf(int start, int end) {
    for (AnalyzedSentence sentence : sentences) {
      int offset = sentence.sentence().span().start();
      String sentenceText = sentence.text();
      if (start >= offset && end <= offset + sentenceText.length()) {
        return sentenceText.substring(start - offset, end - offset).trim();
      }
    }
    StringBuilder joined = new StringBuilder();
    for (Token token : words) {
      if (token.span().start() >= start && token.span().end() <= end) {
        joined.append(joined.length() > 0 ? " " : "").append(token.text());
      }
    }
    return joined.toString();
  }

  /** Returns the indices of the words inside {@code span}. */
  List<Integer> wordsInside(Span span) {
    List<Integer> inside = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      if (span.contains(words.get(i).span())) {
        inside.add(i);
      }
    }
    return inside;
  }

  private static boolean hasLetterOrDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static float[] sumOfEmbeddings(List<AnalyzedSentence> sentences) {
    float[] first = sentences.get(0).embedding();
    if (first == null) {
      return null;
    }
    if (sentences.size() == 1) {
      return first;
    }
    double[] sum = new double[first.length];
    for (AnalyzedSentence sentence : sentences) {
      float[] vector = sentence.embedding();
      if (vector == null || vector.length != sum.length) {
        return null;
      }
      for (int i = 0; i < sum.length; i++) {
        sum[i] += vector[i];
      }
    }
    double norm = 0;
    for (double v : sum) {
      norm += v * v;
    }
    norm = Math.sqrt(norm);
    float[] unit = new float[sum.length];
    for (int i = 0; i < sum.length; i++) {
      unit[i] = norm == 0 ? 0f : (float) (sum[i] / norm);
    }
    return unit;
  }
}
