package org.parallax.evaluation;

import org.parallax.model.Article;

/**
 * One ECB+ document as an article, with its gold event labels.
 *
 * @param name the document id, such as {@code 1_10ecb} (file name without {@code .xml})
 * @param topic the topic number (1 to 45)
 * @param subTopic {@code ecb} for the original ECB event, {@code ecbplus} for the second event
 * @param article the document's text as an article
 */
public record EcbPlusDocument(String name, int topic, String subTopic, Article article) {

  /** Returns true when the other document reports the same event (same topic and sub-topic). */
  public boolean sameEventAs(EcbPlusDocument other) {
    return topic == other.topic && subTopic.equals(other.subTopic);
  }

  /** Returns true when the other document is a hard negative: same topic, other event. */
  public boolean hardNegativeFor(EcbPlusDocument other) {
    return topic == other.topic && !subTopic.equals(other.subTopic);
  }
}
