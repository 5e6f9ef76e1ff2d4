package org.parallax.model;

/** Names an article in a list: by its title, else by the file it came from. */
public final class Titles {

  /** What an article with neither a title nor a file (pasted text) is called. */
  public static final String UNTITLED = "(no title)";

  private Titles() {}

  /**
   * Returns the title when there is one, else the file name, else {@link #UNTITLED}, so that forty
   * untitled files read as forty names rather than forty "(no title)".
   *
   * @param title the article's title, or null
   * @param fileName the name of its source file, or null
   */
  public static String display(String title, String fileName) {
    if (title != null && !title.isBlank()) {
      return title.strip();
    }
    if (fileName != null && !fileName.isBlank()) {
      return fileName;
    }
    return UNTITLED;
  }

  /** Returns what to call an article in a list (see {@link #display(String, String)}). */
  public static String of(Article article) {
    return display(article.title(), article.source() == null ? null : article.source().name());
  }
}
