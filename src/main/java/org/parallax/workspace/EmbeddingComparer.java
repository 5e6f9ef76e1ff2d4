package org.parallax.workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.parallax.analysis.CachingEmbedder;
import org.parallax.analysis.MiniLmEmbedder;
import org.parallax.analysis.SentenceEmbedder;
import org.parallax.compare.ComparisonEngine;
import org.parallax.compare.CoverageBound;
import org.parallax.compare.StockPhrases;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.AnalyzedSentence;
import org.parallax.model.Article;
import org.parallax.model.Comparison;

/**
 * The full comparison engine, sentence embeddings included, on top of a {@link LexicalComparer}:
 * each article is analysed once (the lexical comparer's cached analysis) and embedded once (cached
 * by content hash), so a scan that re-checks a few pairs pays for the embeddings of those articles
 * only. Thread-safe.
 */
public final class EmbeddingComparer implements Comparer {

  /** Embedded analyses kept; a re-check touches a few hundred articles even in a large scan. */
  private static final int CACHED_ARTICLES = 2_048;

  /** Sentences whose vectors the standard embedder remembers. */
  private static final int CACHED_SENTENCES = 50_000;

  private final LexicalComparer lexical;
  private final SentenceEmbedder embedder;
  private final ComparisonEngine engine;
  private final AtomicInteger articlesEmbedded = new AtomicInteger();
  private final AnalysisCache embedded = new AnalysisCache(CACHED_ARTICLES);

  /**
   * Creates a comparer.
   *
   * @param lexical the lexical comparer whose analyses are reused
   * @param embedder the sentence embedder
   * @param engine an engine that uses embeddings
   */
  public EmbeddingComparer(
      LexicalComparer lexical, SentenceEmbedder embedder, ComparisonEngine engine) {
    this.lexical = lexical;
    this.embedder = embedder;
    this.engine = engine;
  }

  /**
   * Returns the product engine (English IDF table, MiniLM embeddings) over a lexical comparer's
   * analyses. The model loads on the first embedding, so a scan that re-checks nothing never loads
   * it.
   *
   * @param lexical the lexical comparer of the same scan
   */
  public static EmbeddingComparer standard(LexicalComparer lexical) {
    return standard(lexical, Optional.empty());
  }

  /**
   * Returns the product engine as {@link #standard(LexicalComparer)} does, on a workspace's
   * calibrated settings when it has them.
   *
   * @param lexical the lexical comparer of the same scan
   * @param calibration the workspace's calibration
   */
  public static EmbeddingComparer standard(
      LexicalComparer lexical, Optional<Calibration> calibration) {
    return new EmbeddingComparer(
        lexical,
        new CachingEmbedder(new MiniLmEmbedder(), CACHED_SENTENCES),
        LexicalComparer.engine(true, calibration));
  }

  @Override
  public Comparison compare(Article left, Article right) {
    return compare(left, right, StockPhrases.NONE);
  }

  @Override
  public Comparison compare(Article left, Article right, StockPhrases stock) {
    return engine.compare(embedded(left), embedded(right), stock);
  }

  /**
   * Returns the most of each report that a comparison with embeddings would cover, from the lexical
   * analyses alone (no embedding is computed).
   *
   * @param left the left report
   * @param right the right report
   */
  public CoverageBound mostCoverage(Article left, Article right) {
    return engine.mostCoverage(lexical.analyze(left), lexical.analyze(right));
  }

  /**
   * Returns the least of each report that a comparison with embeddings would cover, from a lexical
   * comparison of the same two reports (its pairs whose lexical score is well above the threshold).
   *
   * @param lexical a comparison by the lexical engine
   */
  public CoverageBound leastCoverage(Comparison lexical) {
    return engine.leastCoverage(lexical);
  }

  /** Returns how many articles this comparer has embedded (each once while it stays cached). */
  public int articlesEmbedded() {
    return articlesEmbedded.get();
  }

  /** Returns the article's lexical analysis with every sentence embedded, from cache if seen. */
  private AnalyzedArticle embedded(Article article) {
    return embedded.get(article, this::embed);
  }

  private AnalyzedArticle embed(Article article) {
    AnalyzedArticle plain = lexical.analyze(article);
    List<String> texts = plain.sentences().stream().map(AnalyzedSentence::text).toList();
    float[][] vectors = texts.isEmpty() ? new float[0][] : embedder.embed(texts);
    List<AnalyzedSentence> sentences = new ArrayList<>(vectors.length);
    for (int i = 0; i < vectors.length; i++) {
      sentences.add(plain.sentences().get(i).withEmbedding(vectors[i]));
    }
    articlesEmbedded.incrementAndGet();
    return new AnalyzedArticle(article, sentences);
  }
}
