package org.parallax.model;

/** Shortens text for a one-line label: at a word boundary, with an ellipsis when cut. */
public final class ShortText {

  private ShortText() {}

  /**
   * Returns {@code text} with its whitespace flattened, cut at the last space before {@code
   * maxChars} (or at {@code maxChars} when there is none) and ended with "…" when it was longer.
   *
   * @param text the text
   * @param maxChars the most chars kept before the ellipsis
   */
  public static String cut(String text, int maxChars) {
    String flat = text.replaceAll("\\s+", " ").strip();
    if (flat.length() <= maxChars) {
      return flat;
    }
    int space = flat.lastIndexOf(' ', maxChars);
    return flat.substring(0, space > 0 ? space : maxChars) + "…";
  }
}
