package org.parallax.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.AnalyzedSentence;
import org.parallax.model.Article;
import org.parallax.model.Attribution;
import org.parallax.model.Block;
import org.parallax.model.Mention;
import org.parallax.model.NormalizedText;
import org.parallax.model.Quote;
import org.parallax.model.Sentence;
import org.parallax.model.Span;
import org.parallax.model.Token;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns an article into analysed sentences: boundaries, tokens, lemmas, parts of speech, mentions,
 * attributions, quotes and, on request, embeddings.
 *
 * <p>It reads {@link NormalizedText} (typographic quotes, dashes and spaces folded, same length) so
 * every offset points into the original text, while {@link Sentence#text()} keeps the original
 * characters. Create one with {@link #create()} and share it: the models load once and each thread
 * gets its own taggers.
 */
public final class TextAnalyzer {

  private static final Logger LOG = LoggerFactory.getLogger(TextAnalyzer.class);

  private final ThreadLocal<NlpPipeline> pipelines;

  private TextAnalyzer(NlpModels models) {
    this.pipelines = ThreadLocal.withInitial(() -> new NlpPipeline(models));
  }

  /** Loads the OpenNLP UD English models from the classpath and returns a shareable analyser. */
  public static TextAnalyzer create() {
    long start = System.nanoTime();
    NlpModels models = NlpModels.load();
    LOG.info("Loaded OpenNLP models in {} ms", (System.nanoTime() - start) / 1_000_000);
    return new TextAnalyzer(models);
  }

  /**
   * Analyses an article without embeddings.
   *
   * @param article the article
   * @return its sentences in reading order, each with a null embedding
   */
  public AnalyzedArticle analyze(Article article) {
    NlpPipeline nlp = pipelines.get();
    String original = article.text();
    String text = NormalizedText.of(original);
    List<Sentence> sentences = new ArrayList<>();
    for (Block block : article.blocks()) {
      for (Span span : SentenceSplitter.split(nlp.sentences, text, block.span())) {
        sentences.add(new Sentence(sentences.size(), span, span.of(original), block.kind()));
      }
    }
    List<Quote> quotes = QuotedWordsFinder.find(text, article.blocks());
    List<List<Token>> tokens = new ArrayList<>(sentences.size());
    List<List<Mention>> mentions = new ArrayList<>(sentences.size());
    for (Sentence sentence : sentences) {
      List<Token> sentenceTokens = TokenAnnotator.annotate(nlp, text, sentence.span());
      tokens.add(sentenceTokens);
      mentions.add(MentionFinder.find(text, sentenceTokens));
    }
    mentions = MentionFinder.resolvePeople(mentions);
    Set<String> people = MentionFinder.people(mentions);
    List<AnalyzedSentence> analyzed = new ArrayList<>(sentences.size());
    for (int i = 0; i < sentences.size(); i++) {
      Sentence sentence = sentences.get(i);
      List<Attribution> attributions =
          AttributionFinder.find(text, sentence.span(), tokens.get(i), people);
      analyzed.add(
          new AnalyzedSentence(
              sentence, tokens.get(i), mentions.get(i), attributions, List.of(), null));
    }
    return new AnalyzedArticle(article, QuotedWordsFinder.assign(text, quotes, analyzed));
  }

  /**
   * Returns the tokens of a plain text split into sentences as {@link #analyze(Article)} would, for
   * corpus statistics that need the same lemmas without the rest of the analysis.
   */
  List<Token> tokens(String plainText) {
    NlpPipeline nlp = pipelines.get();
    String text = NormalizedText.of(plainText);
    List<Token> tokens = new ArrayList<>();
    for (Span span : SentenceSplitter.split(nlp.sentences, text, new Span(0, text.length()))) {
      tokens.addAll(TokenAnnotator.annotate(nlp, text, span));
    }
    return tokens;
  }

  /**
   * Analyses an article and embeds every sentence, in batches.
   *
   * @param article the article
   * @param embedder the sentence embedder, typically a {@link CachingEmbedder}
   * @return its sentences in reading order, each with its unit-length embedding
   */
  public AnalyzedArticle analyze(Article article, SentenceEmbedder embedder) {
    AnalyzedArticle plain = analyze(article);
    List<String> texts = plain.sentences().stream().map(AnalyzedSentence::text).toList();
    float[][] vectors = texts.isEmpty() ? new float[0][] : embedder.embed(texts);
    List<AnalyzedSentence> embedded = new ArrayList<>(vectors.length);
    for (int i = 0; i < vectors.length; i++) {
      embedded.add(plain.sentences().get(i).withEmbedding(vectors[i]));
    }
    return new AnalyzedArticle(article, embedded);
  }
}
