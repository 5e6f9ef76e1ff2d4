package org.parallax.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.AnalyzedSentence;
import org.parallax.model.BlockKind;
import org.parallax.model.Comparison;
import org.parallax.model.DifferenceType;
import org.parallax.model.Published;
import org.parallax.model.Relation;
import org.parallax.model.Sentence;
import org.parallax.model.SentencePair;

class ComparisonEngineTest {

  private static final List<String> POOL =
      List.of(
          "Flooding forced 2,000 residents of riverside villages to leave their homes on Sunday.",
          "The regional governor declared a state of emergency across three northern districts.",
          "Rescue teams used helicopters to reach farmers stranded on rooftops near the dam.",
          "Meteorologists warned that heavy rainfall would continue through the coming week.",
          "The national railway suspended services between the capital and the coastal port.",
          "Hospital officials reported twelve injuries, most of them minor cuts and fractures.",
          "Insurance companies estimated damage to crops and warehouses at $40 million.",
          "Opposition lawmakers accused the ministry of ignoring engineers who flagged weak levees.",
          "Volunteers distributed blankets, bottled water and medicine at temporary school shelters.",
          "The president promised reconstruction funds during a televised address on Monday night.",
          "Electricity was restored to most neighbourhoods after engineers repaired a substation.",
          "Schools in the affected province will stay closed until the water recedes.");

  private final ComparisonEngine engine = ComparisonEngine.builder().build();

  @Test
  void aligningATextWithItselfIsAllSame() {
    AnalyzedArticle article = article("Wire", POOL);
    Comparison comparison = engine.compare(article, article);
    assertThat(comparison.pairs()).hasSize(POOL.size());
    assertThat(comparison.pairs()).allMatch(p -> p.relation() == Relation.SAME);
    assertThat(comparison.pairs()).allMatch(p -> p.left().equals(p.right()));
    assertThat(comparison.leftOnly()).isEmpty();
    assertThat(comparison.rightOnly()).isEmpty();
  }

  @Test
  void swappingSidesMirrorsTheResult() {
    long seed = seed();
    Random random = new Random(seed);
    for (int round = 0; round < 20; round++) {
      AnalyzedArticle left = article("Wire", sample(random, 8));
      AnalyzedArticle right = article("Daily", sample(random, 7));
      Comparison forward = engine.compare(left, right);
      Comparison backward = engine.compare(right, left);
      assertThat(mirrored(backward.pairs())).as("seed %d", seed).isEqualTo(pairs(forward.pairs()));
      assertThat(backward.leftOnly()).as("seed %d", seed).isEqualTo(forward.rightOnly());
      assertThat(backward.rightOnly()).as("seed %d", seed).isEqualTo(forward.leftOnly());
      assertThat(backward.derivation().verdict())
          .as("seed %d", seed)
          .isEqualTo(forward.derivation().verdict().mirrored());
      assertThat(backward.derivation().leftByRight()).isEqualTo(forward.derivation().rightByLeft());
    }
  }

  @Test
  void shufflingSentenceOrderKeepsThePairs() {
    long seed = seed();
    Random random = new Random(seed);
    List<String> original = new ArrayList<>(POOL);
    List<String> shuffled = new ArrayList<>(POOL);
    Collections.shuffle(shuffled, random);
    Comparison comparison = engine.compare(article("Wire", original), article("Daily", shuffled));
    assertThat(comparison.pairs()).as("seed %d", seed).hasSize(POOL.size());
    for (SentencePair pair : comparison.pairs()) {
      String leftText = original.get(pair.left().get(0));
      String rightText = shuffled.get(pair.right().get(0));
      assertThat(rightText).as("seed %d", seed).isEqualTo(leftText);
    }
  }

  @Test
  void everySentenceIsInExactlyOnePairOrOneSided() {
    long seed = seed();
    Random random = new Random(seed);
    for (int round = 0; round < 20; round++) {
      AnalyzedArticle left = article("Wire", sample(random, 1 + random.nextInt(10)));
      AnalyzedArticle right = article("Daily", sample(random, 1 + random.nextInt(10)));
      Comparison comparison = engine.compare(left, right);
      assertThat(partition(comparison, true))
          .as("seed %d", seed)
          .containsExactlyElementsOf(range(left.sentences().size()));
      assertThat(partition(comparison, false))
          .as("seed %d", seed)
          .containsExactlyElementsOf(range(right.sentences().size()));
    }
  }

  @Test
  void changedNumberIsChangedWithANumberDifference() {
    SentenceJudgement judgement =
        engine.judge(
            Sentences.of("Flooding forced 2,000 residents of riverside villages to leave."),
            Sentences.of("Flooding forced 3,500 residents of riverside villages to leave."));
    assertThat(judgement.relation()).isEqualTo(Relation.CHANGED);
    assertThat(judgement.differences()).anyMatch(d -> d.type() == DifferenceType.NUMBER);
  }

  @Test
  void changedNameIsChangedWithAnEntityDifference() {
    SentenceJudgement judgement =
        engine.judge(
            Sentences.of("On Monday the governor Maria Lopez declared a state of emergency."),
            Sentences.of("On Monday the governor Ana Ruiz declared a state of emergency."));
    assertThat(judgement.relation()).isEqualTo(Relation.CHANGED);
    assertThat(judgement.differences())
        .anyMatch(d -> d.type() == DifferenceType.ENTITY && d.left().contains("Lopez"));
  }

  @Test
  void saidAgainstMayIsAHedgeDifference() {
    SentenceJudgement judgement =
        engine.judge(
            Sentences.of("Officials said the railway suspended services to the coastal port."),
            Sentences.of("Officials said the railway may suspend services to the coastal port."));
    assertThat(judgement.relation()).isEqualTo(Relation.CHANGED);
    assertThat(judgement.differences())
        .anyMatch(d -> d.type() == DifferenceType.HEDGE && d.right().equals("may"));
  }

  @Test
  void negationAgainstAPrefixedOppositeIsNoNegationDifference() {
    SentenceJudgement judgement =
        engine.judge(
            Sentences.of("It was not clear where the railway would base its new locomotives."),
            Sentences.of("It was unclear where the railway would base its new locomotives."));
    assertThat(judgement.differences()).noneMatch(d -> d.type() == DifferenceType.NEGATION);
  }

  @Test
  void droppedNegationIsANegationDifference() {
    SentenceJudgement judgement =
        engine.judge(
            Sentences.of("The railway did not suspend services to the coastal port on Sunday."),
            Sentences.of("The railway did suspend services to the coastal port on Sunday."));
    assertThat(judgement.differences()).anyMatch(d -> d.type() == DifferenceType.NEGATION);
  }

  @Test
  void unrelatedSentencesAreDifferent() {
    SentenceJudgement judgement =
        engine.judge(Sentences.of(POOL.get(0)), Sentences.of(POOL.get(9)));
    assertThat(judgement.relation()).isNull();
    assertThat(judgement.relationName()).isEqualTo("different");
  }

  @Test
  void sentenceMergingTwoSourcesPairsWithBoth() {
    AnalyzedArticle left =
        article(
            "Wire",
            List.of(
                "Rescue teams used helicopters to reach farmers stranded on rooftops near the dam.",
                "The regional governor declared a state of emergency across three northern districts.",
                "Hospital officials reported twelve injuries, most of them minor cuts and fractures."));
    AnalyzedArticle right =
        article(
            "Daily",
            List.of(
                "Helicopters reached farmers stranded on rooftops near the dam, and hospital"
                    + " officials reported twelve injuries, mostly minor cuts."));
    Comparison comparison = engine.compare(left, right);
    assertThat(comparison.pairs()).hasSize(1);
    assertThat(comparison.pairs().get(0).left()).containsExactly(0, 2);
    assertThat(comparison.leftOnly()).containsExactly(1);
  }

  @Test
  void headingNeverMergesWithBodySentences() {
    AnalyzedArticle body =
        article(
            "Wire",
            List.of(
                "Rescue teams used helicopters to reach farmers stranded on rooftops near the dam.",
                "The regional governor declared a state of emergency across three northern districts.",
                "Hospital officials reported twelve injuries, most of them minor cuts and fractures."));
    AnalyzedSentence third = body.sentences().get(2);
    AnalyzedSentence asHeading =
        new AnalyzedSentence(
            new Sentence(third.n(), third.sentence().span(), third.text(), BlockKind.HEADING),
            third.tokens(),
            third.mentions(),
            third.attributions(),
            third.quotes(),
            third.embedding());
    AnalyzedArticle left = Sentences.replace(body, 2, asHeading);
    AnalyzedArticle right =
        article(
            "Daily",
            List.of(
                "Helicopters reached farmers stranded on rooftops near the dam, and hospital"
                    + " officials reported twelve injuries, mostly minor cuts."));
    Comparison comparison = engine.compare(left, right);
    // Either sentence may pair on its own, but never the heading together with a body sentence.
    assertThat(comparison.pairs()).singleElement().extracting(p -> p.left().size()).isEqualTo(1);
  }

  @Test
  void laterReportRestatingAnEarlierOneDerivesFromIt() {
    AnalyzedArticle left = article("Wire", POOL, LocalDate.of(2026, 3, 9));
    AnalyzedArticle right = article("Daily", POOL.subList(0, 8), LocalDate.of(2026, 3, 10));
    Comparison comparison = engine.compare(left, right);
    assertThat(comparison.derivation().verdict().jsonName()).isEqualTo("right-derives-from-left");
    assertThat(comparison.derivation().credited()).isFalse();
  }

  @Test
  void settingsNameTheThresholds() {
    assertThat(engine.settings()).containsKeys("alignThreshold", "modelWithMeaning");
  }

  private static long seed() {
    long seed = Long.getLong("parallax.test.seed", System.nanoTime());
    System.err.println("seed " + seed + " (replay with -Dparallax.test.seed=" + seed + ")");
    return seed;
  }

  private static List<String> sample(Random random, int size) {
    List<String> copy = new ArrayList<>(POOL);
    Collections.shuffle(copy, random);
    return copy.subList(0, Math.min(size, copy.size()));
  }

  private static AnalyzedArticle article(String outlet, List<String> sentences) {
    return article(outlet, sentences, null);
  }

  private static AnalyzedArticle article(String outlet, List<String> sentences, LocalDate date) {
    return Sentences.article(outlet, date == null ? null : Published.on(date), sentences);
  }

  private static List<String> pairs(List<SentencePair> pairs) {
    List<String> result = new ArrayList<>();
    for (SentencePair p : pairs) {
      result.add(p.left() + "-" + p.right() + "@" + p.similarity());
    }
    Collections.sort(result);
    return result;
  }

  private static List<String> mirrored(List<SentencePair> pairs) {
    List<String> result = new ArrayList<>();
    for (SentencePair p : pairs) {
      result.add(p.right() + "-" + p.left() + "@" + p.similarity());
    }
    Collections.sort(result);
    return result;
  }

  private static List<Integer> partition(Comparison comparison, boolean left) {
    List<Integer> all = new ArrayList<>(left ? comparison.leftOnly() : comparison.rightOnly());
    for (SentencePair p : comparison.pairs()) {
      all.addAll(left ? p.left() : p.right());
    }
    Collections.sort(all);
    return all;
  }

  private static List<Integer> range(int size) {
    return new ArrayList<>(
        new TreeSet<>(java.util.stream.IntStream.range(0, size).boxed().toList()));
  }
}
