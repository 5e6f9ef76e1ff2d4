package org.parallax.workspace;

import java.util.Optional;
import org.parallax.analysis.TextAnalyzer;
import org.parallax.compare.ComparisonEngine;
import org.parallax.compare.ReuseModel;
import org.parallax.compare.StockPhrases;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.Article;
import org.parallax.model.Comparison;

/**
 * The comparison engine on its lexical signals only (no sentence embeddings), with the analysis of
 * each article version cached by content hash: what a workspace-wide scan can afford per pair.
 */
public final class LexicalComparer implements Comparer {

  /** Analyses kept; a scan visits candidates in id order, so recent ones are reused most. */
  private static final int CACHED_ANALYSES = 4_096;

  private final TextAnalyzer analyzer;
  private final ComparisonEngine engine;
  private final AnalysisCache analyses = new AnalysisCache(CACHED_ANALYSES);

  /**
   * Creates a comparer.
   *
   * @param analyzer the shared analyser
   * @param engine an engine built without embeddings
   */
  public LexicalComparer(TextAnalyzer analyzer, ComparisonEngine engine) {
    this.analyzer = analyzer;
    this.engine = engine;
  }

  /** Returns the product engine with the English IDF table and no embeddings. */
  public static LexicalComparer standard() {
    return new LexicalComparer(TextAnalyzer.create(), standardEngine());
  }

  /**
   * Returns the product engine without embeddings on a workspace's calibrated settings, or on the
   * shipped ones when it has none.
   *
   * @param calibration the workspace's calibration
   */
  public static LexicalComparer standard(Optional<Calibration> calibration) {
    return new LexicalComparer(TextAnalyzer.create(), engine(false, calibration));
  }

  /** Returns the product engine without embeddings: the English IDF table, no model to load. */
  public static ComparisonEngine standardEngine() {
    return engine(false, Optional.empty());
  }

  /** Returns the product engine, on a workspace's calibrated settings when it has them. */
  static ComparisonEngine engine(boolean useEmbeddings, Optional<Calibration> calibration) {
    ComparisonEngine.Builder builder = ComparisonService.engineBuilder(useEmbeddings);
    return calibration.map(c -> c.applyTo(builder)).orElse(builder).build();
  }

  @Override
  public Comparison compare(Article left, Article right) {
    return compare(left, right, StockPhrases.NONE);
  }

  @Override
  public Comparison compare(Article left, Article right, StockPhrases stock) {
    return engine.compare(analyze(left), analyze(right), stock);
  }

  /** Returns how the engine combines copy signals into reuse. */
  public ReuseModel reuseModel() {
    return engine.reuseModel();
  }

  /** Returns true when the two headlines centre on different names (see the engine). */
  public boolean centresApart(Article left, Article right, StockPhrases stock) {
    return engine.centresApart(left, right, stock);
  }

  /** Returns the article analysed without embeddings, from the cache when seen before. */
  public AnalyzedArticle analyze(Article article) {
    return analyses.get(article, analyzer::analyze);
  }
}
