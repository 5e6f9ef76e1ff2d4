package org.parallax.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdfTableTest {

  private final IdfTable table = IdfTable.english();

  @Test
  void functionWordsWeighLessThanContentWords() {
    assertThat(table.idf("the")).isLessThan(table.idf("government"));
    assertThat(table.idf("government")).isLessThan(table.idf("sanction"));
  }

  @Test
  void unseenLemmaGetsTheMaximum() {
    assertThat(table.idf("jihadist-drone-xyz")).isEqualTo(table.maxIdf());
    assertThat(table.asMap().values()).allMatch(v -> v < table.maxIdf());
  }

  @Test
  void looksUpInLowerCase() {
    assertThat(table.idf("Government")).isEqualTo(table.idf("government"));
  }

  @Test
  void isBuiltFromOverAThousandEnglishDocuments() {
    assertThat(table.documents()).isGreaterThan(1000);
    assertThat(table.asMap()).hasSizeGreaterThan(4000);
  }

  @Test
  void recognisesEnglishByItsFunctionWords() {
    assertThat(IdfTableGenerator.isEnglish("The committee has voted on the report of the house."))
        .isTrue();
    assertThat(IdfTableGenerator.isEnglish("La commissione ha votato la relazione in esame."))
        .isFalse();
  }
}
