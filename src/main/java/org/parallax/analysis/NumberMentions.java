package org.parallax.analysis;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.model.MentionType;

/**
 * Finds quantities and normalises them to a plain decimal with a unit: "$1.5 million" becomes
 * {@code 1500000 usd}, "2,000 people" {@code 2000 people}, "3.5 percent" {@code 3.5 percent},
 * "twice" {@code 2 times}. Vague quantities ("dozens") keep their word.
 */
final class NumberMentions {

  private static final Map<String, Integer> SPELLED =
      Map.ofEntries(
          Map.entry("zero", 0),
          Map.entry("one", 1),
          Map.entry("two", 2),
          Map.entry("three", 3),
          Map.entry("four", 4),
          Map.entry("five", 5),
          Map.entry("six", 6),
          Map.entry("seven", 7),
          Map.entry("eight", 8),
          Map.entry("nine", 9),
          Map.entry("ten", 10),
          Map.entry("eleven", 11),
          Map.entry("twelve", 12),
          Map.entry("thirteen", 13),
          Map.entry("fourteen", 14),
          Map.entry("fifteen", 15),
          Map.entry("sixteen", 16),
          Map.entry("seventeen", 17),
          Map.entry("eighteen", 18),
          Map.entry("nineteen", 19),
          Map.entry("twenty", 20),
          Map.entry("thirty", 30),
          Map.entry("forty", 40),
          Map.entry("fifty", 50),
          Map.entry("sixty", 60),
          Map.entry("seventy", 70),
          Map.entry("eighty", 80),
          Map.entry("ninety", 90),
          Map.entry("hundred", 100),
          Map.entry("dozen", 12));

  private static final Map<String, Long> MULTIPLIERS =
      Map.of(
          "hundred", 100L,
          "thousand", 1_000L,
          "million", 1_000_000L,
          "mln", 1_000_000L,
          "billion", 1_000_000_000L,
          "bln", 1_000_000_000L,
          "bn", 1_000_000_000L,
          "trillion", 1_000_000_000_000L);

  private static final Map<String, String> CURRENCIES =
      Map.ofEntries(
          Map.entry("$", "usd"),
          Map.entry("us$", "usd"),
          Map.entry("usd", "usd"),
          Map.entry("dollar", "usd"),
          Map.entry("dollars", "usd"),
          Map.entry("€", "eur"),
          Map.entry("eur", "eur"),
          Map.entry("euro", "eur"),
          Map.entry("euros", "eur"),
          Map.entry("£", "gbp"),
          Map.entry("gbp", "gbp"),
          Map.entry("pound", "gbp"),
          Map.entry("pounds", "gbp"),
          Map.entry("cfa", "xof"));

  /**
   * The fraction after a whole number, as wires write bond coupons and prices: "5-1/2 pct" is 5.5,
   * "priced at 101-3/8" 101.375.
   */
  private static final Pattern MIXED_FRACTION = Pattern.compile("-(\\d{1,2})/(\\d{1,3})\\b");

  /** Longest fraction read after a whole number, in chars ("-15/16" and a boundary). */
  private static final int FRACTION_CHARS = 8;

  private static final Map<String, String> MULTIPLES = Map.of("twice", "2", "thrice", "3");

  private static final Set<String> VAGUE =
      Set.of("dozens", "scores", "hundreds", "thousands", "millions", "billions");

  private NumberMentions() {}

  static void find(MentionBuilder m) {
    for (int i = 0; i < m.size(); i++) {
      if (m.isTaken(i)) {
        continue;
      }
      int end = quantity(m, i);
      if (end < 0) {
        end = multipleOrVague(m, i);
      }
      if (end > i) {
        i = end - 1;
      }
    }
  }

  /** Returns the ISO currency code a symbol or word stands for, or null. */
  static String currencyOf(String word) {
    return CURRENCIES.get(word.toLowerCase(Locale.ROOT));
  }

  /** Returns what a word multiplies the number before it by ("mln": a million), or null. */
  static Long multiplierOf(String word) {
    return MULTIPLIERS.get(word.toLowerCase(Locale.ROOT));
  }

  /**
   * Returns a number written in digits ("2,000", "1.5") or in words ("five") as a plain decimal.
   */
  static String valueOf(String word) {
    BigDecimal value = parse(word);
    return value == null ? null : plain(value);
  }

  private static int quantity(MentionBuilder m, int i) {
    int at = i;
    String currency = null;
    if (currencyOf(m.word(at)) != null && m.pos(at + 1).equals("NUM")) {
      currency = currencyOf(m.word(at));
      at++;
    }
    if (m.isTaken(at) || !(m.pos(at).equals("NUM") || SPELLED.containsKey(m.key(at)))) {
      return -1;
    }
    BigDecimal value = parse(m.word(at));
    if (value == null) {
      return -1;
    }
    int end = at + 1;
    Matcher fraction = MIXED_FRACTION.matcher(m.textAfter(at, FRACTION_CHARS));
    if (fraction.lookingAt() && Integer.parseInt(fraction.group(2)) > 0) {
      int through = m.tokensUpTo(m.token(at).span().end() + fraction.end());
      if (through > end && m.isFree(end, through)) {
        value =
            value.add(
                new BigDecimal(fraction.group(1))
                    .divide(new BigDecimal(fraction.group(2)), MathContext.DECIMAL64));
        end = through;
      }
    }
    Long multiplier = MULTIPLIERS.get(m.key(end));
    if (multiplier != null && !m.isTaken(end)) {
      value = value.multiply(BigDecimal.valueOf(multiplier));
      end++;
    }
    String unit = currency;
    if (unit == null) {
      int unitEnd = unitEnd(m, end);
      if (unitEnd > end) {
        unit = unitOf(m, end, unitEnd);
        end = unitEnd;
      }
    }
    m.add(MentionType.NUMBER, i, end, unit == null ? plain(value) : plain(value) + " " + unit);
    return end;
  }

  /** Where the unit after a number ends: "percent", "per cent", "%", a currency or a noun. */
  private static int unitEnd(MentionBuilder m, int at) {
    if (m.isTaken(at)) {
      return at;
    }
    String key = m.key(at);
    if (key.equals("percent") || key.equals("%") || currencyOf(key) != null) {
      return at + 1;
    }
    if (key.equals("per") && m.key(at + 1).equals("cent")) {
      return at + 2;
    }
    if (key.equals("percentage") && m.key(at + 1).startsWith("point")) {
      return at + 2;
    }
    if (m.pos(at).equals("NOUN")) {
      return at + 1;
    }
    return at;
  }

  private static String unitOf(MentionBuilder m, int from, int to) {
    String key = m.key(from);
    if (key.equals("%") || key.equals("percent") || key.equals("per")) {
      return "percent";
    }
    if (key.equals("percentage")) {
      return "percentage points";
    }
    String currency = currencyOf(key);
    return currency != null ? currency : m.word(from).toLowerCase(Locale.ROOT);
  }

  private static int multipleOrVague(MentionBuilder m, int i) {
    String key = m.key(i);
    if (MULTIPLES.containsKey(key)) {
      m.add(MentionType.NUMBER, i, i + 1, MULTIPLES.get(key) + " times");
      return i + 1;
    }
    if (VAGUE.contains(key) && !m.pos(i - 1).equals("NUM")) {
      m.add(MentionType.NUMBER, i, i + 1, key);
      return i + 1;
    }
    return -1;
  }

  private static BigDecimal parse(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    Integer spelled = SPELLED.get(lower);
    if (spelled != null) {
      return BigDecimal.valueOf(spelled);
    }
    // A whole number and its fraction in one token: "102-3/8".
    int dash = lower.indexOf('-');
    if (dash > 0) {
      Matcher fraction = MIXED_FRACTION.matcher(lower).region(dash, lower.length());
      BigDecimal whole = parse(lower.substring(0, dash));
      if (whole != null && fraction.matches() && Integer.parseInt(fraction.group(2)) > 0) {
        return whole.add(
            new BigDecimal(fraction.group(1))
                .divide(new BigDecimal(fraction.group(2)), MathContext.DECIMAL64));
      }
      return null;
    }
    // Digits with optional thousands separators and decimals: "2,000", "1.5", "12000".
    if (!lower.matches("\\d{1,3}(,\\d{3})*(\\.\\d+)?|\\d+(\\.\\d+)?")) {
      return null;
    }
    return new BigDecimal(lower.replace(",", ""));
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }
}
