package org.parallax.compare;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.parallax.model.AnalyzedSentence;
import org.parallax.model.Mention;
import org.parallax.model.Span;
import org.parallax.model.Token;

/**
 * The role a report gives a person just before naming them: the apposition in "The top U.S. envoy
 * to Africa, Nick Checker," or the capitalised run in "Foreign Minister Abdoulaye Diop".
 */
final class RolePhrase {

  private static final int MAX_TOKENS = 24;

  final String text;

  /** First and last word (indices into the view's words) of the phrase. */
  final int from;

  final int to;
  private final Set<String> keys;

  private RolePhrase(String text, int from, int to, Set<String> keys) {
    this.text = text;
    this.from = from;
    this.to = to;
    this.keys = keys;
  }

  /** Returns the role phrase before {@code name} in {@code view}, or null when there is none. */
  static RolePhrase before(ClaimView view, Mention name) {
    for (AnalyzedSentence sentence : view.sentences) {
      if (!sentence.sentence().span().contains(name.span())) {
        continue;
      }
      List<Token> tokens = sentence.tokens();
      int first = firstTokenAt(tokens, name.span().start());
      if (first <= 0) {
        return null;
      }
      int end = first - 1;
      int start;
      if (",".equals(tokens.get(end).text())) {
        end--;
        start = end;
        while (start > 0 && !",".equals(tokens.get(start - 1).text())) {
          start--;
        }
      } else {
        start = end + 1;
        while (start > 0 && capitalised(tokens.get(start - 1))) {
          start--;
        }
      }
      if (end < start || end - start + 1 > MAX_TOKENS) {
        return null;
      }
      return make(view, new Span(tokens.get(start).span().start(), tokens.get(end).span().end()));
    }
    return null;
  }

  /** Returns the role phrase {@code view} gives the same person as {@code name}, or null. */
  static RolePhrase matching(ClaimView view, Mention name) {
    String surname = lastWord(name.text());
    if (surname.isEmpty()) {
      return null;
    }
    for (Mention candidate : view.names()) {
      if (surname.equals(lastWord(candidate.text()))) {
        return before(view, candidate);
      }
    }
    return null;
  }

  /** Returns true when the two phrases share under half of either one's content words. */
  boolean differsFrom(RolePhrase other) {
    int shared = 0;
    for (String key : keys) {
      if (other.keys.contains(key)) {
        shared++;
      }
    }
    return 2 * shared < keys.size() && 2 * shared < other.keys.size();
  }

  private static RolePhrase make(ClaimView view, Span span) {
    List<Integer> inside = view.wordsInside(span);
    Set<String> keys = new HashSet<>();
    for (int i : inside) {
      if (view.content[i]) {
        keys.add(view.keys.get(i));
      }
    }
    if (keys.isEmpty()) {
      return null;
    }
    int from = inside.get(0);
    int to = inside.get(inside.size() - 1);
    return new RolePhrase(view.textOfWords(from, to), from, to, keys);
  }

  private static int firstTokenAt(List<Token> tokens, int offset) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).span().start() >= offset) {
        return i;
      }
    }
    return -1;
  }

  private static boolean capitalised(Token token) {
    String text = token.text();
    return !text.isEmpty()
        && Character.isUpperCase(text.charAt(0))
        && !token.isPunctuation()
        && !"PROPN".equals(token.pos());
  }

  private static String lastWord(String text) {
    String[] words = text.trim().split("\\s+");
    return Lexicon.fold(words[words.length - 1]);
  }
}
