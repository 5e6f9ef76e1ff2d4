package org.parallax.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.parallax.model.DifferenceChange;
import org.parallax.model.DifferenceType;
import org.parallax.model.Mention;
import org.parallax.model.MentionType;

/** Finds a person's title or role that changed between two claims about the same person. */
final class TitleDifferences {

  private TitleDifferences() {}

  static void find(ExplainedWords pair) {
    List<Mention> leftOnly = unmatchedTitles(pair.left, pair.right.keys);
    List<Mention> rightOnly = unmatchedTitles(pair.right, pair.left.keys);
    if (!leftOnly.isEmpty()
        && !rightOnly.isEmpty()
        && MentionMatching.sharePerson(pair.left, pair.right)) {
      pair.replaced(DifferenceType.TITLE, leftOnly.get(0), rightOnly.get(0));
      return;
    }
    for (Mention person : pair.left.view.names()) {
      if (person.type() == MentionType.PERSON || person.type() == MentionType.NAME) {
        RolePhrase leftRole = RolePhrase.before(pair.left.view, person);
        RolePhrase rightRole = RolePhrase.matching(pair.right.view, person);
        if (leftRole != null && rightRole != null && leftRole.differsFrom(rightRole)) {
          pair.add(
              DifferenceType.TITLE,
              DifferenceChange.CHANGED,
              leftRole.text,
              rightRole.text,
              person.text(),
              pair.left.explainRange(leftRole.from, leftRole.to),
              pair.right.explainRange(rightRole.from, rightRole.to));
          return;
        }
      }
    }
  }

  /**
   * Titles whose role noun (the last content word: "leader" in "Mali junta leader") the other side
   * lacks. The head decides, not any word: the place or body a title names ("Mali", "Foreign")
   * often appears elsewhere on the other side while the role itself changed.
   */
  private static List<Mention> unmatchedTitles(MarkedSide side, Set<String> otherKeys) {
    List<Mention> result = new ArrayList<>();
    for (Mention m : side.view.mentions) {
      if (m.type() != MentionType.TITLE || side.overlapsExplained(m)) {
        continue;
      }
      String head = null;
      for (int i : side.view.wordsInside(m.span())) {
        if (side.view.content[i]) {
          head = side.view.keys.get(i);
        }
      }
      if (head != null && !otherKeys.contains(head)) {
        result.add(m);
      }
    }
    return result;
  }
}
