package org.parallax.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.parallax.model.Token;

/**
 * Contrary words, such as "rise" against "fall" or "approve" against "reject": two poles of one
 * axis, read once from the hand-written list {@code contraries.properties} next to this class.
 *
 * <p>The list is read as a resource bundle so that the engine stays free of I/O of its own.
 */
final class Contraries {

  private static final String BUNDLE = "org.parallax.compare.contraries";

  /** Where a word sits: on which axis, and on which of its two poles. */
  private record Pole(String axis, int side) {}

  private static final Map<String, List<Pole>> POLES = load();

  private Contraries() {}

  /**
   * Returns the axis on which the two words stand on opposite poles, such as {@code direction} for
   * "rose" and "fell", or null when they are not contraries.
   */
  static String axisBetween(Token a, Token b) {
    for (Pole p : poles(a)) {
      for (Pole q : poles(b)) {
        if (p.axis().equals(q.axis()) && p.side() != q.side()) {
          return p.axis();
        }
      }
    }
    return null;
  }

  private static List<Pole> poles(Token token) {
    Set<String> forms = new TreeSet<>();
    for (String word : List.of(WordKeys.lemma(token), Lexicon.fold(token.text()))) {
      forms.add(word);
      forms.addAll(uninflected(word));
    }
    List<Pole> poles = new ArrayList<>();
    for (String form : forms) {
      for (Pole pole : POLES.getOrDefault(form, List.of())) {
        if (!poles.contains(pole)) {
          poles.add(pole);
        }
      }
    }
    return poles;
  }

  /**
   * Returns the forms a word may have without a regular ending, for words the lemmatizer left
   * inflected ("acquitted", "approves"): only looked up in the list, so forms that are no words
   * ("approv") do no harm.
   */
  static List<String> uninflected(String word) {
    List<String> forms = new ArrayList<>();
    if (word.length() <= 4) {
      return forms;
    }
    for (String ending : List.of("ing", "ed", "es", "s")) {
      if (word.endsWith(ending)) {
        String stem = word.substring(0, word.length() - ending.length());
        forms.add(stem);
        forms.add(stem + "e");
        int n = stem.length();
        if (n > 2 && stem.charAt(n - 1) == stem.charAt(n - 2)) {
          forms.add(stem.substring(0, n - 1));
        }
      }
    }
    if (word.endsWith("ies")) {
      forms.add(word.substring(0, word.length() - 3) + "y");
    }
    return forms;
  }

  private static Map<String, List<Pole>> load() {
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            BUNDLE,
            Locale.ROOT,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    Map<String, List<Pole>> poles = new HashMap<>();
    for (String axis : new TreeSet<>(bundle.keySet())) {
      String[] sides = bundle.getString(axis).split("\\|");
      if (sides.length != 2) {
        throw new IllegalStateException("axis " + axis + " needs two poles separated by '|'");
      }
      for (int side = 0; side < 2; side++) {
        for (String word : sides[side].trim().split("\\s+")) {
          poles
              .computeIfAbsent(Lexicon.fold(word), w -> new ArrayList<>())
              .add(new Pole(axis, side));
        }
      }
    }
    return Map.copyOf(poles);
  }
}
