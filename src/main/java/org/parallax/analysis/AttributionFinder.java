package org.parallax.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.model.Attribution;
import org.parallax.model.AttributionKind;
import org.parallax.model.Span;
import org.parallax.model.Token;

/**
 * Finds who a sentence credits its claim to, from the phrasing news reports use: "according to X",
 * "X said", "..., said X", "X declined to comment", "Reuters was unable to determine".
 *
 * <p>Precision matters more than recall here: a sentence without attribution is what the comparison
 * reports as an unsourced claim, so a pattern only fires with a source phrase in place.
 */
final class AttributionFinder {

  /** Verb forms that may precede their source: "..., said a local analyst." */
  private static final Set<String> INVERTABLE =
      Set.of(
          "said",
          "says",
          "added",
          "told",
          "noted",
          "wrote",
          "stated",
          "warned",
          "explained",
          "cautioned",
          "argued",
          "insisted",
          "replied",
          "asked",
          "reported",
          "continued");

  private static final Set<String> NOUN_PHRASE_POS = Set.of("PROPN", "NOUN", "ADJ", "DET", "NUM");

  /** Prepositions allowed inside a source phrase: "a spokesperson for the ministry". */
  private static final Set<String> INNER_PREPOSITIONS = Set.of("of", "for", "at", "in", "from");

  /** The tagger sometimes tags these VERB where they are auxiliaries. */
  private static final Set<String> AUXILIARIES = Set.of("have", "be", "do", "will", "would");

  private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "whose");

  private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "it", "they", "we", "i");

  /** Bare plurals for commentators in general ("analysts say"), not specific informants. */
  private static final Set<String> GENERIC_HEADS =
      Set.of(
          "analyst",
          "expert",
          "observer",
          "critic",
          "commentator",
          "economist",
          "scholar",
          "researcher",
          "activist",
          "resident",
          "witness",
          "people",
          "many",
          "some",
          "other",
          "specialist",
          "academic",
          "historian",
          "campaigner",
          "advocate");

  private static final Set<String> QUANTIFIERS = Set.of("some", "many", "most", "several");

  /** Heads that speak for the organisation they name: "a spokesperson for the ministry". */
  private static final Set<String> SPOKESPEOPLE =
      Set.of("spokesperson", "spokesman", "spokeswoman", "statement", "representative");

  private static final Pattern DECLINED =
      Pattern.compile(
          "\\b(?:declined to (?:comment|respond|discuss|elaborate)|refused to comment|"
              + "did not (?:immediately )?(?:respond|reply|return|answer|comment)|"
              + "didn't (?:immediately )?(?:respond|reply|return|comment)|"
              + "could not (?:immediately )?be reached|was not (?:immediately )?available|"
              + "were not (?:immediately )?available|had no (?:immediate )?comment|"
              + "did not (?:immediately )?provide (?:a )?comment)\\b");

  private static final Pattern OUTLET =
      Pattern.compile(
          "\\b(?:was|were|is|are|has been|have been) (?:unable|not able) to (?:immediately )?"
              + "(?:independently )?(?:determine|verify|confirm|establish|ascertain|reach)\\b|"
              + "\\b(?:could|can|cannot|could not|can't|couldn't)(?: not)? (?:immediately )?"
              + "(?:independently )?(?:determine|verify|confirm|establish|ascertain)\\b");

  private static final Pattern ANONYMITY =
      Pattern.compile(
          "\\b(?:condition of anonymity|asked not to be (?:named|identified)|"
              + "declined to be (?:named|identified)|requested anonymity|"
              + "not authori[sz]ed to (?:speak|talk|comment))\\b");

  private AttributionFinder() {}

  /**
   * Returns the attributions of one sentence; empty when it gives no source.
   *
   * @param people lower-case names and surnames of the article's people, so that "Howard said"
   *     credits Howard wherever the tagger misreads the surname
   */
  static List<Attribution> find(
      String text, Span sentence, List<Token> taggedTokens, Set<String> people) {
    List<Token> tokens = SurnameSpeakers.retag(taggedTokens, people);
    String lower = sentence.of(text).toLowerCase(Locale.ROOT);
    boolean anonymous = ANONYMITY.matcher(lower).find();
    List<Attribution> found = new ArrayList<>();
    outlets(text, sentence, tokens, lower, found);
    declines(text, sentence, tokens, lower, found);
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      if (token.lemma().equals("accord") && word(tokens, i + 1).equals("to")) {
        accordingTo(text, tokens, i, anonymous, found);
      } else if (isSpeechVerb(tokens, i) && !overlapsFound(token.span(), found)) {
        speech(text, tokens, i, anonymous, found);
      }
    }
    found.sort((a, b) -> a.span().compareTo(b.span()));
    return found;
  }

  /**
   * A speech verb in the active voice: "the officials said", not "the nations were added". The
   * tagger sometimes takes a finite "added" or "said" after a noun for an adjective, so the form
   * alone is trusted there.
   */
  private static boolean isSpeechVerb(List<Token> tokens, int i) {
    Token token = tokens.get(i);
    if (!SpeechVerbs.isSpeechVerb(token.lemma())) {
      return false;
    }
    boolean verb = token.pos().equals("VERB");
    boolean finiteForm = INVERTABLE.contains(token.text().toLowerCase(Locale.ROOT));
    boolean afterNoun = i > 0 && isNounLike(tokens.get(i - 1));
    boolean reporting = afterNoun && word(tokens, i + 1).equals("that");
    if (!verb && !(finiteForm && afterNoun) && !reporting) {
      return false;
    }
    for (int j = i - 1; j >= 0 && isVerbFiller(tokens.get(j)); j--) {
      if (tokens.get(j).lemma().equals("be")) {
        return false;
      }
    }
    return true;
  }

  private static boolean isNounLike(Token token) {
    String pos = token.pos();
    return pos.equals("NOUN") || pos.equals("PROPN") || pos.equals("PRON");
  }

  /** Auxiliaries, adverbs and "not" between a subject and its verb ("have repeatedly said"). */
  private static boolean isVerbFiller(Token token) {
    String pos = token.pos();
    boolean auxiliary = AUXILIARIES.contains(token.lemma()) && !token.pos().equals("NOUN");
    return pos.equals("AUX") || pos.equals("ADV") || pos.equals("PART") || auxiliary;
  }

  private static void accordingTo(
      String text, List<Token> tokens, int at, boolean anonymous, List<Attribution> out) {
    int end = at + 2;
    while (end < tokens.size() && !isClauseBreak(tokens.get(end))) {
      end++;
    }
    if (end > at + 2) {
      List<Token> source = tokens.subList(at + 2, end);
      out.add(
          new Attribution(
              kindOf(source, tokens.get(0), anonymous),
              phrase(text, source),
              "according to",
              spanOf(tokens, at, end)));
    }
  }

  private static void speech(
      String text, List<Token> tokens, int verb, boolean anonymous, List<Attribution> out) {
    int subjectEnd = beforeTicker(tokens, endOfSubject(tokens, verb));
    int subjectStart = subjectEndingAt(tokens, subjectEnd);
    int appositive = appositiveStart(tokens, subjectEnd);
    if (subjectStart < 0 && appositive > 0) {
      subjectEnd = appositive;
      subjectStart = subjectEndingAt(tokens, appositive);
    }
    if (subjectStart >= 0) {
      List<Token> source = tokens.subList(subjectStart, subjectEnd);
      out.add(
          new Attribution(
              kindOf(source, tokens.get(0), anonymous),
              phrase(text, source),
              tokens.get(verb).text().toLowerCase(Locale.ROOT),
              spanOf(tokens, subjectStart, verb + 1)));
      return;
    }
    int sourceEnd = sourceAfter(tokens, verb);
    if (sourceEnd > verb + 1) {
      List<Token> source = tokens.subList(verb + 1, sourceEnd);
      out.add(
          new Attribution(
              kindOf(source, tokens.get(0), anonymous),
              phrase(text, source),
              tokens.get(verb).text().toLowerCase(Locale.ROOT),
              spanOf(tokens, verb, sourceEnd)));
    }
  }

  /**
   * For "The ministry, in a statement, said" returns the index of the comma after "ministry": an
   * inserted phrase between commas that opens with a preposition, participle or "who" separates the
   * subject from its verb. Returns -1 when there is none.
   */
  private static int appositiveStart(List<Token> tokens, int end) {
    if (end < 2 || !word(tokens, end - 1).equals(",")) {
      return -1;
    }
    for (int i = end - 2; i > 0; i--) {
      if (word(tokens, i).equals(",")) {
        Token opener = tokens.get(i + 1);
        boolean inserted =
            opener.pos().equals("ADP")
                || opener.pos().equals("VERB")
                || RELATIVE_PRONOUNS.contains(word(tokens, i + 1))
                || word(tokens, i + 1).equals("which");
        return inserted ? i : -1;
      }
      if (tokens.get(i).pos().equals("PUNCT") && !word(tokens, i).equals("-")) {
        return -1;
      }
    }
    return -1;
  }

  /** Where a subject ending before {@code end} starts, or -1: "the former U.S. official". */
  private static int subjectEndingAt(List<Token> tokens, int end) {
    if (end <= 0) {
      return -1;
    }
    Token last = tokens.get(end - 1);
    String lastWord = last.text().toLowerCase(Locale.ROOT);
    if (last.pos().equals("PRON")) {
      if (lastWord.equals("who") && end >= 2 && word(tokens, end - 2).equals(",")) {
        return nounPhraseStart(tokens, end - 2) < end - 2 ? nounPhraseStart(tokens, end - 2) : -1;
      }
      return SUBJECT_PRONOUNS.contains(lastWord) ? end - 1 : -1;
    }
    int start = nounPhraseStart(tokens, end);
    return start < end && hasNoun(tokens.subList(start, end)) ? start : -1;
  }

  /**
   * Returns where a ticker in angle brackets ending before {@code end} starts ("Dixons Retail Plc
   * <DXNS.L> said"), or {@code end} when there is none: the ticker identifies the subject and is no
   * part of its noun phrase.
   */
  private static int beforeTicker(List<Token> tokens, int end) {
    if (end <= 0 || !tokens.get(end - 1).text().endsWith(">")) {
      return end;
    }
    for (int i = end - 1; i >= Math.max(0, end - 5); i--) {
      if (tokens.get(i).text().startsWith("<")) {
        return i;
      }
    }
    return end;
  }

  /** The end of the subject: skips "has", "also", "repeatedly", "not" between it and the verb. */
  private static int endOfSubject(List<Token> tokens, int verb) {
    int end = verb;
    while (end > 0 && isVerbFiller(tokens.get(end - 1)) && !word(tokens, end - 1).equals("'s")) {
      end--;
    }
    return end;
  }

  /** Walks back over a noun phrase ending before {@code end}; returns its first token. */
  private static int nounPhraseStart(List<Token> tokens, int end) {
    int start = end;
    while (start > 0) {
      Token previous = tokens.get(start - 1);
      String word = previous.text().toLowerCase(Locale.ROOT);
      boolean inside =
          NOUN_PHRASE_POS.contains(previous.pos())
              || word.equals("'s")
              || word.equals("&")
              || (word.equals("and") && start < end)
              || (INNER_PREPOSITIONS.contains(word) && start < end);
      if (!inside) {
        break;
      }
      start--;
    }
    while (start < end && isLeadingFiller(tokens.get(start))) {
      start++;
    }
    return start;
  }

  private static boolean isLeadingFiller(Token token) {
    String word = token.text().toLowerCase(Locale.ROOT);
    return INNER_PREPOSITIONS.contains(word) || word.equals("and") || word.equals("'s");
  }

  /** For "..., said a local analyst." returns the end of the source, else the verb's index. */
  private static int sourceAfter(List<Token> tokens, int verb) {
    String form = tokens.get(verb).text().toLowerCase(Locale.ROOT);
    String before = word(tokens, verb - 1);
    boolean inverted = before.equals(",") || before.equals("\"") || verb == 0;
    if (!inverted || !INVERTABLE.contains(form)) {
      return verb;
    }
    int end = verb + 1;
    while (end < tokens.size()) {
      Token token = tokens.get(end);
      String word = token.text().toLowerCase(Locale.ROOT);
      if (NOUN_PHRASE_POS.contains(token.pos())
          || word.equals("'s")
          || (INNER_PREPOSITIONS.contains(word) && end > verb + 1)) {
        end++;
      } else {
        break;
      }
    }
    boolean closed =
        end == tokens.size()
            || isClauseBreak(tokens.get(end))
            || RELATIVE_PRONOUNS.contains(word(tokens, end));
    return closed && hasNoun(tokens.subList(verb + 1, end)) ? end : verb;
  }

  private static void declines(
      String text, Span sentence, List<Token> tokens, String lower, List<Attribution> out) {
    Matcher m = DECLINED.matcher(lower);
    while (m.find()) {
      int cue = tokenAt(tokens, sentence.start() + m.start());
      if (cue < 0) {
        continue;
      }
      int start = nounPhraseStart(tokens, endOfSubject(tokens, cue));
      int end = endOfSubject(tokens, cue);
      if (start < end && hasNoun(tokens.subList(start, end))) {
        out.add(
            new Attribution(
                AttributionKind.DECLINED,
                phrase(text, tokens.subList(start, end)),
                m.group(),
                new Span(tokens.get(start).span().start(), sentence.start() + m.end())));
      }
    }
  }

  private static void outlets(
      String text, Span sentence, List<Token> tokens, String lower, List<Attribution> out) {
    Matcher m = OUTLET.matcher(lower);
    if (!m.find()) {
      return;
    }
    int cue = tokenAt(tokens, sentence.start() + m.start());
    if (cue <= 0) {
      return;
    }
    int end = cue;
    int start = nounPhraseStart(tokens, end);
    boolean named = start < end && isCapitalised(tokens.get(end - 1));
    if (named) {
      out.add(
          new Attribution(
              AttributionKind.OUTLET,
              phrase(text, tokens.subList(start, end)),
              m.group(),
              new Span(tokens.get(start).span().start(), sentence.start() + m.end())));
    }
  }

  private static AttributionKind kindOf(
      List<Token> source, Token sentenceStart, boolean anonymous) {
    if (anonymous) {
      return AttributionKind.ANONYMOUS;
    }
    int headAt = headIndex(source);
    Token head = source.get(headAt);
    boolean capitalisedName = isCapitalised(head) && head != sentenceStart;
    boolean institution = Gazetteer.isOrganizationHead(head.lemma());
    if (head.pos().equals("PROPN") || head.pos().equals("PRON") || capitalisedName || institution) {
      return AttributionKind.NAMED;
    }
    boolean namesOrganisation =
        source.subList(headAt, source.size()).stream().anyMatch(t -> t.pos().equals("PROPN"));
    if (SPOKESPEOPLE.contains(head.lemma()) && namesOrganisation) {
      return AttributionKind.NAMED;
    }
    boolean plural = !head.text().equalsIgnoreCase(head.lemma());
    Token first = source.get(0);
    boolean bare = !first.pos().equals("DET") && !first.pos().equals("NUM");
    boolean quantified = QUANTIFIERS.contains(first.text().toLowerCase(Locale.ROOT));
    if (GENERIC_HEADS.contains(head.lemma()) && plural && (bare || quantified)) {
      return AttributionKind.GENERIC;
    }
    return AttributionKind.ANONYMOUS;
  }

  /** The head noun: the last noun before the first inner preposition. */
  private static int headIndex(List<Token> source) {
    int head = 0;
    for (int i = 0; i < source.size(); i++) {
      Token token = source.get(i);
      if (i > 0 && INNER_PREPOSITIONS.contains(token.text().toLowerCase(Locale.ROOT))) {
        break;
      }
      if (!token.pos().equals("DET") && !token.pos().equals("ADP") && !token.isPunctuation()) {
        head = i;
      }
    }
    return head;
  }

  private static boolean isCapitalised(Token token) {
    return Character.isUpperCase(token.text().charAt(0));
  }

  /** True when the phrase names someone; "the former official" counts even if tagged ADJ. */
  private static boolean hasNoun(List<Token> phrase) {
    boolean noun =
        phrase.stream()
            .anyMatch(
                t -> t.pos().equals("NOUN") || t.pos().equals("PROPN") || t.pos().equals("PRON"));
    boolean nominalAdjective =
        phrase.size() >= 2
            && phrase.get(0).pos().equals("DET")
            && phrase.get(phrase.size() - 1).pos().equals("ADJ");
    return noun || nominalAdjective;
  }

  private static boolean overlapsFound(Span span, List<Attribution> found) {
    return found.stream().anyMatch(a -> a.span().overlaps(span));
  }

  private static boolean isClauseBreak(Token token) {
    return token.isPunctuation() && !token.text().equals("&") && !token.text().equals("-");
  }

  private static int tokenAt(List<Token> tokens, int offset) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).span().start() >= offset) {
        return i;
      }
    }
    return -1;
  }

  private static String word(List<Token> tokens, int i) {
    return i >= 0 && i < tokens.size() ? tokens.get(i).text().toLowerCase(Locale.ROOT) : "";
  }

  private static String phrase(String text, List<Token> source) {
    return new Span(source.get(0).span().start(), source.get(source.size() - 1).span().end())
        .of(text);
  }

  private static Span spanOf(List<Token> tokens, int from, int to) {
    return new Span(tokens.get(from).span().start(), tokens.get(to - 1).span().end());
  }
}
