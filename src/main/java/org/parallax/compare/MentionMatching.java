package org.parallax.compare;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.parallax.model.CalendarNames;
import org.parallax.model.Mention;
import org.parallax.model.MentionType;

/** Decides whether a name, number or time of one claim is present in the other. */
final class MentionMatching {

  private static final Set<MentionType> TIMES = Set.of(MentionType.DATE, MentionType.TIME);

  private MentionMatching() {}

  /**
   * Returns the names of {@code side} the other side lacks and no earlier finder explained. A
   * demonym ("Malian") describes rather than names, and a ticker in angle brackets ({@code
   * <CAWL.L>}) identifies a name the other side states in words: neither is a name of its own.
   */
  static List<Mention> unmatchedNames(MarkedSide side, MarkedSide other) {
    Set<String> otherNormals = new HashSet<>();
    for (Mention m : other.view.names()) {
      otherNormals.add(normal(m));
    }
    List<Mention> result = new ArrayList<>();
    for (Mention m : side.view.names()) {
      if (onlyAdjectives(side.view, m)
          || Identifiers.isTicker(side.view, m)
          || onlyCalendarWords(side.view, m)) {
        continue;
      }
      boolean found = otherNormals.contains(normal(m)) || nameFound(side.view, m, other.keys);
      if (!found && !side.overlapsExplained(m)) {
        result.add(m);
      }
    }
    return result;
  }

  /**
   * A weekday or a month is a time, which the time finder reports; capitalised, it would also read
   * as a name ("Monday became Tuesday" twice over). "May" stays a name: it is also a surname.
   */
  private static boolean onlyCalendarWords(ClaimView view, Mention m) {
    List<Integer> inside = view.wordsInside(m.span());
    for (int i : inside) {
      String word = Lexicon.fold(view.words.get(i).text());
      boolean calendar =
          CalendarNames.WEEKDAYS.contains(word)
              || (CalendarNames.MONTHS.contains(word) && !word.equals("may"));
      if (!calendar) {
        return false;
      }
    }
    return !inside.isEmpty();
  }

  private static boolean onlyAdjectives(ClaimView view, Mention m) {
    List<Integer> inside = view.wordsInside(m.span());
    for (int i : inside) {
      if (!"ADJ".equals(view.words.get(i).pos())) {
        return false;
      }
    }
    return !inside.isEmpty();
  }

  /**
   * A name is present on the other side when its last word is (a surname, the head of "State
   * Department") or at least half of its content words are.
   */
  static boolean nameFound(ClaimView view, Mention m, Set<String> otherKeys) {
    List<Integer> inside = new ArrayList<>();
    for (int i : view.wordsInside(m.span())) {
      if (view.content[i]) {
        inside.add(i);
      }
    }
    if (inside.isEmpty()) {
      return true;
    }
    String head = view.keys.get(inside.get(inside.size() - 1));
    if (otherKeys.contains(head)) {
      return true;
    }
    for (String key : otherKeys) {
      // Hyphenated compounds keep the name inside one token: "Mali-based".
      if (key.startsWith(head + "-") || key.endsWith("-" + head)) {
        return true;
      }
    }
    int found = 0;
    for (int i : inside) {
      found += otherKeys.contains(view.keys.get(i)) ? 1 : 0;
    }
    return 2 * found >= inside.size() && inside.size() > 1;
  }

  /** Returns true when some name of {@code side} is present on the other side. */
  static boolean sharePerson(MarkedSide side, MarkedSide other) {
    for (Mention m : side.view.names()) {
      if (!m.text().isBlank() && nameFound(side.view, m, other.keys)) {
        return true;
      }
    }
    return false;
  }

  /** Returns the numbers of {@code view} the other side lacks. */
  static List<Mention> unmatchedNumbers(ClaimView view, ClaimView other) {
    return unmatched(view, other, Set.of(MentionType.NUMBER));
  }

  /** Returns the dates and times of {@code view} the other side lacks. */
  static List<Mention> unmatchedTimes(ClaimView view, ClaimView other) {
    return unmatched(view, other, TIMES);
  }

  private static List<Mention> unmatched(ClaimView view, ClaimView other, Set<MentionType> types) {
    Set<String> otherNormals = new HashSet<>();
    for (Mention m : other.mentions) {
      if (types.contains(m.type())) {
        otherNormals.add(normal(m));
      }
    }
    Set<String> otherSurface = new HashSet<>(other.surface);
    List<Mention> result = new ArrayList<>();
    for (Mention m : view.mentions) {
      if (types.contains(m.type())
          && !otherNormals.contains(normal(m))
          && !allWordsIn(view, m, otherSurface)) {
        result.add(m);
      }
    }
    return result;
  }

  private static boolean allWordsIn(ClaimView view, Mention m, Set<String> otherSurface) {
    List<Integer> inside = view.wordsInside(m.span());
    if (inside.isEmpty()) {
      return false;
    }
    for (int i : inside) {
      if (!otherSurface.contains(view.surface.get(i))) {
        return false;
      }
    }
    return true;
  }

  static String normal(Mention m) {
    return Lexicon.fold(m.normalized() == null ? m.text() : m.normalized());
  }

  /** Returns the texts of mentions joined by commas. */
  static String texts(List<Mention> mentions) {
    return String.join(", ", mentions.stream().map(Mention::text).toList());
  }
}
