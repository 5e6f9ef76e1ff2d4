package org.parallax.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.AnalyzedSentence;
import org.parallax.model.BlockKind;
import org.parallax.model.Comparison;
import org.parallax.model.Derivation;
import org.parallax.model.Difference;
import org.parallax.model.Relation;
import org.parallax.model.SentencePair;
import org.parallax.model.SharedQuote;
import org.parallax.model.VerbatimPassage;

/** One run of the engine over two reports: alignment, then document-level findings. */
final class DocumentComparison {

  private final ComparisonEngine engine;
  private final AnalyzedArticle left;
  private final AnalyzedArticle right;
  private final List<ClaimView> leftViews;
  private final List<ClaimView> rightViews;

  DocumentComparison(ComparisonEngine engine, AnalyzedArticle left, AnalyzedArticle right) {
    this.engine = engine;
    this.left = left;
    this.right = right;
    this.leftViews = views(left, engine);
    this.rightViews = views(right, engine);
  }

  Comparison run() {
    List<Aligner.Group> groups = new Aligner(engine, leftViews, rightViews).align();
    List<SentencePair> pairs = new ArrayList<>();
    TreeSet<Integer> leftPaired = new TreeSet<>();
    TreeSet<Integer> rightPaired = new TreeSet<>();
    double leftCovered = 0;
    double rightCovered = 0;
    for (Aligner.Group group : groups) {
      pairs.add(pair(group));
      leftPaired.addAll(group.left);
      rightPaired.addAll(group.right);
      for (int i : group.left) {
        leftCovered += leftViews.get(i).words.size();
      }
      for (int j : group.right) {
        rightCovered += rightViews.get(j).words.size();
      }
    }
    List<Integer> leftOnly = unpaired(leftViews.size(), leftPaired);
    List<Integer> rightOnly = unpaired(rightViews.size(), rightPaired);
    List<SharedQuote> quotes = QuoteMatcher.match(left, leftViews, right, rightViews);
    List<VerbatimPassage> passages =
        PassageFinder.find(left, leftViews, right, rightViews, engine.passageWords);
    double leftByRight = share(leftCovered, leftViews);
    double rightByLeft = share(rightCovered, rightViews);
    Derivation derivation =
        DerivationJudge.judge(
            new DerivationJudge.Inputs(
                left.article(),
                right.article(),
                leftByRight,
                rightByLeft,
                OrderAgreement.of(groups),
                groups.size(),
                quotes,
                passages));
    return new Comparison(
        left,
        right,
        pairs,
        leftOnly,
        rightOnly,
        unsourced(left, leftOnly),
        unsourced(right, rightOnly),
        quotes,
        passages,
        derivation,
        engine.settings());
  }

  private SentencePair pair(Aligner.Group group) {
    ClaimView a = group(leftViews, group.left);
    ClaimView b = group(rightViews, group.right);
    SentenceJudgement judgement = engine.judge(a, b, false);
    List<Difference> differences = engine.differences(a, b);
    return new SentencePair(
        List.copyOf(group.left),
        List.copyOf(group.right),
        differences.isEmpty() ? Relation.SAME : Relation.CHANGED,
        judgement.score(),
        judgement.signals(),
        differences,
        WordDiffer.diff(a, b));
  }

  private ClaimView group(List<ClaimView> views, TreeSet<Integer> members) {
    if (members.size() == 1) {
      return views.get(members.first());
    }
    List<AnalyzedSentence> sentences = new ArrayList<>();
    for (int index : members) {
      sentences.addAll(views.get(index).sentences);
    }
    return ClaimView.of(sentences, engine.weights);
  }

  private static List<ClaimView> views(AnalyzedArticle article, ComparisonEngine engine) {
    List<ClaimView> views = new ArrayList<>();
    for (AnalyzedSentence sentence : article.sentences()) {
      views.add(ClaimView.of(sentence, engine.weights));
    }
    return views;
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

  /** One-sided body sentences that credit no source. */
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
