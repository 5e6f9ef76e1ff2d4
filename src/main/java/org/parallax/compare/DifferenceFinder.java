package org.parallax.compare;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.parallax.model.Attribution;
import org.parallax.model.Difference;
import org.parallax.model.DifferenceType;
import org.parallax.model.Mention;
import org.parallax.model.MentionType;
import org.parallax.model.Quote;

/**
 * Types what changed between two claims that state the same thing: names, numbers, times, titles,
 * attribution, quotations, hedging, negation, contrary wording, and details present on one side
 * only.
 *
 * <p>Each finder marks the words it explains, so a replaced name is reported once as an entity
 * change and not again as an omitted and an added detail.
 */
final class DifferenceFinder {

  private static final Set<String> PRONOUNS =
      Set.of("it", "he", "she", "they", "we", "i", "you", "who", "which");
  private static final Set<MentionType> TIMES = Set.of(MentionType.DATE, MentionType.TIME);

  private final ClaimView left;
  private final ClaimView right;
  private final double materialWeight;
  private final boolean[] leftExplained;
  private final boolean[] rightExplained;
  private final Set<String> leftKeys;
  private final Set<String> rightKeys;
  private final List<Difference> found = new ArrayList<>();

  /** Set when a contrary word makes up for a change of negation: "did not rise", "fell". */
  private boolean negationAnswered;

  private DifferenceFinder(ClaimView left, ClaimView right, double materialWeight) {
    this.left = left;
    this.right = right;
    this.materialWeight = materialWeight;
    this.leftExplained = new boolean[left.words.size()];
    this.rightExplained = new boolean[right.words.size()];
    this.leftKeys = new HashSet<>(left.keys);
    this.rightKeys = new HashSet<>(right.keys);
  }

  /**
   * Returns the typed differences between two claims, in a fixed order of types.
   *
   * @param materialWeight the least IDF weight of words on one side only that counts as a detail
   */
  static List<Difference> between(ClaimView left, ClaimView right, double materialWeight) {
    DifferenceFinder finder = new DifferenceFinder(left, right, materialWeight);
    finder.quotes();
    finder.attributions();
    finder.titles();
    finder.names();
    finder.numbers();
    finder.times();
    finder.hedges();
    finder.contraries();
    finder.negations();
    finder.details();
    return List.copyOf(finder.found);
  }

  private void names() {
    List<Mention> leftOnly = unmatchedNames(left, right, rightKeys);
    List<Mention> rightOnly = unmatchedNames(right, left, leftKeys);
    // Read as a replacement only where it is unambiguous: one name gone, one come.
    int replaced = leftOnly.size() == 1 && rightOnly.size() == 1 ? 1 : 0;
    for (int i = 0; i < replaced; i++) {
      add(
          DifferenceType.ENTITY,
          leftOnly.get(i),
          rightOnly.get(i),
          "Name changed: " + leftOnly.get(i).text() + " became " + rightOnly.get(i).text() + ".");
    }
    for (Mention m : leftOnly.subList(replaced, leftOnly.size())) {
      add(DifferenceType.ENTITY, m, null, "Name dropped: " + m.text() + ".");
    }
    for (Mention m : rightOnly.subList(replaced, rightOnly.size())) {
      add(DifferenceType.ENTITY, null, m, "Name added: " + m.text() + ".");
    }
  }

  private void titles() {
    List<Mention> leftOnly = unmatchedTitles(left, rightKeys);
    List<Mention> rightOnly = unmatchedTitles(right, leftKeys);
    if (!leftOnly.isEmpty() && !rightOnly.isEmpty() && sharePerson()) {
      Mention l = leftOnly.get(0);
      Mention r = rightOnly.get(0);
      add(DifferenceType.TITLE, l, r, "Title changed: " + l.text() + " became " + r.text() + ".");
      return;
    }
    for (Mention person : left.names()) {
      if (person.type() == MentionType.PERSON || person.type() == MentionType.NAME) {
        RolePhrase leftRole = RolePhrase.before(left, person);
        RolePhrase rightRole = RolePhrase.matching(right, person);
        if (leftRole != null && rightRole != null && leftRole.differsFrom(rightRole)) {
          explain(leftExplained, leftRole.from, leftRole.to);
          explain(rightExplained, rightRole.from, rightRole.to);
          found.add(
              new Difference(
                  DifferenceType.TITLE,
                  leftRole.text,
                  rightRole.text,
                  "Title of "
                      + person.text()
                      + " changed: "
                      + leftRole.text
                      + " became "
                      + rightRole.text
                      + "."));
          return;
        }
      }
    }
  }

  private boolean sharePerson() {
    for (Mention m : left.names()) {
      if (!m.text().isBlank() && nameFound(left, m, rightKeys)) {
        return true;
      }
    }
    return false;
  }

  private void numbers() {
    List<Mention> leftOnly = unmatchedByNormal(left, right, MentionType.NUMBER);
    List<Mention> rightOnly = unmatchedByNormal(right, left, MentionType.NUMBER);
    if (leftOnly.isEmpty() && rightOnly.isEmpty()) {
      return;
    }
    String l = texts(leftOnly);
    String r = texts(rightOnly);
    leftOnly.forEach(m -> explainMention(left, leftExplained, m));
    rightOnly.forEach(m -> explainMention(right, rightExplained, m));
    String explanation =
        l.isEmpty()
            ? "Number added: " + r + "."
            : r.isEmpty()
                ? "Number dropped: " + l + "."
                : "Number changed: " + l + " became " + r + ".";
    found.add(new Difference(DifferenceType.NUMBER, l, r, explanation));
  }

  private void times() {
    List<Mention> leftOnly = unmatchedByNormal(left, right, null);
    List<Mention> rightOnly = unmatchedByNormal(right, left, null);
    leftOnly.forEach(m -> explainMention(left, leftExplained, m));
    rightOnly.forEach(m -> explainMention(right, rightExplained, m));
    List<String> l = new ArrayList<>(leftOnly.stream().map(Mention::text).toList());
    List<String> r = new ArrayList<>(rightOnly.stream().map(Mention::text).toList());
    l.addAll(temporalWords(left, leftExplained, rightKeys));
    r.addAll(temporalWords(right, rightExplained, leftKeys));
    if (l.isEmpty() && r.isEmpty()) {
      return;
    }
    String lt = String.join(", ", l);
    String rt = String.join(", ", r);
    String explanation =
        lt.isEmpty()
            ? "Time frame added: " + rt + "."
            : rt.isEmpty()
                ? "Time frame dropped: " + lt + "."
                : "Time frame changed: " + lt + " became " + rt + ".";
    found.add(new Difference(DifferenceType.TIME, lt, rt, explanation));
  }

  private List<String> temporalWords(ClaimView view, boolean[] explained, Set<String> otherKeys) {
    List<String> words = new ArrayList<>();
    for (int i = 0; i < view.words.size(); i++) {
      String key = view.keys.get(i);
      if (!explained[i] && Lexicon.TEMPORAL.contains(key) && !otherKeys.contains(key)) {
        explained[i] = true;
        words.add(view.words.get(i).text());
      }
    }
    return words;
  }

  private void attributions() {
    List<Attribution> leftOnly = unmatchedSources(left, right);
    List<Attribution> rightOnly = unmatchedSources(right, left);
    if (leftOnly.isEmpty() && rightOnly.isEmpty()) {
      return;
    }
    String l = String.join("; ", leftOnly.stream().map(this::describe).toList());
    String r = String.join("; ", rightOnly.stream().map(this::describe).toList());
    leftOnly.forEach(a -> explain(leftExplained, left.wordsInside(a.span())));
    rightOnly.forEach(a -> explain(rightExplained, right.wordsInside(a.span())));
    String explanation;
    if (right.attributions.isEmpty()) {
      explanation =
          "Attribution dropped: the right side does not say the claim came from " + l + ".";
    } else if (left.attributions.isEmpty()) {
      explanation = "Attribution added: the right side credits " + r + ", the left credits no one.";
    } else {
      explanation =
          "Attribution changed: "
              + (l.isEmpty() ? "-" : l)
              + " became "
              + (r.isEmpty() ? "-" : r)
              + ".";
    }
    found.add(new Difference(DifferenceType.ATTRIBUTION, l, r, explanation));
  }

  private String describe(Attribution attribution) {
    return attribution.source() == null || attribution.source().isBlank()
        ? attribution.cue()
        : attribution.source();
  }

  private List<Attribution> unmatchedSources(ClaimView view, ClaimView other) {
    List<Attribution> result = new ArrayList<>();
    for (Attribution a : view.attributions) {
      if (a.source() != null && PRONOUNS.contains(Lexicon.fold(a.source().trim()))) {
        // "who it said": a pronoun credits whoever the sentence already named.
        continue;
      }
      Set<String> keys = sourceKeys(view, a);
      boolean matched = false;
      for (Attribution b : other.attributions) {
        Set<String> otherKeys = sourceKeys(other, b);
        if (a.kind() == b.kind() && (keys.isEmpty() || otherKeys.isEmpty())) {
          matched = true;
        }
        for (String key : keys) {
          matched |= otherKeys.contains(key);
        }
      }
      if (!matched) {
        result.add(a);
      }
    }
    return result;
  }

  private static Set<String> sourceKeys(ClaimView view, Attribution a) {
    Set<String> keys = new LinkedHashSet<>();
    String source = a.source() == null ? "" : a.source();
    for (String word : source.split("[\\s,;()]+")) {
      String key = WordKeys.stem(Lexicon.fold(word));
      if (!key.isEmpty() && !Lexicon.STOPWORDS.contains(key)) {
        keys.add(key);
      }
    }
    return keys;
  }

  private void quotes() {
    for (Quote quote : left.quotes) {
      QuoteWords mine = QuoteWords.of(left, quote);
      QuoteWords counterpart = bestCounterpart(mine, right);
      if (counterpart == null) {
        if (mine.size() >= 3 && mine.containedIn(right.surface)) {
          explain(leftExplained, left.wordsInside(quote.span()));
          found.add(
              new Difference(
                  DifferenceType.QUOTE,
                  quote.text(),
                  "",
                  "Quotation marks dropped: the right side gives these words unquoted."));
        }
      } else if (!mine.equals(counterpart)) {
        Quote other = quoteOf(right, counterpart);
        explain(leftExplained, left.wordsInside(quote.span()));
        explain(rightExplained, right.wordsInside(other.span()));
        String explanation =
            mine.extentChangeOf(counterpart)
                ? "Quotation extent changed: the marks were moved to take in different words."
                : "Quotation wording changed.";
        found.add(new Difference(DifferenceType.QUOTE, quote.text(), other.text(), explanation));
      }
    }
    for (Quote quote : right.quotes) {
      QuoteWords mine = QuoteWords.of(right, quote);
      if (bestCounterpart(mine, left) == null
          && mine.size() >= 3
          && mine.containedIn(left.surface)) {
        explain(rightExplained, right.wordsInside(quote.span()));
        found.add(
            new Difference(
                DifferenceType.QUOTE,
                "",
                quote.text(),
                "Quotation marks added: the right side quotes words the left gives unquoted."));
      }
    }
  }

  private static QuoteWords bestCounterpart(QuoteWords mine, ClaimView other) {
    QuoteWords best = null;
    double bestOverlap = -1;
    for (Quote quote : other.quotes) {
      QuoteWords theirs = QuoteWords.of(other, quote);
      double overlap = mine.overlap(theirs);
      if (mine.samePassage(theirs) && overlap > bestOverlap) {
        best = theirs;
        bestOverlap = overlap;
      }
    }
    return best;
  }

  private static Quote quoteOf(ClaimView view, QuoteWords words) {
    for (Quote quote : view.quotes) {
      if (QuoteWords.of(view, quote).equals(words)) {
        return quote;
      }
    }
    throw new IllegalStateException("quotation not found");
  }

  private void hedges() {
    Set<String> l = hedgeWords(left);
    Set<String> r = hedgeWords(right);
    Set<String> lOnly = new LinkedHashSet<>(l);
    lOnly.removeAll(r);
    Set<String> rOnly = new LinkedHashSet<>(r);
    rOnly.removeAll(l);
    if (lOnly.isEmpty() && rOnly.isEmpty()) {
      return;
    }
    markKeys(left, leftExplained, lOnly);
    markKeys(right, rightExplained, rOnly);
    String lt = String.join(", ", lOnly);
    String rt = String.join(", ", rOnly);
    String explanation =
        lt.isEmpty()
            ? "Certainty weakened: the right side hedges with " + rt + "."
            : rt.isEmpty()
                ? "Certainty strengthened: the right side drops " + lt + "."
                : "Hedging changed: " + lt + " became " + rt + ".";
    found.add(new Difference(DifferenceType.HEDGE, lt, rt, explanation));
  }

  private static Set<String> hedgeWords(ClaimView view) {
    Set<String> words = new LinkedHashSet<>();
    for (int i = 0; i < view.words.size(); i++) {
      String lemma = WordKeys.lemma(view.words.get(i));
      String word = view.surface.get(i);
      if (Lexicon.HEDGES.contains(word) || Lexicon.HEDGES.contains(lemma)) {
        words.add(word);
      }
    }
    return words;
  }

  /**
   * Reports contrary words ("rose" against "fell") that stand in the same place of the two claims,
   * that is in the same gap between words both share. A contrary word under a negation says what
   * the other side says ("did not rise" against "fell"), so one contrary answers a change of
   * negation and neither is reported.
   */
  private void contraries() {
    List<int[]> pairs = new ArrayList<>();
    boolean[] rightUsed = new boolean[right.words.size()];
    List<int[]> anchors = WordDiffer.anchors(left, right);
    int previousLeft = 0;
    int previousRight = 0;
    for (int k = 0; k <= anchors.size(); k++) {
      int nextLeft = k < anchors.size() ? anchors.get(k)[0] : left.words.size();
      int nextRight = k < anchors.size() ? anchors.get(k)[1] : right.words.size();
      for (int i = previousLeft; i < nextLeft; i++) {
        for (int j = previousRight; j < nextRight && !leftExplained[i]; j++) {
          if (!rightExplained[j]
              && !rightUsed[j]
              && Contraries.axisBetween(left.words.get(i), right.words.get(j)) != null) {
            pairs.add(new int[] {i, j});
            rightUsed[j] = true;
            break;
          }
        }
      }
      previousLeft = nextLeft + 1;
      previousRight = nextRight + 1;
    }
    if (pairs.isEmpty()) {
      return;
    }
    if (negationCount(left, right) % 2 != negationCount(right, left) % 2) {
      negationAnswered = true;
      markKeys(left, leftExplained, Lexicon.NEGATIONS);
      markKeys(right, rightExplained, Lexicon.NEGATIONS);
      int[] answer = pairs.remove(0);
      leftExplained[answer[0]] = true;
      rightExplained[answer[1]] = true;
    }
    for (int[] pair : pairs) {
      leftExplained[pair[0]] = true;
      rightExplained[pair[1]] = true;
      String l = left.words.get(pair[0]).text();
      String r = right.words.get(pair[1]).text();
      found.add(
          new Difference(
              DifferenceType.CONTRARY, l, r, "Opposite wording: " + l + " became " + r + "."));
    }
  }

  private void negations() {
    int l = negationCount(left, right);
    int r = negationCount(right, left);
    if (negationAnswered || l % 2 == r % 2) {
      return;
    }
    Set<String> negations = new HashSet<>(Lexicon.NEGATIONS);
    markKeys(left, leftExplained, negations);
    markKeys(right, rightExplained, negations);
    String lt = l > 0 ? negationText(left) : "";
    String rt = r > 0 ? negationText(right) : "";
    found.add(
        new Difference(
            DifferenceType.NEGATION, lt, rt, "One side negates what the other asserts."));
  }

  /**
   * Counts negating words, and words negated by a prefix ("unclear") whose stem the other side has
   * ("clear"), so "wasn't clear" and "unclear" agree.
   */
  private static int negationCount(ClaimView view, ClaimView other) {
    Set<String> otherWords = new HashSet<>(other.surface);
    int count = 0;
    for (String word : view.surface) {
      boolean prefixed =
          word.length() > 4
              && (word.startsWith("un") || word.startsWith("in"))
              && otherWords.contains(word.substring(2));
      if (Lexicon.NEGATIONS.contains(word) || prefixed) {
        count++;
      }
    }
    return count;
  }

  private static String negationText(ClaimView view) {
    List<String> words = new ArrayList<>();
    for (String word : view.surface) {
      if (Lexicon.NEGATIONS.contains(word)) {
        words.add(word);
      }
    }
    return String.join(", ", words);
  }

  /**
   * Reports the material details one side holds and the other lacks. A candidate detail is a run of
   * words only one side has (two content words or more, or a name or number), not explained by a
   * typed change. The claims are cut into gaps between the content words both share in the same
   * order; in a gap, one side's runs are material when they outweigh (by IDF) every word the other
   * side put in the same place by at least the material weight, so a rewording ("issued a statement
   * calling" for "describing") is no detail. A side's details are reported only where, over the
   * whole claim, its runs also outweigh the other side's by that much, so words that a rewording
   * moved from one place to another are not read as an omission here and an addition there. Runs
   * that follow each other with no shared or typed word between them are one detail.
   */
  private void details() {
    // Only shared content words delimit a rewording: "the" or "of" matched across two different
    // phrasings would cut one rewording into pieces that each look like a detail.
    List<int[]> anchors = new ArrayList<>();
    for (int[] anchor : WordDiffer.anchors(left, right)) {
      if (left.content[anchor[0]] && right.content[anchor[1]]) {
        anchors.add(anchor);
      }
    }
    List<Detail> omitted = new ArrayList<>();
    List<Detail> added = new ArrayList<>();
    double leftTotal = 0;
    double rightTotal = 0;
    int previousLeft = 0;
    int previousRight = 0;
    for (int k = 0; k <= anchors.size(); k++) {
      int nextLeft = k < anchors.size() ? anchors.get(k)[0] : left.words.size();
      int nextRight = k < anchors.size() ? anchors.get(k)[1] : right.words.size();
      List<Detail> l = Detail.runs(left, leftExplained, rightKeys, previousLeft, nextLeft);
      List<Detail> r = Detail.runs(right, rightExplained, leftKeys, previousRight, nextRight);
      leftTotal += Detail.total(l);
      rightTotal += Detail.total(r);
      if (Detail.total(l) - gapWeight(right, rightExplained, leftKeys, previousRight, nextRight)
          >= materialWeight) {
        omitted.addAll(l);
      } else if (Detail.total(r) - gapWeight(left, leftExplained, rightKeys, previousLeft, nextLeft)
          >= materialWeight) {
        added.addAll(r);
      }
      previousLeft = nextLeft + 1;
      previousRight = nextRight + 1;
    }
    if (leftTotal - rightTotal >= materialWeight) {
      for (Detail detail : joined(left, leftExplained, rightKeys, omitted)) {
        String text = left.textOfWords(detail.from(), detail.to());
        found.add(
            new Difference(
                DifferenceType.OMISSION, text, "", "Detail missing on the right: " + text + "."));
      }
    }
    if (rightTotal - leftTotal >= materialWeight) {
      for (Detail detail : joined(right, rightExplained, leftKeys, added)) {
        String text = right.textOfWords(detail.from(), detail.to());
        found.add(
            new Difference(
                DifferenceType.ADDITION, "", text, "Detail added on the right: " + text + "."));
      }
    }
  }

  /** Returns the summed weight of the words in {@code [from, to)} that only this side has. */
  private static double gapWeight(
      ClaimView view, boolean[] explained, Set<String> otherKeys, int from, int to) {
    double weight = 0;
    for (int i = from; i < to; i++) {
      String key = view.keys.get(i);
      if (view.content[i] && !explained[i] && !otherKeys.contains(key)) {
        weight += view.contentWeights.get(key);
      }
    }
    return weight;
  }

  /** Joins details that follow each other with no shared or explained content word between. */
  private static List<Detail> joined(
      ClaimView view, boolean[] explained, Set<String> otherKeys, List<Detail> details) {
    List<Detail> result = new ArrayList<>();
    for (Detail detail : details) {
      int last = result.size() - 1;
      if (last >= 0 && nothingSharedBetween(view, explained, otherKeys, result.get(last), detail)) {
        result.set(last, result.get(last).joinedWith(detail));
      } else {
        result.add(detail);
      }
    }
    return result;
  }

  private static boolean nothingSharedBetween(
      ClaimView view, boolean[] explained, Set<String> otherKeys, Detail first, Detail next) {
    for (int i = first.to() + 1; i < next.from(); i++) {
      if (view.content[i] && (explained[i] || otherKeys.contains(view.keys.get(i)))) {
        return false;
      }
    }
    return true;
  }

  private List<Mention> unmatchedNames(ClaimView view, ClaimView other, Set<String> otherKeys) {
    Set<String> otherNormals = new HashSet<>();
    for (Mention m : other.names()) {
      otherNormals.add(normal(m));
    }
    List<Mention> result = new ArrayList<>();
    for (Mention m : view.names()) {
      if (onlyAdjectives(view, m)) {
        // "African", "Malian": a demonym describes; dropping it is a detail, not a lost name.
        continue;
      }
      boolean found = otherNormals.contains(normal(m)) || nameFound(view, m, otherKeys);
      if (!found && !overlapsExplained(view, m)) {
        result.add(m);
      }
    }
    return result;
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
  private static boolean nameFound(ClaimView view, Mention m, Set<String> otherKeys) {
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

  /**
   * Titles whose role noun (the last content word: "leader" in "Mali junta leader") the other side
   * lacks. The head decides, not any word: the place or body a title names ("Mali", "Foreign")
   * often appears elsewhere on the other side while the role itself changed.
   */
  private List<Mention> unmatchedTitles(ClaimView view, Set<String> otherKeys) {
    List<Mention> result = new ArrayList<>();
    for (Mention m : view.mentions) {
      if (m.type() != MentionType.TITLE || overlapsExplained(view, m)) {
        continue;
      }
      List<Integer> inside = view.wordsInside(m.span());
      String head = null;
      for (int i : inside) {
        if (view.content[i]) {
          head = view.keys.get(i);
        }
      }
      if (head != null && !otherKeys.contains(head)) {
        result.add(m);
      }
    }
    return result;
  }

  private boolean overlapsExplained(ClaimView view, Mention m) {
    boolean[] explained = view == left ? leftExplained : rightExplained;
    for (int i : view.wordsInside(m.span())) {
      if (explained[i]) {
        return true;
      }
    }
    return false;
  }

  /** Mentions of one kind (dates and times when {@code type} is null) the other side lacks. */
  private List<Mention> unmatchedByNormal(ClaimView view, ClaimView other, MentionType type) {
    Set<String> otherNormals = new HashSet<>();
    for (Mention m : other.mentions) {
      if (type == null ? TIMES.contains(m.type()) : m.type() == type) {
        otherNormals.add(normal(m));
      }
    }
    Set<String> otherSurface = new HashSet<>(other.surface);
    List<Mention> result = new ArrayList<>();
    for (Mention m : view.mentions) {
      boolean kind = type == null ? TIMES.contains(m.type()) : m.type() == type;
      if (kind && !otherNormals.contains(normal(m)) && !allWordsIn(view, m, otherSurface)) {
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

  private static String normal(Mention m) {
    return Lexicon.fold(m.normalized() == null ? m.text() : m.normalized());
  }

  private void add(DifferenceType type, Mention l, Mention r, String explanation) {
    if (l != null) {
      explainMention(left, leftExplained, l);
    }
    if (r != null) {
      explainMention(right, rightExplained, r);
    }
    found.add(
        new Difference(type, l == null ? "" : l.text(), r == null ? "" : r.text(), explanation));
  }

  private static void explainMention(ClaimView view, boolean[] explained, Mention m) {
    explain(explained, view.wordsInside(m.span()));
  }

  private static void explain(boolean[] explained, List<Integer> indices) {
    for (int i : indices) {
      explained[i] = true;
    }
  }

  private static void explain(boolean[] explained, int from, int to) {
    for (int i = from; i <= to; i++) {
      explained[i] = true;
    }
  }

  private static void markKeys(ClaimView view, boolean[] explained, Set<String> words) {
    for (int i = 0; i < view.words.size(); i++) {
      if (words.contains(view.surface.get(i))) {
        explained[i] = true;
      }
    }
  }

  private static String texts(List<Mention> mentions) {
    return String.join(", ", mentions.stream().map(Mention::text).toList());
  }
}
