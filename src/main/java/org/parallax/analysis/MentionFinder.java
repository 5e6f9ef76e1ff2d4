package org.parallax.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.parallax.model.Mention;
import org.parallax.model.MentionType;
import org.parallax.model.Token;

/**
 * Finds names, titles, numbers, dates and times in a sentence's tokens.
 *
 * <p>Order matters: dates and times first (so "March 9" is not a name and "2024" not a number),
 * then quantities, then titles and names over what is left.
 */
final class MentionFinder {

  private MentionFinder() {}

  /** Returns the mentions of one sentence in text order. */
  static List<Mention> find(String text, List<Token> tokens) {
    MentionBuilder builder = new MentionBuilder(text, tokens);
    TemporalMentions.find(builder);
    NumberMentions.find(builder);
    NameMentions.find(builder);
    return builder.mentions();
  }

  /**
   * Returns the lower-case names of the article's people, each full name with its last word
   * ("abdoulaye diop" and "diop"), so a later surname alone can be known for a person.
   */
  static Set<String> people(List<List<Mention>> bySentence) {
    Set<String> people = new HashSet<>();
    for (List<Mention> mentions : bySentence) {
      for (Mention mention : mentions) {
        if (mention.type() == MentionType.PERSON) {
          people.add(mention.normalized());
          String[] parts = mention.normalized().split(" ");
          people.add(parts[parts.length - 1]);
        }
      }
    }
    return people;
  }

  /**
   * Returns the mentions of every sentence with untyped names retyped as people where another
   * sentence of the article showed them to be a person ("Abdoulaye Diop" makes a later "Diop" a
   * person).
   */
  static List<List<Mention>> resolvePeople(List<List<Mention>> bySentence) {
    Set<String> people = people(bySentence);
    List<List<Mention>> resolved = new ArrayList<>(bySentence.size());
    for (List<Mention> mentions : bySentence) {
      resolved.add(
          mentions.stream()
              .map(
                  m ->
                      m.type() == MentionType.NAME && people.contains(m.normalized())
                          ? new Mention(MentionType.PERSON, m.text(), m.normalized(), m.span())
                          : m)
              .toList());
    }
    return resolved;
  }
}
