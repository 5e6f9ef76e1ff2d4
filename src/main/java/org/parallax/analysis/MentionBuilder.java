package org.parallax.analysis;

import java.util.ArrayList;
import java.util.List;
import org.parallax.model.Mention;
import org.parallax.model.MentionType;
import org.parallax.model.Span;
import org.parallax.model.Token;

/** Collects the mentions of one sentence, marking the tokens each one covers as taken. */
final class MentionBuilder {

  final String text;
  final List<Token> tokens;
  private final boolean[] taken;
  private final List<Mention> mentions = new ArrayList<>();

  MentionBuilder(String text, List<Token> tokens) {
    this.text = text;
    this.tokens = tokens;
    this.taken = new boolean[tokens.size()];
  }

  int size() {
    return tokens.size();
  }

  Token token(int i) {
    return tokens.get(i);
  }

  /** Returns the token's text, or "" beyond either end of the sentence. */
  String word(int i) {
    return i >= 0 && i < tokens.size() ? tokens.get(i).text() : "";
  }

  /** Returns the token's lower-case text without periods, or "" beyond either end. */
  String key(int i) {
    return Gazetteer.key(word(i));
  }

  String pos(int i) {
    return i >= 0 && i < tokens.size() ? tokens.get(i).pos() : "";
  }

  /** Returns true when a line break separates token {@code i} from the token before it. */
  boolean lineBreakBefore(int i) {
    if (i <= 0 || i >= tokens.size()) {
      return false;
    }
    return text.substring(tokens.get(i - 1).span().end(), tokens.get(i).span().start())
        .contains("\n");
  }

  boolean isTaken(int i) {
    return i < 0 || i >= tokens.size() || taken[i];
  }

  /** Returns true when none of the tokens {@code [from, to)} belongs to a mention yet. */
  boolean isFree(int from, int to) {
    for (int i = from; i < to; i++) {
      if (isTaken(i)) {
        return false;
      }
    }
    return true;
  }

  /** Returns up to {@code chars} characters of the text right after token {@code i}. */
  String textAfter(int i, int chars) {
    int from = tokens.get(i).span().end();
    return text.substring(from, Math.min(text.length(), from + chars));
  }

  /** Returns the index after the token that ends at {@code offset}, or -1 when none ends there. */
  int tokensUpTo(int offset) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).span().end() == offset) {
        return i + 1;
      }
    }
    return -1;
  }

  /** Returns the text from the start of token {@code from} to the end of token {@code to - 1}. */
  String textOf(int from, int to) {
    return spanOf(from, to).of(text);
  }

  Span spanOf(int from, int to) {
    return new Span(tokens.get(from).span().start(), tokens.get(to - 1).span().end());
  }

  /** Adds a mention over tokens {@code [from, to)} and marks them taken. */
  void add(MentionType type, int from, int to, String normalized) {
    mentions.add(new Mention(type, textOf(from, to), normalized, spanOf(from, to)));
    for (int i = from; i < to; i++) {
      taken[i] = true;
    }
  }

  /** Returns the mentions in text order. */
  List<Mention> mentions() {
    List<Mention> sorted = new ArrayList<>(mentions);
    sorted.sort((a, b) -> a.span().compareTo(b.span()));
    return sorted;
  }
}
