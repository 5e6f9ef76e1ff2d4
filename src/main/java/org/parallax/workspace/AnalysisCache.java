package org.parallax.workspace;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.Article;

/**
 * The analyses a workspace-wide pass keeps, by content hash, least recently used dropped first: a
 * scan meets the same article in many candidate pairs and should analyse (or embed) it once.
 * Thread-safe; two threads meeting the same new article may both analyse it, and either result is
 * kept.
 */
final class AnalysisCache {

  private final Map<String, AnalyzedArticle> entries;

  AnalysisCache(int capacity) {
    entries =
        Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, true) {
              @Override
              protected boolean removeEldestEntry(Map.Entry<String, AnalyzedArticle> eldest) {
                return size() > capacity;
              }
            });
  }

  /**
   * Returns the cached analysis of the article, or analyses it and keeps the result. An entry of
   * the same text under another id is not reused: the analysis carries its article.
   */
  AnalyzedArticle get(Article article, Function<Article, AnalyzedArticle> analysis) {
    String key = article.contentHash() != null ? article.contentHash() : article.id().value();
    AnalyzedArticle cached = entries.get(key);
    if (cached != null && cached.article().id().equals(article.id())) {
      return cached;
    }
    AnalyzedArticle analyzed = analysis.apply(article);
    entries.put(key, analyzed);
    return analyzed;
  }
}
