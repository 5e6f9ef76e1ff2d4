package org.parallax.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.AnalyzedSentence;
import org.parallax.model.BlockKind;
import org.parallax.model.Comparison;
import org.parallax.model.Derivation;
import org.parallax.model.Difference;
import org.parallax.model.QuoteChange;
import org.parallax.model.Relation;
import org.parallax.model.Review;
import org.parallax.model.SentencePair;
import org.parallax.model.SharedQuote;
import org.parallax.model.Span;
import org.parallax.model.Token;
import org.parallax.model.VerbatimPassage;
import org.parallax.model.Verdict;

/** One run of the engine over two reports: alignment, then document-level findings. */
final class DocumentComparison {

  /** Share of a claim's words another must share for it to count as restated in full. */
  static final double WORDED = 0.5;

  private final ClaimScorer scorer;
  private final EngineSettings settings;
  private final AnalyzedArticle left;
  private final AnalyzedArticle right;
  private final List<ClaimView> leftViews;
  private final List<ClaimView> rightViews;

  private final StockPhrases stock;

  DocumentComparison(
      ClaimScorer scorer, AnalyzedArticle left, AnalyzedArticle right, StockPhrases stock) {
    this.scorer = scorer;
    this.settings = scorer.settings();
    this.stock = stock;
    this.left = left;
    this.right = right;
    this.leftViews = ClaimView.of(left, settings.weights());
    this.rightViews = ClaimView.of(right, settings.weights());
  }

  Comparison run() {
    List<Aligner.Group> groups = new Aligner(scorer, leftViews, rightViews).align();
    List<SentencePair> pairs = new ArrayList<>();
    TreeSet<Integer> leftPaired = new TreeSet<>();
    TreeSet<Integer> rightPaired = new TreeSet<>();
    double leftCovered = 0;
    double rightCovered = 0;
    CopyEvidence.Side leftWords = new CopyEvidence.Side(leftViews, settings.weights(), stock);
    CopyEvidence.Side rightWords = new CopyEvidence.Side(rightViews, settings.weights(), stock);
    double leftWorded = 0;
    double rightWorded = 0;
    for (Aligner.Group group : groups) {
      SentencePair pair = pair(group);
      pairs.add(pair);
      leftPaired.addAll(group.left);
      rightPaired.addAll(group.right);
      double worded = wordedShare(pair);
      for (int i : group.left) {
        leftCovered += leftViews.get(i).words.size();
        leftWorded += worded * leftWords.ownWords(i);
      }
      for (int j : group.right) {
        rightCovered += rightViews.get(j).words.size();
        rightWorded += worded * rightWords.ownWords(j);
      }
    }
    List<Integer> leftOnly = unpaired(leftViews.size(), leftPaired);
    List<Integer> rightOnly = unpaired(rightViews.size(), rightPaired);
    List<SharedQuote> quotes = QuoteMatcher.match(left, leftViews, right, rightViews);
    List<VerbatimPassage> passages =
        PassageFinder.find(left, leftViews, right, rightViews, settings.passageWords());
    double leftByRight = share(leftCovered, leftViews);
    double rightByLeft = share(rightCovered, rightViews);
    CopyEvidence.Shares rightShares = CopyEvidence.of(rightWords, leftWords);
    CopyEvidence.Shares leftShares = CopyEvidence.of(leftWords, rightWords);
    double order = groups.size() >= 3 ? OrderAgreement.of(groups) : 0;
    double copiedQuotes = copiedQuotes(quotes);
    Derivation derivation =
        DerivationJudge.judge(
            new DerivationJudge.Inputs(
                left.article(),
                right.article(),
                leftByRight,
                rightByLeft,
                new CopySignals(
                    rightShares.trigrams(),
                    rightShares.rareRuns(),
                    rightWords.shareOfOwn(rightWorded),
                    order,
                    copiedQuotes),
                new CopySignals(
                    leftShares.trigrams(),
                    leftShares.rareRuns(),
                    leftWords.shareOfOwn(leftWorded),
                    order,
                    copiedQuotes),
                groups.size(),
                FactSlots.of(pairs, leftViews, rightViews),
                quotes,
                passages,
                centreApart(),
                settings.reuseModel()));
    return new Comparison(
        left,
        right,
        pairs,
        leftOnly,
        rightOnly,
        derivation.verdict() == Verdict.RIGHT_DERIVES_FROM_LEFT
            ? List.of()
            : unsourced(left, leftOnly),
        derivation.verdict() == Verdict.LEFT_DERIVES_FROM_RIGHT
            ? List.of()
            : unsourced(right, rightOnly),
        quotes,
        passages,
        stockSpans(leftViews, leftWords),
        stockSpans(rightViews, rightWords),
        derivation,
        settings.describe(),
        Review.NONE);
  }

  /**
   * How far a pair's claim counts as restated in the other's wording: in full from half its words
   * shared, in proportion below; an alignment made by meaning alone counts little.
   */
  private static double wordedShare(SentencePair pair) {
    double words = pair.signals().getOrDefault(Signals.WORDS, 0.0);
    return Math.min(1.0, words / WORDED);
  }

  /** 1 - 2^-n for the n quotations both reports hold word for word or with moved marks. */
  private static double copiedQuotes(List<SharedQuote> quotes) {
    long copied =
        quotes.stream()
            .filter(q -> q.change() == QuoteChange.NONE || q.change() == QuoteChange.EXTENT)
            .count();
    return 1 - Math.pow(0.5, copied);
  }

  private DerivationJudge.CentreApart centreApart() {
    KeyEntities a = KeyEntities.of(left.article(), leftViews, settings.weights(), stock);
    KeyEntities b = KeyEntities.of(right.article(), rightViews, settings.weights(), stock);
    if (!KeyEntities.centreApart(a, b)) {
      return DerivationJudge.CentreApart.NO;
    }
    return new DerivationJudge.CentreApart(
        true, KeyEntities.absentFrom(a, b), KeyEntities.absentFrom(b, a));
  }

  /** Spans of the boilerplate words, joined where they follow each other in one sentence. */
  private static List<Span> stockSpans(List<ClaimView> views, CopyEvidence.Side side) {
    List<Span> spans = new ArrayList<>();
    int k = 0;
    for (ClaimView view : views) {
      Span open = null;
      for (Token token : view.words) {
        if (side.isStock(k++)) {
          open = open == null ? token.span() : new Span(open.start(), token.span().end());
        } else if (open != null) {
          spans.add(open);
          open = null;
        }
      }
      if (open != null) {
        spans.add(open);
      }
    }
    return spans;
  }

  private SentencePair pair(Aligner.Group group) {
    ClaimView a = ClaimView.merged(leftViews, group.left, settings.weights());
    ClaimView b = ClaimView.merged(rightViews, group.right, settings.weights());
    Map<String, Double> signals = group.signals != null ? group.signals : scorer.signals(a, b);
    double score = group.signals != null ? group.score : scorer.score(signals);
    List<Difference> differences = scorer.differences(a, b);
    return new SentencePair(
        List.copyOf(group.left),
        List.copyOf(group.right),
        differences.isEmpty() ? Relation.SAME : Relation.CHANGED,
        score,
        signals,
        differences,
        WordDiffer.diff(a, b));
  }

  private static List<Integer> unpaired(int size, TreeSet<Integer> paired) {
    List<Integer> result = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      if (!paired.contains(i)) {
        result.add(i);
      }
    }
    return result;
  }

  /**
   * One-sided body sentences that credit no source. Where one report derives from the other, only
   * the derived report's are listed: a claim without a source matters on the side that added it,
   * not on the report that stated it first.
   */
  private static List<Integer> unsourced(AnalyzedArticle article, List<Integer> oneSided) {
    List<Integer> result = new ArrayList<>();
    for (int n : oneSided) {
      AnalyzedSentence sentence = article.sentences().get(n);
      if (sentence.sentence().kind() == BlockKind.BODY && sentence.attributions().isEmpty()) {
        result.add(n);
      }
    }
    return result;
  }

  private static double share(double covered, List<ClaimView> views) {
    double total = 0;
    for (ClaimView view : views) {
      total += view.words.size();
    }
    return total == 0 ? 0 : covered / total;
  }
}
