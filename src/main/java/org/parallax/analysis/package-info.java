/**
 * Turns an article's text into analysed sentences: sentence boundaries with offsets, tokens,
 * lemmas, mentions, attributions, quotes and sentence embeddings.
 *
 * <p>Depends only on the model and on the NLP libraries (OpenNLP, ONNX runtime through the
 * embedding model). Deterministic: the same article always gives the same sentences.
 */
package org.parallax.analysis;
