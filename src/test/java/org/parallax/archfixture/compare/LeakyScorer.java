package org.parallax.archfixture.compare;

import org.apache.lucene.util.BytesRef;

/** A deliberate breach of the rules: a comparison class that reaches into Lucene. */
public final class LeakyScorer {

  /** Returns the length of a term as Lucene stores it. */
  public int termLength(String term) {
    return new BytesRef(term).length;
  }
}
