package org.parallax.analysis;

import java.util.Set;
import org.parallax.model.MentionType;

/**
 * Finds titles (roles such as "Foreign Minister" or "top U.S. envoy to Africa") and names of
 * people, organisations and places, without a named-entity model: runs of proper nouns and
 * capitalised words, typed with {@link Gazetteer} word lists and cues around the run (a title or
 * "Mr." before a name, "said" after it).
 */
final class NameMentions {

  /** Lower-case words that are roles only when capitalised ("official" alone is not a title). */
  private static final Set<String> CAPITALISED_ROLES_ONLY =
      Set.of("official", "head", "general", "chair", "representative", "deputy", "chief");

  private static final Set<String> NAME_PARTICLES =
      Set.of("al", "bin", "ibn", "el", "de", "da", "du", "van", "von", "der", "la", "le");

  private static final Set<String> ORG_CONNECTORS = Set.of("of", "for", "and", "&", "on");

  private static final Set<String> NAME_POS = Set.of("PROPN", "NOUN", "ADJ", "X");

  private NameMentions() {}

  static void find(MentionBuilder m) {
    boolean shouting = isMostlyUpperCase(m);
    if (!shouting) {
      titles(m);
    }
    for (int i = 0; i < m.size(); i++) {
      if (!isNameStart(m, i)) {
        continue;
      }
      int end = runEnd(m, i);
      if (shouting) {
        for (int j = i; j < end; j++) {
          addIfKnown(m, j, false);
        }
      } else {
        classify(m, i, end);
      }
      i = end - 1;
    }
  }

  // ---- titles

  private static void titles(MentionBuilder m) {
    for (int i = 0; i < m.size(); i++) {
      if (m.isTaken(i) || !isRoleHead(m, i)) {
        continue;
      }
      int start = i;
      while (start > 0 && !m.isTaken(start - 1) && isRoleWord(m, start - 1)) {
        start--;
      }
      int end = i + 1;
      while (end < m.size() && isRoleHead(m, end) && !m.isTaken(end)) {
        end++;
      }
      end = prepositionalTail(m, end);
      m.add(MentionType.TITLE, start, end, normalizeTitle(m.textOf(start, end)));
      i = end - 1;
    }
  }

  private static boolean isRoleHead(MentionBuilder m, int i) {
    String key = m.key(i);
    if (!Gazetteer.isRoleHead(key) || !(m.pos(i).equals("NOUN") || m.pos(i).equals("PROPN"))) {
      return false;
    }
    boolean capitalised = Character.isUpperCase(m.word(i).charAt(0));
    return capitalised || !CAPITALISED_ROLES_ONLY.contains(key);
  }

  /** A word that can qualify a role on its left: "Foreign", "top", "U.S.", "Malian", "defence". */
  private static boolean isRoleWord(MentionBuilder m, int i) {
    String key = m.key(i);
    String pos = m.pos(i);
    if (Gazetteer.isRoleModifier(key) || Gazetteer.isRoleHead(key)) {
      return true;
    }
    if (Gazetteer.place(key) != null || Gazetteer.demonymPlace(key) != null) {
      return true;
    }
    boolean lower = Character.isLowerCase(m.word(i).charAt(0));
    return lower && (pos.equals("ADJ") || pos.equals("NOUN"));
  }

  /** Extends a title over "to Africa", "of Defence", "for Foreign Affairs". */
  private static int prepositionalTail(MentionBuilder m, int end) {
    String preposition = m.key(end);
    if (!preposition.equals("to") && !preposition.equals("of") && !preposition.equals("for")) {
      return end;
    }
    int at = end + 1;
    if (m.key(at).equals("the")) {
      at++;
    }
    int runEnd = at;
    while (runEnd < m.size()
        && !m.isTaken(runEnd)
        && Character.isUpperCase(m.word(runEnd).charAt(0))
        && NAME_POS.contains(m.pos(runEnd))) {
      runEnd++;
    }
    return runEnd > at ? runEnd : end;
  }

  private static String normalizeTitle(String title) {
    return Gazetteer.key(title).replace("defence", "defense");
  }

  // ---- names

  private static boolean isNameStart(MentionBuilder m, int i) {
    if (isParticle(m, i) && isNamePart(m, i + 1)) {
      return true;
    }
    if (m.isTaken(i) || !Character.isUpperCase(m.word(i).charAt(0))) {
      return false;
    }
    String key = m.key(i);
    if (Gazetteer.isHonorific(key) || !NAME_POS.contains(m.pos(i))) {
      return false;
    }
    if (m.pos(i).equals("PROPN")) {
      return true;
    }
    // A capitalised common noun counts only where capitals are not forced by position.
    return i > 0 && !m.word(i - 1).equals("\"") && !m.word(i - 1).equals(":");
  }

  private static int runEnd(MentionBuilder m, int start) {
    int end = start + 1;
    while (end < m.size() && !m.lineBreakBefore(end)) {
      if (isNamePart(m, end) || isJoined(m, end)) {
        end++;
      } else if (isConnector(m, start, end) && isNamePart(m, end + 1)) {
        end += 2;
      } else {
        break;
      }
    }
    return end;
  }

  private static boolean isNamePart(MentionBuilder m, int i) {
    if (i >= m.size() || m.isTaken(i) || Gazetteer.isHonorific(m.key(i))) {
      return false;
    }
    if (isParticle(m, i)) {
      return true;
    }
    return Character.isUpperCase(m.word(i).charAt(0)) && NAME_POS.contains(m.pos(i));
  }

  private static boolean isParticle(MentionBuilder m, int i) {
    return !m.isTaken(i) && NAME_PARTICLES.contains(m.word(i)) && m.pos(i).equals("PROPN");
  }

  /**
   * A hyphen or word written without a space after the previous token of the run continues the
   * name, as in "al-Islam wal-Muslimin"; a possessive "'s" does not.
   */
  private static boolean isJoined(MentionBuilder m, int i) {
    if (m.isTaken(i) || m.word(i).startsWith("'") || i + 1 >= m.size()) {
      return false;
    }
    boolean touchesPrevious = m.token(i - 1).span().end() == m.token(i).span().start();
    boolean touchesNext = m.token(i).span().end() == m.token(i + 1).span().start();
    boolean hyphen = m.word(i).equals("-");
    return touchesPrevious && (hyphen ? touchesNext && isNamePart(m, i + 1) : isWord(m.word(i)));
  }

  private static boolean isWord(String word) {
    return word.chars().allMatch(Character::isLetter);
  }

  private static boolean isConnector(MentionBuilder m, int start, int at) {
    String key = m.key(at);
    if (NAME_PARTICLES.contains(m.word(at))) {
      return true;
    }
    if (!ORG_CONNECTORS.contains(key)) {
      return false;
    }
    for (int i = start; i < at; i++) {
      if (Gazetteer.isOrganizationHead(m.key(i))) {
        return true;
      }
    }
    return false;
  }

  private static void classify(MentionBuilder m, int start, int end) {
    String key = Gazetteer.key(m.textOf(start, end));
    String place = end - start == 1 ? placeOf(key) : Gazetteer.place(key);
    if (place != null) {
      m.add(MentionType.PLACE, start, end, place);
    } else if (isOrganization(m, start, end, key)) {
      m.add(MentionType.ORGANIZATION, start, end, key);
    } else if (end - start > 1 && allPlaces(m, start, end)) {
      for (int i = start; i < end; i++) {
        addIfKnown(m, i, true);
      }
    } else if (hasPersonCue(m, start, end)) {
      m.add(MentionType.PERSON, start, end, key);
    } else {
      m.add(MentionType.NAME, start, end, key);
    }
  }

  private static boolean isOrganization(MentionBuilder m, int start, int end, String key) {
    if (Gazetteer.isKnownOrganization(key)) {
      return true;
    }
    if (end - start == 1 && isAcronym(m.word(start))) {
      return true;
    }
    for (int i = start; i < end; i++) {
      if (Gazetteer.isOrganizationHead(m.key(i)) && Character.isUpperCase(m.word(i).charAt(0))) {
        return true;
      }
    }
    return false;
  }

  /** A place, or the place of a demonym, singular or plural ("Malians" is "mali"). */
  private static String placeOf(String key) {
    if (Gazetteer.place(key) != null) {
      return Gazetteer.place(key);
    }
    if (Gazetteer.demonymPlace(key) != null) {
      return Gazetteer.demonymPlace(key);
    }
    return key.endsWith("s") ? Gazetteer.demonymPlace(key.substring(0, key.length() - 1)) : null;
  }

  private static boolean allPlaces(MentionBuilder m, int start, int end) {
    for (int i = start; i < end; i++) {
      if (placeOf(m.key(i)) == null) {
        return false;
      }
    }
    return true;
  }

  /** Adds a single word that the gazetteer knows as a place or organisation. */
  private static void addIfKnown(MentionBuilder m, int i, boolean acronyms) {
    if (m.isTaken(i)) {
      return;
    }
    String key = m.key(i);
    String place = placeOf(key);
    if (place != null) {
      m.add(MentionType.PLACE, i, i + 1, place);
    } else if (Gazetteer.isKnownOrganization(key) || (acronyms && isAcronym(m.word(i)))) {
      m.add(MentionType.ORGANIZATION, i, i + 1, key);
    }
  }

  private static boolean isAcronym(String word) {
    return word.matches("\\p{Lu}{2,6}") || word.matches("(?:\\p{Lu}\\.){2,}");
  }

  /** "Mr. X", "Foreign Minister X", "envoy, X,", "X said", ", said X". */
  private static boolean hasPersonCue(MentionBuilder m, int start, int end) {
    if (Gazetteer.isHonorific(m.key(start - 1))) {
      return true;
    }
    if (m.isTaken(start - 1) && Gazetteer.isRoleHead(m.key(start - 1))) {
      return true;
    }
    if (m.word(start - 1).equals(",") && m.isTaken(start - 2) && isRoleHeadish(m, start - 2)) {
      return true;
    }
    if (end < m.size() && SpeechVerbs.isSpeechVerb(m.token(end).lemma())) {
      return true;
    }
    if (start >= 2
        && SpeechVerbs.isSpeechVerb(m.token(start - 1).lemma())
        && m.word(start - 2).equals(",")) {
      return true;
    }
    // "according to Jane Doe of ...": a short run of capitalised words credited as a source.
    boolean credited = m.key(start - 1).equals("to") && m.key(start - 2).equals("according");
    return credited && end - start >= 2 && end - start <= 3;
  }

  private static boolean isRoleHeadish(MentionBuilder m, int i) {
    return Gazetteer.isRoleHead(m.key(i)) || Character.isUpperCase(m.word(i).charAt(0));
  }

  private static boolean isMostlyUpperCase(MentionBuilder m) {
    int upper = 0;
    int letters = 0;
    for (int i = 0; i < m.size(); i++) {
      for (char c : m.word(i).toCharArray()) {
        if (Character.isLetter(c)) {
          letters++;
          if (Character.isUpperCase(c)) {
            upper++;
          }
        }
      }
    }
    return letters >= 8 && upper > 0.8 * letters;
  }
}
