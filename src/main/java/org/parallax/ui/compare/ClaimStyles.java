package org.parallax.ui.compare;

/** The CSS style classes the comparison panes use, named once so view, tests and CSS agree. */
final class ClaimStyles {

  /** Every sentence paragraph. */
  static final String CLAIM = "claim";

  /** A sentence restated on the other side with nothing material changed. */
  static final String SHARED = "claim-shared";

  /** A sentence shared but changed. */
  static final String CHANGED = "claim-changed";

  /** A sentence found on this side only. */
  static final String ONLY_HERE = "claim-only";

  /** A one-sided sentence that gives no source. */
  static final String UNSOURCED = "claim-unsourced";

  /** A sub-heading. */
  static final String HEADING = "claim-heading";

  /** A photo caption or credit. */
  static final String CAPTION = "claim-caption";

  /** The sentence(s) of the selected pair. */
  static final String SELECTED = "claim-selected";

  /** Words of a changed pair that the right side lacks (shown on the left). */
  static final String WORD_DROPPED = "word-dropped";

  /** Words of a changed pair that the left side lacks (shown on the right). */
  static final String WORD_ADDED = "word-added";

  /** A quotation copied word for word. */
  static final String QUOTE_VERBATIM = "quote-verbatim";

  /** A quotation whose wording or extent changed. */
  static final String QUOTE_ALTERED = "quote-altered";

  /** Words in runs that recur across many stories of the workspace: no evidence of copying. */
  static final String BOILERPLATE = "boilerplate";

  private ClaimStyles() {}
}
