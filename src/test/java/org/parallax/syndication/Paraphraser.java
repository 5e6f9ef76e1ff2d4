package org.parallax.syndication;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites a report heavily while keeping its content, for the scan benchmark: most words that have
 * an entry in a synonym list of about 250 common words of parliamentary and news language are
 * replaced, the clause after the first comma of every sentence moves to the front, long sentences
 * are split at a coordinating "and", and short neighbours are merged.
 */
final class Paraphraser {

  /** Share of listed words replaced. */
  private static final double SUBSTITUTE = 0.9;

  /** Sentences of at least this many words are split at an "and" near their middle. */
  private static final int SPLIT_FROM = 24;

  /** Neighbouring sentences both shorter than this are merged with probability 1/2. */
  private static final int MERGE_BELOW = 14;

  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=\\p{Lu})");
  private static final Pattern WORD = Pattern.compile("\\p{L}{3,}");
  private static final Pattern AND = Pattern.compile(",? and ");

  private final Map<String, String> synonyms;

  /**
   * Creates a paraphraser.
   *
   * @param baseSynonyms synonyms also used by the lighter rules; the heavy list is added to them
   */
  Paraphraser(Map<String, String> baseSynonyms) {
    Map<String, String> all = new HashMap<>(baseSynonyms);
    String[] pairs = HEAVY.strip().split("\\s+");
    for (String pair : pairs) {
      String[] parts = pair.split(">", 2);
      all.put(parts[0], parts[1].replace('_', ' '));
    }
    this.synonyms = Map.copyOf(all);
  }

  /** Returns the paragraphs rewritten. */
  List<String> rewrite(List<String> paragraphs, Random random) {
    List<String> out = new ArrayList<>();
    for (String paragraph : paragraphs) {
      List<String> sentences = new ArrayList<>();
      for (String sentence : SENTENCE_END.split(paragraph)) {
        sentences.addAll(split(ScanBenchmark.swapClauses(substitute(sentence, random))));
      }
      out.add(String.join(" ", merge(sentences, random)));
    }
    return out;
  }

  private String substitute(String text, Random random) {
    Matcher matcher = WORD.matcher(text);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String word = matcher.group();
      String synonym = synonyms.get(word.toLowerCase(Locale.ROOT));
      String replacement = word;
      if (synonym != null && random.nextDouble() < SUBSTITUTE) {
        replacement =
            Character.isUpperCase(word.charAt(0))
                ? Character.toUpperCase(synonym.charAt(0)) + synonym.substring(1)
                : synonym;
      }
      matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  /** Splits a long sentence at the "and" nearest its middle into two sentences. */
  private static List<String> split(String sentence) {
    String[] words = sentence.split("\\s+");
    if (words.length < SPLIT_FROM) {
      return List.of(sentence);
    }
    Matcher matcher = AND.matcher(sentence);
    int middle = sentence.length() / 2;
    int best = -1;
    int bestEnd = -1;
    while (matcher.find()) {
      if (best < 0 || Math.abs(matcher.start() - middle) < Math.abs(best - middle)) {
        best = matcher.start();
        bestEnd = matcher.end();
      }
    }
    if (best < sentence.length() / 4 || best > sentence.length() * 3 / 4) {
      return List.of(sentence);
    }
    String first = sentence.substring(0, best).strip();
    String second = sentence.substring(bestEnd).strip();
    if (second.isEmpty()) {
      return List.of(sentence);
    }
    return List.of(
        first + ".", Character.toUpperCase(second.charAt(0)) + second.substring(1).strip());
  }

  /** Joins short neighbours into one sentence: "A. B." becomes "A, while b." */
  private static List<String> merge(List<String> sentences, Random random) {
    List<String> out = new ArrayList<>();
    for (String sentence : sentences) {
      int last = out.size() - 1;
      if (last >= 0
          && words(out.get(last)) < MERGE_BELOW
          && words(sentence) < MERGE_BELOW
          && random.nextBoolean()) {
        String previous = out.get(last).replaceAll("[.!?]$", "");
        out.set(
            last,
            previous
                + ", while "
                + Character.toLowerCase(sentence.charAt(0))
                + sentence.substring(1));
      } else {
        out.add(sentence);
      }
    }
    return out;
  }

  private static int words(String sentence) {
    return sentence.split("\\s+").length;
  }

  /** Word>synonym pairs (an underscore is a space), lower case; common Europarl and news words. */
  private static final String HEAVY =
      """
      european>continental commission>executive union>bloc states>nations report>study
      parliament>assembly member>participating council>board europe>continent policy>strategy
      time>moment rights>entitlements economic>commercial political>governmental take>adopt
      committee>panel market>marketplace public>civic social>societal group>faction
      development>progress debate>discussion commissioner>official citizens>residents
      think>consider national>domestic fact>reality right>correct point>aspect community>society
      measures>steps country>nation international>global directive>instruction financial>fiscal
      situation>circumstances issue>matter future>prospects possible>feasible world>globe
      today>now view>opinion vote>ballot example>instance already>previously services>facilities
      cooperation>collaboration common>shared system>mechanism part>portion good>positive
      level>degree particular>specific energy>power protection>safeguarding ensure>guarantee
      members>participants house>chamber area>zone amendments>changes process>procedure
      security>safety rules>regulations rapporteur>author trade>commerce information>data
      hope>expect number>quantity matter>affair know>realise areas>zones resolution>motion
      health>wellbeing action>activity certain>definite particularly>especially budget>finances
      principle>tenet necessary>essential women>females further>additional general>overall
      case>instance transport>transportation environment>ecology sector>industry legal>lawful
      treaty>pact proposals>plans presidency>chairmanship crisis>emergency continue>persist
      amendment>change give>grant employment>jobs decision>ruling respect>honour
      position>stance current>present better>improved framework>structure increase>rise
      conditions>terms great>considerable provide>supply institutions>bodies agree>concur
      resources>assets products>goods regulation>rule specific>precise programme>scheme
      legislation>law growth>expansion role>function used>employed safety>security
      approach>method responsibility>duty regions>territories
      company>firm arrested>detained died>perished fire>blaze shot>gunned officials>authorities
      city>town injured>wounded victims>casualties earthquake>quake hospital>clinic
      charged>accused released>freed team>squad film>movie actor>performer death>passing
      home>residence minister>secretary acquire>buy acquisition>purchase season>campaign
      coach>manager game>match record>tally building>structure reported>revealed
      citizen>resident important>crucial countries>states problem>difficulty problems>difficulties
      means>implies discuss>debate discussed>debated adopted>approved proposed>suggested
      clearly>plainly therefore>thus different>distinct whole>entire
      reduce>cut serious>grave difficult>hard simple>easy large>sizeable
      small>little strong>robust weak>feeble quickly>rapidly major>chief
      """;
}
