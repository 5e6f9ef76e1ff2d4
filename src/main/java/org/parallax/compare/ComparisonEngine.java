package org.parallax.compare;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.AnalyzedSentence;
import org.parallax.model.Article;
import org.parallax.model.Comparison;
import org.parallax.model.SharedFacts;

/**
 * Compares two analysed reports claim by claim: similarity of sentences, many-to-many alignment,
 * typed differences, word diffs, shared quotes and passages, and the derivation verdict.
 *
 * <p>Immutable and thread-safe; built with {@link #builder()}. The same inputs always give the same
 * result, and swapping the two reports mirrors it.
 */
public final class ComparisonEngine {

  /**
   * Default least score for two sentences with embeddings to state the same claim: the threshold
   * with the best F1 on STS headlines train for gold similarity of at least 2.5 (see ADR 0006).
   */
  public static final double DEFAULT_ALIGN_THRESHOLD = 0.50;

  /** The same threshold for the lexical score, used where sentences carry no embeddings. */
  public static final double DEFAULT_LEXICAL_ALIGN_THRESHOLD = 0.46;

  /**
   * Default least word overlap for two sentences to state the same claim, whatever the embeddings
   * say: reports on one story are all alike in meaning, so a claim must also share some of its
   * words (see ADR 0006 for the share of STS train pairs this floor rejects).
   */
  public static final double DEFAULT_WORDS_FLOOR = 0.2;

  /** The name of the word-overlap signal the word floor applies to, as in a pair's signals. */
  public static final String WORDS_SIGNAL = Signals.WORDS;

  /** Default share of a sentence's content another must hold for it to merge into that pair. */
  public static final double DEFAULT_MERGE_CONTAINMENT = 0.5;

  /** Default least length, in words, of a shared verbatim passage. */
  public static final int DEFAULT_PASSAGE_WORDS = 6;

  /** Default IDF weight, as a share of the table's largest IDF, that makes a detail material. */
  public static final double DEFAULT_MATERIAL_SHARE = 0.8;

  /**
   * How far the score with embeddings of a sentence pair may rise above its lexical score: the 95th
   * percentile of (score with embeddings - lexical score) over the STS headlines train pairs both
   * models were calibrated on, 0.183, rounded up ({@code ModelDisagreementTest}).
   */
  public static final double EMBEDDING_SCORE_RISE = 0.19;

  /**
   * How far the score with embeddings of a sentence pair may fall below its lexical score: the 95th
   * percentile of (lexical score - score with embeddings) over the same pairs, 0.164, rounded up.
   */
  public static final double EMBEDDING_SCORE_FALL = 0.17;

  private final EngineSettings settings;
  private final ClaimScorer scorer;

  private ComparisonEngine(Builder builder) {
    this.settings =
        new EngineSettings(
            new WordWeights(builder.idf, builder.maxIdf),
            builder.useEmbeddings,
            builder.alignThreshold,
            builder.lexicalAlignThreshold,
            builder.mergeContainment,
            builder.wordsFloor,
            builder.passageWords,
            builder.materialShare,
            builder.withMeaning,
            builder.lexical,
            builder.reuseModel);
    this.scorer = new ClaimScorer(settings);
  }

  /** Returns a builder with the calibrated defaults and no IDF table (every word weighs 1). */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Compares two reports.
   *
   * @param left the left report (usually the earlier one, or the presumed source)
   * @param right the right report
   * @return every sentence of each side in exactly one pair or one-sided list, with the verdict
   */
  public Comparison compare(AnalyzedArticle left, AnalyzedArticle right) {
    Objects.requireNonNull(left, "left");
    Objects.requireNonNull(right, "right");
    return compare(left, right, StockPhrases.NONE);
  }

  /**
   * Compares two reports, leaving out of the copy evidence the boilerplate a workspace knows.
   *
   * @param left the left report
   * @param right the right report
   * @param stock the runs of words too common in the workspace to count as copying
   */
  public Comparison compare(AnalyzedArticle left, AnalyzedArticle right, StockPhrases stock) {
    Objects.requireNonNull(left, "left");
    Objects.requireNonNull(right, "right");
    Objects.requireNonNull(stock, "stock");
    return new DocumentComparison(scorer, left, right, stock).run();
  }

  /**
   * Returns true when the two reports' headlines centre on different names that neither text
   * otherwise uses (two companies' results in one template): a check on the raw texts, without
   * analysis, that lets a scan skip such pairs before comparing them. A comparison reaches the same
   * conclusion, with the opening sentence's names as well.
   */
  public boolean centresApart(Article left, Article right, StockPhrases stock) {
    return centreKeys(left, stock).centresApartFrom(centreKeys(right, stock));
  }

  /**
   * Returns true when two reports give figures that mostly differ, so that no alignment of their
   * sentences could make one a copy of the other: the part of the template test that reads whole
   * reports, not aligned claims. A caller can skip a costlier comparison of such a pair.
   *
   * @param facts the figures of a comparison of the two reports
   */
  public static boolean figuresApart(SharedFacts facts) {
    return TemplateTest.figuresApart(facts);
  }

  /**
   * Returns the names a report's headline and lead centre on, with the words of its text, for a
   * caller that checks one report against many (the event grouping).
   */
  public KeyEntities centreKeys(Article article, StockPhrases stock) {
    return KeyEntities.ofHeadline(article, settings.weights(), stock);
  }

  /**
   * Returns the most of each report that a comparison with embeddings would cover, from the lexical
   * analysis alone: the words of the sentences that meet the word floor against some sentence of
   * the other report with a lexical score at most {@link #EMBEDDING_SCORE_RISE} below the alignment
   * threshold (or could join a pair as a merged part). A caller can tell, without computing an
   * embedding, whether embeddings could raise a comparison's coverage past a line. The bound holds
   * for sentence pairs within the models' usual disagreement, not for every pair.
   *
   * @param left the left report
   * @param right the right report
   */
  public CoverageBound mostCoverage(AnalyzedArticle left, AnalyzedArticle right) {
    Objects.requireNonNull(left, "left");
    Objects.requireNonNull(right, "right");
    return new CoverageBounds(scorer).most(views(left), views(right));
  }

  /**
   * Returns the least of each report that a comparison with embeddings would cover, from a
   * comparison without them: the words of its pairs whose lexical score is at least {@link
   * #EMBEDDING_SCORE_FALL} above the alignment threshold with embeddings. A caller can tell whether
   * embeddings could lower a comparison's coverage below a line. The bound holds for sentence pairs
   * within the models' usual disagreement, not for every pair.
   *
   * @param lexical a comparison by an engine without embeddings
   */
  public CoverageBound leastCoverage(Comparison lexical) {
    Objects.requireNonNull(lexical, "lexical");
    return new CoverageBounds(scorer).least(lexical, views(lexical.left()), views(lexical.right()));
  }

  private List<ClaimView> views(AnalyzedArticle article) {
    return ClaimView.of(article, settings.weights());
  }

  /**
   * Judges two sentences as the alignment would: the score, its signals, and whether they state the
   * same claim (with what changed) or different ones.
   */
  public SentenceJudgement judge(AnalyzedSentence left, AnalyzedSentence right) {
    return scorer.judge(
        ClaimView.of(left, settings.weights()), ClaimView.of(right, settings.weights()));
  }

  /** Returns how this engine combines copy signals into reuse. */
  public ReuseModel reuseModel() {
    return settings.reuseModel();
  }

  /** Returns the engine's settings by name, for provenance. */
  public Map<String, String> settings() {
    return settings.describe();
  }

  /** Options of the engine; every setter returns the builder. */
  public static final class Builder {
    private Map<String, Double> idf = Map.of();
    private double maxIdf = 1.0;
    private boolean useEmbeddings = true;
    private double alignThreshold = DEFAULT_ALIGN_THRESHOLD;
    private double lexicalAlignThreshold = DEFAULT_LEXICAL_ALIGN_THRESHOLD;
    private double mergeContainment = DEFAULT_MERGE_CONTAINMENT;
    private double wordsFloor = DEFAULT_WORDS_FLOOR;
    private int passageWords = DEFAULT_PASSAGE_WORDS;
    private double materialShare = DEFAULT_MATERIAL_SHARE;
    private SimilarityModel withMeaning = SimilarityModel.WITH_MEANING;
    private SimilarityModel lexical = SimilarityModel.LEXICAL;
    private ReuseModel reuseModel = ReuseModel.FITTED;

    private Builder() {}

    /**
     * Sets the inverse document frequencies of lemmas (lower case).
     *
     * @param idf IDF by lemma
     * @param maxIdf the weight of words the table lacks (its rarest)
     */
    public Builder idf(Map<String, Double> idf, double maxIdf) {
      this.idf = Map.copyOf(idf);
      this.maxIdf = maxIdf;
      return this;
    }

    /** Sets whether the embedding signal is used where sentences carry embeddings. */
    public Builder useEmbeddings(boolean use) {
      this.useEmbeddings = use;
      return this;
    }

    /**
     * Sets the thresholds of the alignment.
     *
     * @param align least score for two sentences to state the same claim, in [0, 1]
     * @param alignLexical the same where the embedding signal is absent, in [0, 1]
     * @param mergeContainment least share of a sentence's content the other side must hold for the
     *     sentence to join a pair as a merged part, in [0, 1]
     */
    public Builder thresholds(double align, double alignLexical, double mergeContainment) {
      this.alignThreshold = checkUnit(align);
      this.lexicalAlignThreshold = checkUnit(alignLexical);
      this.mergeContainment = checkUnit(mergeContainment);
      return this;
    }

    /** Sets the least word overlap two sentences need to state the same claim, in [0, 1]. */
    public Builder wordsFloor(double floor) {
      this.wordsFloor = checkUnit(floor);
      return this;
    }

    /** Sets the least length, in words, of a verbatim passage. */
    public Builder passageWords(int words) {
      if (words < 2) {
        throw new IllegalArgumentException("passage words " + words);
      }
      this.passageWords = words;
      return this;
    }

    /**
     * Sets the IDF weight, as a share of the largest IDF, that makes a one-sided detail material.
     */
    public Builder materialShare(double share) {
      this.materialShare = share;
      return this;
    }

    /**
     * Overrides the combination of signals (the evaluation's ablations use this).
     *
     * @param intercept constant term
     * @param words weight of the word overlap
     * @param verbatim weight of the verbatim runs
     * @param entities weight of the entity agreement
     * @param meaning weight of the embedding cosine (used only where both sides have embeddings)
     */
    public Builder weights(
        double intercept, double words, double verbatim, double entities, double meaning) {
      SimilarityModel model = new SimilarityModel(intercept, words, verbatim, entities, meaning);
      this.withMeaning = model;
      this.lexical = model;
      return this;
    }

    /** Overrides how copy signals combine into reuse (the evaluation's fits and ablations). */
    public Builder reuseModel(ReuseModel model) {
      this.reuseModel = Objects.requireNonNull(model, "model");
      return this;
    }

    /** Builds the engine. */
    public ComparisonEngine build() {
      return new ComparisonEngine(this);
    }

    private static double checkUnit(double value) {
      if (value < 0 || value > 1) {
        throw new IllegalArgumentException("threshold outside [0, 1]: " + value);
      }
      return value;
    }
  }
}
