package org.parallax.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parallax.model.Relation;
import org.parallax.model.SentencePair;
import org.parallax.model.Span;
import org.parallax.model.WordDiff;

class RelationWordsTest {

  @Test
  void samePairWhoseWordingDiffersReadsAsReworded() {
    WordDiff words = new WordDiff(List.of(new Span(4, 12)), List.of());
    assertThat(ClaimWords.relation(pair(Relation.SAME, words))).isEqualTo("shared, reworded");
  }

  @Test
  void samePairWithIdenticalWordingReadsAsShared() {
    assertThat(ClaimWords.relation(pair(Relation.SAME, WordDiff.none()))).isEqualTo("shared");
  }

  @Test
  void changedPairReadsAsChangedWhateverItsWording() {
    WordDiff words = new WordDiff(List.of(new Span(4, 12)), List.of());
    assertThat(ClaimWords.relation(pair(Relation.CHANGED, words))).isEqualTo("shared, changed");
  }

  private static SentencePair pair(Relation relation, WordDiff words) {
    return new SentencePair(List.of(0), List.of(0), relation, 0.9, Map.of(), List.of(), words);
  }
}
