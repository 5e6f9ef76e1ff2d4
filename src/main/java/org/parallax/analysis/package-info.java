/**
 * Turns an article's text into analysed sentences: sentence boundaries with offsets, tokens,
 * lemmas, mentions, attributions, quotes and sentence embeddings.
 *
 * <p>{@link org.parallax.analysis.TextAnalyzer} is the entry point: OpenNLP's Universal
 * Dependencies English models find sentences (corrected by a repair pass for abbreviations,
 * initials, decimals and closing quotes), tokens, parts of speech and lemmas; word lists and
 * patterns find names, titles, quantities, dates, who a claim is credited to and quotations. {@link
 * org.parallax.analysis.SentenceEmbedder} embeds sentences ({@link
 * org.parallax.analysis.MiniLmEmbedder}, cached by {@link org.parallax.analysis.CachingEmbedder});
 * {@link org.parallax.analysis.IdfTable} holds lemma weights built into Parallax.
 *
 * <p>Depends only on the model and on the NLP libraries (OpenNLP, ONNX Runtime; the MiniLM weights
 * and vocabulary are read from the langchain4j jars, whose classes the product does not call).
 * Deterministic: the same article always gives the same sentences and the same vectors.
 */
package org.parallax.analysis;
