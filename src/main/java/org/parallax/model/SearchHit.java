package org.parallax.model;

/**
 * One article found by a search or a related-reports query: a row of the library.
 *
 * @param id the article
 * @param outlet its outlet, null when unknown
 * @param title its title, null when unknown
 * @param published when it was published, null when unknown
 * @param score relevance in [0, 1], higher first
 * @param snippet a short extract with matched words wrapped in {@code <b>} and {@code </b>} (all
 *     other text escaped for HTML), or plain text when nothing matched; empty in a listing of every
 *     match ({@code browse}), which highlights nothing
 * @param fileName the name of the file it came from; null when pasted or indexed before the name
 *     was kept
 * @param details what the library table shows beyond the above
 */
public record SearchHit(
    ArticleId id,
    String outlet,
    String title,
    Published published,
    double score,
    String snippet,
    String fileName,
    Details details) {

  /**
   * Returns what to call the article in a list: its title, else its file name (see {@link Titles}).
   */
  public String displayTitle() {
    return Titles.display(title, fileName);
  }

  /**
   * The columns of the library table that a search does not otherwise need.
   *
   * @param listedTitle the title, or for a report without one its opening sentence ({@link
   *     Titles#listed})
   * @param byline the author(s) as printed, null when absent
   * @param words how many words the text holds
   * @param versions how many versions of the story are stored (the current one's number)
   */
  public record Details(String listedTitle, String byline, int words, int versions) {

    /** Returns the details of an article as stored. */
    public static Details of(Article article) {
      return new Details(
          Titles.listed(article),
          article.byline(),
          WordCount.of(article.text()),
          article.version());
    }
  }
}
