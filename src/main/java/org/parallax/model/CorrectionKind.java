package org.parallax.model;

/** What an analyst's correction of a comparison changes. */
public enum CorrectionKind {
  /** The sentences on the two sides state the same claim: pair them. */
  LINK("link", "editing"),
  /** The sentences do not state the same claim: take them out of their pair. */
  UNLINK("unlink", "editing"),
  /** The pair's relation is {@code same}, {@code changed} or {@code different} (unlinked). */
  RELATION("relation", "editing"),
  /** A typed difference the engine found in the pair is no difference. */
  NOT_A_DIFFERENCE("not-a-difference", "editing"),
  /** A typed difference of the pair is of another type ({@code value} is {@code from>to}). */
  RETYPE("retype", "editing"),
  /** The derivation verdict is another one; a reason is required. */
  VERDICT("verdict", "assessing");

  private final String jsonName;
  private final String motivation;

  CorrectionKind(String jsonName, String motivation) {
    this.jsonName = jsonName;
    this.motivation = motivation;
  }

  /** Returns the name used in JSON and on the command line, such as {@code not-a-difference}. */
  public String jsonName() {
    return jsonName;
  }

  /**
   * Returns the W3C Web Annotation motivation: {@code editing} for a change of the alignment,
   * {@code assessing} for a judgement of the whole pair of reports.
   */
  public String motivation() {
    return motivation;
  }

  /** Returns the kind with this JSON name. */
  public static CorrectionKind ofJsonName(String name) {
    for (CorrectionKind kind : values()) {
      if (kind.jsonName.equals(name)) {
        return kind;
      }
    }
    throw new IllegalArgumentException("unknown correction kind: " + name);
  }
}
