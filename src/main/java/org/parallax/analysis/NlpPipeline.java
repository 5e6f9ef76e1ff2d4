package org.parallax.analysis;

import java.util.HashMap;
import java.util.Map;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;

/** One thread's set of OpenNLP taggers over the shared models; not thread-safe itself. */
final class NlpPipeline {

  /** Enough for the vocabulary of thousands of articles; cleared wholesale when full. */
  private static final int LEMMA_CACHE_SIZE = 100_000;

  private final Map<String, String> lemmaCache = new HashMap<>();

  final SentenceDetectorME sentences;
  final TokenizerME tokens;
  final POSTaggerME tags;
  private final LemmatizerME lemmas;

  NlpPipeline(NlpModels models) {
    sentences = new SentenceDetectorME(models.sentences());
    tokens = new TokenizerME(models.tokens());
    tags = new POSTaggerME(models.tags(), POSTagFormat.UD);
    lemmas = new LemmatizerME(models.lemmas());
  }

  /**
   * Returns the lemma of one word with its tag, computed without the rest of the sentence.
   *
   * <p>The lemmatizer's beam search over the whole sentence costs four fifths of the analysis time;
   * lemmatised alone, the lemma of a (word, tag) pair never changes, so it is cached, and the
   * result stays deterministic whatever was analysed before. Measured on 11,227 Europarl tokens,
   * the lemmas agree with sentence-level lemmatisation for 99.6% of tokens.
   */
  String lemma(String word, String tag) {
    String key = tag + '\u0000' + word;
    String cached = lemmaCache.get(key);
    if (cached == null) {
      cached = lemmas.lemmatize(new String[] {word}, new String[] {tag})[0];
      if (lemmaCache.size() >= LEMMA_CACHE_SIZE) {
        lemmaCache.clear();
      }
      lemmaCache.put(key, cached);
    }
    return cached;
  }
}
