package org.parallax.compare;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What an engine was built with, read by every part of one comparison: the word weights, whether
 * embeddings count, the thresholds of the alignment, the least passage, what makes a detail
 * material, and the models that combine signals into a score and copy signals into reuse.
 *
 * @param weights IDF weights of words
 * @param useEmbeddings whether the embedding signal is used where sentences carry embeddings
 * @param alignThreshold least score with embeddings for two claims to be the same, in [0, 1]
 * @param lexicalAlignThreshold the same for the lexical score, in [0, 1]
 * @param mergeContainment least share of a sentence's content another must hold for it to merge
 * @param wordsFloor least word overlap two claims need to be the same, in [0, 1]
 * @param passageWords least length, in words, of a verbatim passage
 * @param materialShare IDF weight, as a share of the largest, that makes a detail material
 * @param withMeaning combines signals that include the embedding cosine
 * @param lexical combines signals without it
 * @param reuseModel combines copy signals into reuse
 */
record EngineSettings(
    WordWeights weights,
    boolean useEmbeddings,
    double alignThreshold,
    double lexicalAlignThreshold,
    double mergeContainment,
    double wordsFloor,
    int passageWords,
    double materialShare,
    SimilarityModel withMeaning,
    SimilarityModel lexical,
    ReuseModel reuseModel) {

  /** Returns the settings by name, for the provenance every comparison carries. */
  Map<String, String> describe() {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("engine", "parallax-compare/1");
    settings.put("idfWords", Integer.toString(weights.size()));
    settings.put("maxIdf", format(weights.maxIdf()));
    settings.put("useEmbeddings", Boolean.toString(useEmbeddings));
    settings.put("alignThreshold", format(alignThreshold));
    settings.put("lexicalAlignThreshold", format(lexicalAlignThreshold));
    settings.put("mergeContainment", format(mergeContainment));
    settings.put("wordsFloor", format(wordsFloor));
    settings.put("passageWords", Integer.toString(passageWords));
    settings.put("materialShare", format(materialShare));
    settings.put("modelWithMeaning", withMeaning.describe());
    settings.put("modelLexical", lexical.describe());
    settings.put("reuseModel", reuseModel.describe());
    return settings;
  }

  private static String format(double value) {
    return String.format(Locale.ROOT, "%.4f", value);
  }
}
