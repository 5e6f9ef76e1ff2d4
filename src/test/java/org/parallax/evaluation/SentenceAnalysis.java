package org.parallax.evaluation;

import java.util.ArrayList;
import java.util.List;
import org.parallax.analysis.SentenceEmbedder;
import org.parallax.analysis.TextAnalyzer;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.AnalyzedSentence;
import org.parallax.model.Article;
import org.parallax.model.ArticleId;
import org.parallax.model.Attribution;
import org.parallax.model.BlockKind;
import org.parallax.model.Mention;
import org.parallax.model.Quote;
import org.parallax.model.Sentence;
import org.parallax.model.Span;
import org.parallax.model.Token;

/**
 * Analyses a stand-alone sentence (a headline, a line of a pair file) into one {@link
 * AnalyzedSentence}, even where the sentence splitter cuts it in two.
 */
public final class SentenceAnalysis {

  private final TextAnalyzer analyzer;
  private final SentenceEmbedder embedder;

  /**
   * Creates the helper.
   *
   * @param analyzer the analyser
   * @param embedder the embedder, or null to leave embeddings out
   */
  public SentenceAnalysis(TextAnalyzer analyzer, SentenceEmbedder embedder) {
    this.analyzer = analyzer;
    this.embedder = embedder;
  }

  /** Returns one analysed sentence covering the whole text. */
  public AnalyzedSentence analyze(String text) {
    return analyzeAll(List.of(text)).get(0);
  }

  /** Returns one analysed sentence per text, embedding them in one batch. */
  public List<AnalyzedSentence> analyzeAll(List<String> texts) {
    List<AnalyzedSentence> result = new ArrayList<>(texts.size());
    for (String text : texts) {
      result.add(merge(analyzeOne(text), text));
    }
    if (embedder == null) {
      return result;
    }
    float[][] vectors = embedder.embed(texts);
    List<AnalyzedSentence> embedded = new ArrayList<>(result.size());
    for (int i = 0; i < result.size(); i++) {
      embedded.add(result.get(i).withEmbedding(vectors[i]));
    }
    return embedded;
  }

  private AnalyzedArticle analyzeOne(String text) {
    return analyzer.analyze(article(text));
  }

  /** Returns a one-block article holding {@code text}. */
  public static Article article(String text) {
    return Article.ofText(new ArticleId("sentence"), "0", text);
  }

  private static AnalyzedSentence merge(AnalyzedArticle article, String text) {
    List<Token> tokens = new ArrayList<>();
    List<Mention> mentions = new ArrayList<>();
    List<Attribution> attributions = new ArrayList<>();
    List<Quote> quotes = new ArrayList<>();
    for (AnalyzedSentence s : article.sentences()) {
      tokens.addAll(s.tokens());
      mentions.addAll(s.mentions());
      attributions.addAll(s.attributions());
      quotes.addAll(s.quotes());
    }
    Sentence sentence = new Sentence(0, new Span(0, text.length()), text, BlockKind.BODY);
    return new AnalyzedSentence(sentence, tokens, mentions, attributions, quotes, null);
  }
}
