package org.parallax.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.parallax.model.Article;
import org.parallax.model.Derivation;
import org.parallax.model.QuoteChange;
import org.parallax.model.SharedFacts;
import org.parallax.model.SharedQuote;
import org.parallax.model.VerbatimPassage;
import org.parallax.model.Verdict;

/**
 * Decides whether one report derives from the other from the copy evidence: shared wording weighted
 * by rarity, claims restated in the source's order, copied quotations; the direction from
 * publication times or, without them, from which report the other mostly contains.
 *
 * <p>Every input enters as a pair of directions or a symmetric quantity, so swapping the reports
 * mirrors the verdict exactly.
 */
final class DerivationJudge {

  /**
   * Least difference of reuse between the two directions that says which report is derived: the one
   * mostly contained in the other.
   */
  static final double ASYMMETRY = 0.05;

  /** Trigram share, both ways, from which two texts are the same text. */
  static final double IDENTICAL = 0.999;

  /**
   * What the judge weighs.
   *
   * @param rightFromLeft copy signals read as the right report derived from the left
   * @param leftFromRight copy signals read as the left report derived from the right
   * @param facts whether the shared claims carry the same figures and dates
   * @param centreApart keys each report centres on that the other never names, or empty lists
   */
  record Inputs(
      Article left,
      Article right,
      double leftByRight,
      double rightByLeft,
      CopySignals rightFromLeft,
      CopySignals leftFromRight,
      int pairs,
      SharedFacts facts,
      List<SharedQuote> quotes,
      List<VerbatimPassage> passages,
      CentreApart centreApart,
      ReuseModel model) {}

  /** The names each report centres on and the other never uses; apart is false when they share. */
  record CentreApart(boolean apart, List<String> leftOnly, List<String> rightOnly) {
    static final CentreApart NO = new CentreApart(false, List.of(), List.of());
  }

  private DerivationJudge() {}

  static Derivation judge(Inputs in) {
    double reuseRight = in.model.score(in.rightFromLeft);
    double reuseLeft = in.model.score(in.leftFromRight);
    double reuse = Math.max(reuseRight, reuseLeft);
    boolean identical =
        in.rightFromLeft.trigrams() >= IDENTICAL && in.leftFromRight.trigrams() >= IDENTICAL;
    boolean sameOutlet = sameOutlet(in.left, in.right);
    int time = PublicationTimes.direction(in.left, in.right);
    int asymmetry =
        Math.abs(reuseRight - reuseLeft) >= ASYMMETRY ? (reuseRight > reuseLeft ? 1 : -1) : 0;
    List<String> evidence = new ArrayList<>();
    Verdict verdict;
    String directionReason = null;
    if (in.centreApart.apart() && !identical) {
      verdict = Verdict.INDEPENDENT;
      evidence.add(
          String.format(
              Locale.ROOT,
              "Different stories: %s centres on %s, which %s never names; %s on %s",
              name(in.left, "the left report"),
              String.join(", ", in.centreApart.leftOnly()),
              name(in.right, "the right report"),
              name(in.right, "the right report"),
              String.join(", ", in.centreApart.rightOnly())));
    } else if (!identical
        && reuse >= in.model.independentBelow()
        && TemplateTest.filled(in.facts)) {
      verdict = Verdict.INDEPENDENT;
      evidence.add(TemplateTest.evidence(in.facts));
    } else if (!identical && reuse < in.model.independentBelow()) {
      verdict = Verdict.INDEPENDENT;
    } else if (!identical && reuse < in.model.derivedFrom()) {
      verdict = Verdict.UNKNOWN;
      evidence.add("Some shared wording, too little to call either report derived from the other");
    } else {
      int direction =
          sameOutlet ? PublicationTimes.versionDirection(in.left, in.right, time) : time;
      if (direction != 0) {
        directionReason = sameOutlet && time == 0 ? "publication times" : "publication dates";
      } else if (PublicationTimes.bothTimed(in.left, in.right) && !sameOutlet) {
        verdict = Verdict.COMMON_SOURCE;
        evidence.add(
            identical
                ? "The same text under two outlets within half an hour: syndication of one source"
                : "Published within half an hour of each other: both likely restate one source");
        return finish(in, verdict, reuse, reuseRight, reuseLeft, false, null, evidence, identical);
      } else if (asymmetry != 0) {
        direction = asymmetry;
        directionReason = "asymmetry";
      }
      if (direction == 0) {
        // The wording is shared, but not who wrote it first: one text behind both reports.
        verdict = Verdict.COMMON_SOURCE;
        evidence.add(
            identical
                ? "The texts are identical word for word: one is a copy of the other, and nothing"
                    + " tells which came first"
                : "Each report restates the other as much, and no dates tell which came first:"
                    + " one copies the other or both copy one source");
        return finish(in, verdict, reuse, reuseRight, reuseLeft, false, null, evidence, identical);
      } else {
        verdict = direction > 0 ? Verdict.RIGHT_DERIVES_FROM_LEFT : Verdict.LEFT_DERIVES_FROM_RIGHT;
      }
    }
    return finish(
        in,
        verdict,
        reuse,
        reuseRight,
        reuseLeft,
        sameOutlet,
        directionReason,
        evidence,
        identical);
  }

  private static Derivation finish(
      Inputs in,
      Verdict verdict,
      double reuse,
      double reuseRight,
      double reuseLeft,
      boolean sameOutlet,
      String directionReason,
      List<String> leading,
      boolean identical) {
    List<String> evidence = new ArrayList<>();
    Boolean credited = null;
    boolean version = false;
    CopySignals signals = reuseRight >= reuseLeft ? in.rightFromLeft : in.leftFromRight;
    if (verdict.isDerivation()) {
      boolean rightDerives = verdict == Verdict.RIGHT_DERIVES_FROM_LEFT;
      Article source = rightDerives ? in.left : in.right;
      Article derived = rightDerives ? in.right : in.left;
      signals = rightDerives ? in.rightFromLeft : in.leftFromRight;
      String derivedName = name(derived, rightDerives ? "the right report" : "the left report");
      String sourceName = name(source, rightDerives ? "the left report" : "the right report");
      double share = rightDerives ? in.rightByLeft : in.leftByRight;
      version = sameOutlet;
      if (identical) {
        evidence.add("The texts are identical word for word");
      }
      evidence.add(
          String.format(
              Locale.ROOT,
              "%s restates %s in %d%% of its text, %s%s",
              derivedName,
              sourceName,
              Math.round(share * 100),
              signals.order() >= 0.8
                  ? "in the same order"
                  : in.pairs >= 3 ? "in a different order" : "in few sentences",
              share < Derivation.PARTIAL_BELOW
                  ? "; the rest is its own: partial reuse, not a rewrite"
                  : ""));
      evidence.add(copyWording(signals, derivedName, sourceName));
      if (version) {
        evidence.add(
            sourceName
                + " published both: the later report is a version of the earlier (a cut, an"
                + " update or a correction), which needs no credit");
        credited = Boolean.TRUE;
      } else if (source.outlet() == null || source.outlet().isBlank()) {
        credited = null;
      } else {
        credited = credits(derived, source);
      }
      if ("asymmetry".equals(directionReason)) {
        evidence.add(
            String.format(
                Locale.ROOT,
                "Direction from the texts alone: %s is mostly contained in %s (reuse %.2f against"
                    + " %.2f the other way)",
                derivedName,
                sourceName,
                Math.max(reuseRight, reuseLeft),
                Math.min(reuseRight, reuseLeft)));
      }
    }
    evidence.addAll(0, leading);
    for (SharedQuote quote : in.quotes) {
      if (quote.change() == QuoteChange.NONE) {
        evidence.add("Quote copied word for word: \u201C" + quote.text() + "\u201D");
      }
    }
    long alteredQuotes =
        in.quotes.stream()
            .filter(q -> q.change() == QuoteChange.WORDING || q.change() == QuoteChange.EXTENT)
            .count();
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
    String timing = PublicationTimes.timing(in.left, in.right, verdict);
    if (timing != null) {
      evidence.add(timing);
    }
    if (verdict.isDerivation() && !version) {
      boolean rightDerives = verdict == Verdict.RIGHT_DERIVES_FROM_LEFT;
      Article source = rightDerives ? in.left : in.right;
      String sourceName = name(source, "the source");
      evidence.add(
          credited == null
              ? "The source's outlet is unknown, so whether it is credited could not be checked"
              : credited ? sourceName + " is credited" : sourceName + " is not credited");
    }
    double confidence = confidence(verdict, reuse, in, identical);
    return new Derivation(
        verdict,
        confidence,
        in.leftByRight,
        in.rightByLeft,
        reuse,
        signals.asMap(),
        version,
        identical,
        in.facts,
        credited,
        evidence);
  }

  /** Words for the strongest copy evidence: shared trigrams and rare runs. */
  private static String copyWording(CopySignals s, String derived, String source) {
    return String.format(
        Locale.ROOT,
        "%d%% of %s's word trigrams appear in %s, and %d%% of its rare wording in shared runs",
        Math.round(s.trigrams() * 100),
        derived,
        source,
        Math.round(s.rareRuns() * 100));
  }

  private static double confidence(Verdict verdict, double reuse, Inputs in, boolean identical) {
    ReuseModel model = in.model;
    double c;
    switch (verdict) {
      case INDEPENDENT -> {
        if (in.centreApart.apart()) {
          c = 0.9;
        } else if (reuse >= model.independentBelow()) {
          c = 0.55 + 0.4 * TemplateTest.strength(in.facts);
        } else {
          c = 0.55 + 0.4 * (1 - reuse / Math.max(1e-9, model.independentBelow()));
        }
      }
      case UNKNOWN -> c = identical ? 0.5 : 0.3;
      case COMMON_SOURCE -> c = 0.4 + 0.2 * Math.min(1, reuse);
      default ->
          c = 0.55 + 0.4 * Math.min(1, (reuse - model.derivedFrom()) / (1 - model.derivedFrom()));
    }
    return Math.max(0, Math.min(0.95, c));
  }

  private static boolean sameOutlet(Article left, Article right) {
    return left.outlet() != null
        && !left.outlet().isBlank()
        && left.outlet()
            .strip()
            .equalsIgnoreCase(right.outlet() == null ? "" : right.outlet().strip());
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
