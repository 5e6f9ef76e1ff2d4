package org.parallax.ui;

import org.parallax.analysis.CachingEmbedder;
import org.parallax.analysis.IdfTable;
import org.parallax.analysis.MiniLmEmbedder;
import org.parallax.analysis.SentenceEmbedder;
import org.parallax.analysis.TextAnalyzer;
import org.parallax.compare.ComparisonEngine;
import org.parallax.model.Article;
import org.parallax.model.Comparison;
import org.parallax.workspace.Comparer;

/**
 * Analyses and compares two articles with the engine, loading the language models on first use so
 * they never delay the window. Stands in until the workspace offers its own comparison service.
 */
final class EngineComparer implements Comparer {

  private static final int CACHED_SENTENCES = 20_000;

  private TextAnalyzer analyzer;
  private SentenceEmbedder embedder;
  private ComparisonEngine engine;

  @Override
  public synchronized Comparison compare(Article left, Article right) {
    if (engine == null) {
      analyzer = TextAnalyzer.create();
      embedder = new CachingEmbedder(new MiniLmEmbedder(), CACHED_SENTENCES);
      IdfTable idf = IdfTable.english();
      engine =
          ComparisonEngine.builder().idf(idf.asMap(), idf.maxIdf()).useEmbeddings(true).build();
    }
    return engine.compare(analyzer.analyze(left, embedder), analyzer.analyze(right, embedder));
  }
}
