package org.parallax.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The four OpenNLP Universal Dependencies English models, read once from the classpath.
 *
 * <p>The models themselves are immutable and safe to share between threads; the {@code *ME} classes
 * that use them are not, so each thread builds its own (see {@link NlpPipeline}).
 */
record NlpModels(
    SentenceModel sentences, TokenizerModel tokens, POSModel tags, LemmatizerModel lemmas) {

  private static final String SENTENCES = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  private static final String TOKENS = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
  private static final String TAGS = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
  private static final String LEMMAS = "/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";

  /** Reads the models shipped in the {@code opennlp-models-*-en} jars. */
  static NlpModels load() {
    try {
      return new NlpModels(
          new SentenceModel(open(SENTENCES)),
          new TokenizerModel(open(TOKENS)),
          new POSModel(open(TAGS)),
          new LemmatizerModel(open(LEMMAS)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the OpenNLP English models", e);
    }
  }

  private static InputStream open(String resource) throws IOException {
    InputStream in = NlpModels.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IOException("model " + resource + " is not on the classpath");
    }
    return in;
  }
}
