package org.parallax.compare;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.model.Article;
import org.parallax.model.BlockKind;
import org.parallax.model.CalendarNames;
import org.parallax.model.Mention;

/**
 * The names a report centres on — the stock codes and rare words of its headline and the names of
 * its opening sentence, less the words common across the workspace — and whether two reports centre
 * on different ones.
 *
 * <p>Two stories made from one template ("Jamesway March sales up 15 pct", "Shoe-Town March sales
 * rise 19 pct") share their structure and vocabulary but not their subject: each centres on a
 * company the other never names. Such reports are different stories, whatever else they share.
 */
public final class KeyEntities {

  /** Rarity, as a share of the largest IDF, from which a headline word can be a key. */
  static final double KEY_RARITY = 0.8;

  /**
   * Most share of one report's keys the other may name for the two to centre apart: a third, so
   * that a company's "Corp" or a shared place does not join two companies' stories, while a story
   * whose main names the other uses is never split.
   */
  static final double MISMATCH_AT_MOST = 1.0 / 3;

  /** Shortest word that counts as naming a key it begins ("Chile" in "Chilean"). */
  static final int STEM_LETTERS = 4;

  /** A stock-exchange code in angle brackets, as wires give it: the root before any market. */
  private static final Pattern TICKER = Pattern.compile("<\\s*([A-Za-z][A-Za-z0-9&]*)[^>]*>");

  /**
   * Words of a report's opening read for its lead's names: a wire lead is one sentence of some 30
   * to 40 words saying who did what; further on, a report names whom it quotes and compares with.
   */
  static final int LEAD_WORDS = 40;

  /** Shortest key, in letters: initials and particles say little. */
  private static final int MIN_LETTERS = 3;

  final Set<String> keys;
  final Set<String> codes;
  final Set<String> words;

  /**
   * The headline's words that the text writes as names, common or rare ("General", "Electric"):
   * what {@link HeadlineTopic} sets aside as naming rather than telling.
   */
  final Set<String> headlineNames;

  /**
   * The keys with the names of the report's lead added, where they were read from the raw text
   * apart from the headline's (see {@link #leadsApartFrom}); else the keys themselves.
   */
  final Set<String> leadKeys;

  private KeyEntities(
      Set<String> keys,
      Set<String> codes,
      Set<String> words,
      Set<String> headlineNames,
      Set<String> leadKeys) {
    this.keys = Set.copyOf(keys);
    this.codes = Set.copyOf(codes);
    this.words = Set.copyOf(words);
    this.headlineNames = Set.copyOf(headlineNames);
    this.leadKeys = Set.copyOf(leadKeys);
  }

  /** Reads the keys of a report and every word it uses, headline included. */
  static KeyEntities of(
      Article article, List<ClaimView> views, WordWeights weights, StockPhrases stock) {
    Set<String> words = new HashSet<>(StockPhrases.words(article.text()));
    Set<String> keys = new HashSet<>();
    Set<String> codes = new HashSet<>();
    Set<String> names = new HashSet<>();
    addHeadline(article, weights, stock, CaseUse.of(article.text()), keys, codes, words, names);
    for (ClaimView view : views) {
      if (view.kind == BlockKind.BODY) {
        for (Mention name : view.names()) {
          for (String word : StockPhrases.words(name.text())) {
            if (isName(word)) {
              keys.add(word);
            }
          }
        }
        break;
      }
    }
    keys.removeAll(Lexicon.STOPWORDS);
    keys.removeIf(stock::isCommon);
    keys.addAll(codes);
    return new KeyEntities(keys, codes, words, names, keys);
  }

  /**
   * Reads the keys of a report's headline from the raw text, and its words, and apart from them the
   * names of its lead: a cheap check, before any analysis, that a scan or the event grouping can
   * make on every pair. The lead's names are those its text writes as names, as for the headline,
   * in its opening words only (see {@link #LEAD_WORDS}).
   */
  static KeyEntities ofHeadline(Article article, WordWeights weights, StockPhrases stock) {
    Set<String> words = new HashSet<>(StockPhrases.words(article.text()));
    Set<String> keys = new HashSet<>();
    Set<String> codes = new HashSet<>();
    Set<String> names = new HashSet<>();
    CaseUse caseUse = CaseUse.of(article.text());
    addHeadline(article, weights, stock, caseUse, keys, codes, words, names);
    keys.removeAll(Lexicon.STOPWORDS);
    keys.removeIf(stock::isCommon);
    keys.addAll(codes);
    Set<String> leadKeys = new HashSet<>(keys);
    List<String> lead = StockPhrases.words(article.opening());
    for (String word : lead.subList(0, Math.min(LEAD_WORDS, lead.size()))) {
      if (!Lexicon.STOPWORDS.contains(word) && isKey(word, weights, stock, caseUse)) {
        leadKeys.add(word);
      }
    }
    return new KeyEntities(keys, codes, words, names, leadKeys);
  }

  /**
   * Adds a headline's words to {@code words} and its keys to {@code keys}: the stock-exchange codes
   * it gives in angle brackets ({@code <ABC.N>}), and the words that are rare — in the workspace
   * where it knows its words, else in English — and that the report's own text writes as a name,
   * capitalised inside a sentence and never in lower case (an all-capitals headline hides which of
   * its words are names; "sinking" in "sinking fund" is not one).
   */
  private static void addHeadline(
      Article article,
      WordWeights weights,
      StockPhrases stock,
      CaseUse caseUse,
      Set<String> keys,
      Set<String> codes,
      Set<String> words,
      Set<String> names) {
    String title = article.title();
    if (title == null) {
      return;
    }
    Matcher ticker = TICKER.matcher(title);
    while (ticker.find()) {
      codes.add(ticker.group(1).toLowerCase(Locale.ROOT));
    }
    for (String word : StockPhrases.words(title)) {
      words.add(word);
      if (isKey(word, weights, stock, caseUse) || namedByHeadlineAlone(word, stock, caseUse)) {
        keys.add(word);
      }
      if (caseUse.writesAsName(word, true)) {
        names.add(word);
      }
    }
  }

  /**
   * True for a word that is rare — in the workspace where it knows its words, else in English — and
   * that the report's text writes as a name.
   */
  private static boolean isKey(
      String word, WordWeights weights, StockPhrases stock, CaseUse caseUse) {
    boolean rareInEnglish = weights.weight(word) >= KEY_RARITY * weights.maxIdf();
    boolean rare = stock.knowsWords() ? !stock.isCommon(word) : rareInEnglish;
    return isName(word) && rare && caseUse.writesAsName(word, rareInEnglish);
  }

  /**
   * True for a headline word that the report's text never uses and few reports of the workspace do,
   * in a report whose text names nothing itself: a table of results or a dividend notice ("Qtly div
   * 12-1/2 cts vs 12-1/2 cts") names its company in the headline alone, and two such notices share
   * all their text but that name. A text that names people, places or firms says what it is about
   * itself, and its headline's other words may be a typing slip or a short form ("Hosuing", "Jan")
   * that a re-sent copy corrects.
   */
  private static boolean namedByHeadlineAlone(String word, StockPhrases stock, CaseUse caseUse) {
    return stock.knowsWords()
        && !caseUse.namesAnything(stock)
        && isName(word)
        && !stock.isCommon(word)
        && !Lexicon.STOPWORDS.contains(word)
        && !caseUse.uses(word);
  }

  /** Returns the names this report centres on, stock codes included. */
  public Set<String> keys() {
    return keys;
  }

  /**
   * Returns the names this report's headline and lead centre on ({@link #leadsApartFrom}): its keys
   * and more.
   */
  public Set<String> leadKeys() {
    return leadKeys;
  }

  /**
   * Returns the same keys whose words are the canonical instances in {@code canonical} (adding
   * those it lacks): a workspace's reports use mostly the same words, and one copy of each keeps
   * the keys of a large workspace in memory until {@link #keepingWordsThatName} can cut them.
   *
   * @param canonical the words seen so far, each mapped to itself; safe to share between threads
   *     when it is a concurrent map
   */
  public KeyEntities sharingWords(Map<String, String> canonical) {
    Set<String> shared = new HashSet<>();
    for (String word : words) {
      shared.add(canonical.computeIfAbsent(word, w -> w));
    }
    return new KeyEntities(keys, codes, shared, headlineNames, leadKeys);
  }

  /**
   * Returns the same keys keeping, of the report's words, only those that can name one of {@code
   * allKeys} as {@link #names} tells (the key itself, or a word of {@value #STEM_LETTERS} letters
   * or more that begins it or that it begins). The words are asked about nothing but other reports'
   * keys, so against any report whose keys are among {@code allKeys} {@link #centresApartFrom}
   * answers exactly as before; a grouping of 100,000 reports cannot hold every word of each.
   *
   * @param allKeys the keys of every report this one will be compared with, sorted
   */
  public KeyEntities keepingWordsThatName(NavigableSet<String> allKeys) {
    Set<String> kept = new HashSet<>();
    for (String word : words) {
      if (mayName(word, allKeys)) {
        kept.add(word);
      }
    }
    return new KeyEntities(keys, codes, kept, headlineNames, leadKeys);
  }

  /** True when {@link #names} could hold the word for one of the keys. */
  private static boolean mayName(String word, NavigableSet<String> allKeys) {
    if (allKeys.contains(word)) {
      return true;
    }
    if (word.length() < STEM_LETTERS) {
      return false;
    }
    // Keys the word begins sort right after it; keys that begin the word are its prefixes.
    String next = allKeys.higher(word);
    if (next != null && next.startsWith(word)) {
      return true;
    }
    for (int end = STEM_LETTERS; end < word.length(); end++) {
      if (allKeys.contains(word.substring(0, end))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns true when this report and another centre on different names (see {@link #centreApart}).
   *
   * @param other the other report's keys
   */
  public boolean centresApartFrom(KeyEntities other) {
    return centreApart(this, other);
  }

  /**
   * Returns true when this report's headline and lead and another's centre on different names: each
   * names, in its first sentence, companies, people or places the other mostly never uses. Weaker
   * than {@link #centresApartFrom}: two independent reports of one happening may open on different
   * people (one quotes the minister, the other the police), so a caller weighs it as a reason not
   * to link two reports, not as proof of two stories.
   *
   * @param other the other report's keys
   */
  public boolean leadsApartFrom(KeyEntities other) {
    if (!codes.isEmpty() && !other.codes.isEmpty()) {
      return Collections.disjoint(codes, other.codes);
    }
    return mostlyAbsent(leadKeys, this, other) && mostlyAbsent(other.leadKeys, other, this);
  }

  /**
   * Returns true when each report centres on names the other mostly never uses: different
   * companies, people or places in one template.
   */
  static boolean centreApart(KeyEntities a, KeyEntities b) {
    // A stock code in a headline names the story's company outright: where both headlines give
    // codes, sharing none is decisive ("Duff and Phelps upgrades Baxter" is not the Philip Morris
    // story, however many other names the two share).
    if (!a.codes.isEmpty() && !b.codes.isEmpty()) {
      return Collections.disjoint(a.codes, b.codes);
    }
    return mostlyAbsent(a.keys, a, b) && mostlyAbsent(b.keys, b, a);
  }

  /** Returns the keys of {@code a} that {@code b} never uses, for the evidence. */
  static List<String> absentFrom(KeyEntities a, KeyEntities b) {
    List<String> absent = new ArrayList<>();
    for (String key : a.keys) {
      if (Boolean.FALSE.equals(holds(b, a, key))) {
        absent.add(key);
      }
    }
    absent.sort(null);
    return absent;
  }

  /** True when {@code b} names at most {@link #MISMATCH_AT_MOST} of the given keys of {@code a}. */
  private static boolean mostlyAbsent(Set<String> keys, KeyEntities a, KeyEntities b) {
    int counted = 0;
    int found = 0;
    for (String key : keys) {
      Boolean held = holds(b, a, key);
      if (held != null) {
        counted++;
        found += held ? 1 : 0;
      }
    }
    return counted > 0 && found <= MISMATCH_AT_MOST * counted;
  }

  /**
   * Returns whether {@code b} names a key of {@code a}, or null when it cannot tell: a stock code
   * is compared with the other's codes only ("AUG" is no month), and with none when it gives none.
   */
  private static Boolean holds(KeyEntities b, KeyEntities a, String key) {
    if (a.codes.contains(key)) {
      return b.codes.isEmpty() ? null : b.codes.contains(key);
    }
    return names(b.words, key);
  }

  /** Returns true when the words hold the key, or a word that begins it or that it begins. */
  static boolean names(Set<String> words, String key) {
    if (words.contains(key)) {
      return true;
    }
    if (key.length() < STEM_LETTERS) {
      return false;
    }
    for (String word : words) {
      if (word.length() >= STEM_LETTERS && (word.startsWith(key) || key.startsWith(word))) {
        return true;
      }
    }
    return false;
  }

  /**
   * True for a word that can name a key entity: a month or a weekday never does, though headlines
   * and sentences capitalise them (another month is another period, which {@link FactSlots}
   * weighs).
   */
  static boolean isName(String word) {
    if (word.length() < MIN_LETTERS
        || CalendarNames.monthNumber(word) != 0
        || CalendarNames.WEEKDAYS.contains(word)) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      if (Character.isLetter(word.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
