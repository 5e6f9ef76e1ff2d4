package org.parallax.analysis;

import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;

/** One thread's set of OpenNLP taggers over the shared models; not thread-safe itself. */
final class NlpPipeline {

  final SentenceDetectorME sentences;
  final TokenizerME tokens;
  final POSTaggerME tags;
  final LemmatizerME lemmas;

  NlpPipeline(NlpModels models) {
    sentences = new SentenceDetectorME(models.sentences());
    tokens = new TokenizerME(models.tokens());
    tags = new POSTaggerME(models.tags(), POSTagFormat.UD);
    lemmas = new LemmatizerME(models.lemmas());
  }
}
