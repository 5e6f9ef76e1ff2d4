package org.parallax.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.parallax.model.Article;
import org.parallax.model.Derivation;
import org.parallax.model.QuoteChange;
import org.parallax.model.SharedQuote;
import org.parallax.model.VerbatimPassage;
import org.parallax.model.Verdict;

/**
 * Decides whether one report derives from the other, from how much of each the other restates, the
 * order of what they share, copied quotations and passages, and publication times.
 *
 * <p>Every input enters as a difference of the two sides or as a symmetric quantity, so swapping
 * the reports mirrors the verdict exactly.
 */
final class DerivationJudge {

  /** Below this share restated either way, with nothing copied, the reports are independent. */
  static final double INDEPENDENT_BELOW = 0.15;

  /** From this share restated, one report is taken to reuse the other. */
  static final double REUSE_FROM = 0.3;

  /** A coverage difference this large says which report is the smaller restatement. */
  static final double ASYMMETRY = 0.1;

  private static final long MINUTE = 60_000L;
  private static final long HOUR = 60 * MINUTE;
  private static final long DAY = 24 * HOUR;

  /** Reports published closer than this (in milliseconds) are taken as simultaneous. */
  static final long SIMULTANEOUS = 30 * MINUTE;

  /** Tolerance when either date is known only to the day: half a day either way. */
  static final long DAY_ONLY_TOLERANCE = 12 * HOUR;

  record Inputs(
      Article left,
      Article right,
      double leftByRight,
      double rightByLeft,
      double orderAgreement,
      int pairs,
      List<SharedQuote> quotes,
      List<VerbatimPassage> passages) {}

  private DerivationJudge() {}

  static Derivation judge(Inputs in) {
    double reuse = Math.max(in.leftByRight, in.rightByLeft);
    long verbatimQuotes = in.quotes.stream().filter(q -> q.change() == QuoteChange.NONE).count();
    long alteredQuotes =
        in.quotes.stream()
            .filter(q -> q.change() == QuoteChange.WORDING || q.change() == QuoteChange.EXTENT)
            .count();
    boolean copied = !in.passages.isEmpty() || verbatimQuotes > 0;
    int time = timeDirection(in.left, in.right);
    double asymmetry = in.rightByLeft - in.leftByRight;
    Verdict verdict;
    if (reuse < INDEPENDENT_BELOW && !copied) {
      verdict = Verdict.INDEPENDENT;
    } else if (reuse < REUSE_FROM && !copied) {
      verdict = Verdict.UNKNOWN;
    } else if (time == 0 && bothTimed(in.left, in.right)) {
      verdict = Verdict.COMMON_SOURCE;
    } else if (time != 0) {
      verdict = time > 0 ? Verdict.RIGHT_DERIVES_FROM_LEFT : Verdict.LEFT_DERIVES_FROM_RIGHT;
    } else if (Math.abs(asymmetry) >= ASYMMETRY) {
      verdict = asymmetry > 0 ? Verdict.RIGHT_DERIVES_FROM_LEFT : Verdict.LEFT_DERIVES_FROM_RIGHT;
    } else {
      verdict = Verdict.UNKNOWN;
    }
    double confidence = confidence(verdict, reuse, time, asymmetry, in.orderAgreement, copied);
    Boolean credited = null;
    List<String> evidence = new ArrayList<>();
    Article source = null;
    Article derived = null;
    if (verdict.isDerivation()) {
      boolean rightDerives = verdict == Verdict.RIGHT_DERIVES_FROM_LEFT;
      source = rightDerives ? in.left : in.right;
      derived = rightDerives ? in.right : in.left;
      double share = rightDerives ? in.rightByLeft : in.leftByRight;
      evidence.add(
          String.format(
              Locale.ROOT,
              "%d%% of %s restates %s, %s",
              Math.round(share * 100),
              name(derived, rightDerives ? "the right report" : "the left report"),
              name(source, rightDerives ? "the left report" : "the right report"),
              in.orderAgreement >= 0.8 && in.pairs >= 3
                  ? "in the same order"
                  : in.pairs >= 3 ? "in a different order" : "in few sentences"));
      credited = credits(derived, source);
    } else {
      evidence.add(
          String.format(
              Locale.ROOT,
              "%d%% of the left report is restated in the right, %d%% of the right in the left",
              Math.round(in.leftByRight * 100),
              Math.round(in.rightByLeft * 100)));
    }
    for (SharedQuote quote : in.quotes) {
      if (quote.change() == QuoteChange.NONE) {
        evidence.add("Quote copied word for word: \u201C" + quote.text() + "\u201D");
      }
    }
    if (alteredQuotes > 0) {
      evidence.add(alteredQuotes + " shared quotation(s) altered in wording or extent");
    }
    if (!in.passages.isEmpty()) {
      VerbatimPassage longest = in.passages.get(0);
      evidence.add(
          in.passages.size()
              + " passage(s) shared word for word, the longest "
              + longest.words()
              + " words: \u201C"
              + longest.text()
              + "\u201D");
    }
    String timing = timing(in.left, in.right, verdict);
    if (timing != null) {
      evidence.add(timing);
    }
    if (credited != null) {
      String sourceName = name(source, "the source");
      evidence.add(
          source.outlet() == null
              ? "The source's outlet is unknown, so no credit could be checked"
              : credited ? sourceName + " is credited" : sourceName + " is not credited");
    }
    return new Derivation(verdict, confidence, in.leftByRight, in.rightByLeft, credited, evidence);
  }

  private static double confidence(
      Verdict verdict, double reuse, int time, double asymmetry, double order, boolean copied) {
    double c;
    switch (verdict) {
      case INDEPENDENT -> c = 0.6 + 0.3 * (1 - reuse / INDEPENDENT_BELOW);
      case UNKNOWN -> c = 0.3;
      case COMMON_SOURCE -> c = 0.4 + 0.2 * Math.min(1, reuse / 0.6);
      default -> {
        c = 0.4 + 0.25 * Math.min(1, reuse / 0.6);
        c += time != 0 ? 0.1 : 0;
        c +=
            Math.abs(asymmetry) >= ASYMMETRY && Math.signum(asymmetry) == Math.signum(time)
                ? 0.1
                : 0;
        c += order >= 0.8 ? 0.05 : 0;
        c += copied ? 0.05 : 0;
      }
    }
    return Math.max(0, Math.min(0.95, c));
  }

  /** +1 when the right was published later, -1 when the left was, 0 when unknown or close. */
  static int timeDirection(Article left, Article right) {
    if (left.published() == null || right.published() == null) {
      return 0;
    }
    long gap = gap(left, right);
    long tolerance = exact(left, right) ? SIMULTANEOUS : DAY_ONLY_TOLERANCE;
    if (Math.abs(gap) <= tolerance) {
      return 0;
    }
    return gap < 0 ? -1 : 1;
  }

  private static boolean bothTimed(Article left, Article right) {
    return left.published() != null && right.published() != null && exact(left, right);
  }

  private static boolean exact(Article left, Article right) {
    return left.published().hasTime() && right.published().hasTime();
  }

  /** Milliseconds from the left's publication to the right's. */
  private static long gap(Article left, Article right) {
    return right.published().approximateEpochMillis() - left.published().approximateEpochMillis();
  }

  private static String timing(Article left, Article right, Verdict verdict) {
    if (left.published() == null || right.published() == null) {
      return null;
    }
    long gap = gap(left, right);
    boolean rightLater = gap >= 0;
    String later =
        verdict == Verdict.LEFT_DERIVES_FROM_RIGHT || (!verdict.isDerivation() && !rightLater)
            ? "left"
            : "right";
    boolean derivedLater = later.equals("right") == rightLater;
    String amount = describe(Math.abs(gap), exact(left, right));
    if (amount == null) {
      return "Published at about the same time";
    }
    if (verdict.isDerivation()) {
      return derivedLater ? "Published " + amount + " later" : "Published " + amount + " earlier";
    }
    return "The " + (rightLater ? "right" : "left") + " report was published " + amount + " later";
  }

  private static String describe(long gap, boolean exact) {
    long days = exact ? gap / DAY : Math.round((double) gap / DAY);
    if (days >= 1) {
      return days == 1 ? "1 day" : days + " days";
    }
    if (!exact) {
      return null;
    }
    long hours = gap / HOUR;
    if (hours >= 1) {
      return hours == 1 ? "1 hour" : hours + " hours";
    }
    long minutes = gap / MINUTE;
    return minutes < 1 ? null : minutes + " minutes";
  }

  /**
   * Returns true when the derived report names the source's outlet in its text as a credit:
   * "according to Reuters", "(Reuters)", "Reuters reported", "told Reuters".
   */
  static boolean credits(Article derived, Article source) {
    String outlet = source.outlet();
    if (outlet == null || outlet.isBlank()) {
      return false;
    }
    if (outlet.equalsIgnoreCase(derived.outlet())) {
      return false;
    }
    Pattern name =
        Pattern.compile(
            "(?<![\\p{L}\\p{N}])" + Pattern.quote(outlet) + "(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    return name.matcher(derived.text()).find();
  }

  private static String name(Article article, String fallback) {
    return article.outlet() != null && !article.outlet().isBlank() ? article.outlet() : fallback;
  }
}
