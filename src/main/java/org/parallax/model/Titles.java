package org.parallax.model;

import java.util.List;

/** Names an article in a list: by its title, else by its opening sentence or its file. */
public final class Titles {

  /** What an article with neither a title nor a file (pasted text) is called. */
  public static final String UNTITLED = "(no title)";

  /** What a report with no title and no text is called where its opening would stand. */
  public static final String NO_OPENING = "Untitled report";

  /** Longest opening sentence shown in place of a headline, in chars. */
  public static final int MAX_OPENING_CHARS = 90;

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

  /**
   * Returns what the library calls an article: its title, else the opening sentence of its first
   * paragraph (plain wire text has no headline, and a file name such as {@code 0001.txt} says
   * nothing), else its file name.
   */
  public static String listed(Article article) {
    if (article.title() != null && !article.title().isBlank()) {
      return article.title().strip();
    }
    List<String> paragraphs = article.paragraphs();
    if (!paragraphs.isEmpty() && !paragraphs.get(0).isBlank()) {
      return opening(paragraphs.get(0));
    }
    return of(article);
  }

  /**
   * Returns the first sentence of a text, cut at a word near {@link #MAX_OPENING_CHARS}; {@link
   * #NO_OPENING} when the text is blank.
   */
  public static String opening(String text) {
    String flat = text.replaceAll("\\s+", " ").replace(" …", "").strip();
    if (flat.isEmpty()) {
      return NO_OPENING;
    }
    int sentenceEnd = sentenceEnd(flat);
    String first = sentenceEnd > 0 ? flat.substring(0, sentenceEnd + 1) : flat;
    return ShortText.cut(first, MAX_OPENING_CHARS);
  }

  /**
   * Returns the index of the full stop ending the first sentence, or -1: a stop after a lower-case
   * letter or a digit and before a capital, so "U.S." or "Mr." inside the sentence does not end it.
   */
  private static int sentenceEnd(String text) {
    for (int i = 1; i + 2 < text.length(); i++) {
      if (text.charAt(i) == '.'
          && text.charAt(i + 1) == ' '
          && Character.isUpperCase(text.charAt(i + 2))
          && (Character.isLowerCase(text.charAt(i - 1)) || Character.isDigit(text.charAt(i - 1)))) {
        return i;
      }
    }
    return -1;
  }
}
