package org.parallax.model;

/**
 * One article found by a search or a related-reports query.
 *
 * @param id the article
 * @param outlet its outlet, null when unknown
 * @param title its title, null when unknown
 * @param published when it was published, null when unknown
 * @param score relevance in [0, 1], higher first
 * @param snippet a short extract with matched words wrapped in {@code <b>} and {@code </b>} (all
 *     other text escaped for HTML), or plain text when nothing matched
 * @param fileName the name of the file it came from; null when pasted or indexed before the name
 *     was kept
 */
public record SearchHit(
    ArticleId id,
    String outlet,
    String title,
    Published published,
    double score,
    String snippet,
    String fileName) {

  /**
   * Returns what to call the article in a list: its title, else its file name (see {@link Titles}).
   */
  public String displayTitle() {
    return Titles.display(title, fileName);
  }
}
