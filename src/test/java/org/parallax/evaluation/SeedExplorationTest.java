package org.parallax.evaluation;

import org.junit.jupiter.api.Test;
import org.parallax.analysis.MiniLmEmbedder;
import org.parallax.analysis.TextAnalyzer;
import org.parallax.compare.ComparisonEngine;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.AnalyzedSentence;
import org.parallax.model.Comparison;
import org.parallax.model.SentencePair;

class SeedExplorationTest {
  @Test
  void explore() throws Exception {
    TextAnalyzer analyzer = TextAnalyzer.create();
    MiniLmEmbedder embedder = new MiniLmEmbedder();
    AnalyzedArticle l = analyzer.analyze(SeedPair.reuters(), embedder);
    AnalyzedArticle r = analyzer.analyze(SeedPair.diplomat(), embedder);
    for (AnalyzedArticle a : new AnalyzedArticle[] {l, r}) {
      for (AnalyzedSentence s : a.sentences()) {
        System.out.println(s.n() + " [" + s.sentence().kind() + "] " + s.text());
        System.out.println("   M " + s.mentions().stream().map(m -> m.type() + ":" + m.text() + "=" + m.normalized()).toList());
        System.out.println("   A " + s.attributions().stream().map(x -> x.kind() + ":" + x.source() + "/" + x.cue()).toList());
        System.out.println("   Q " + s.quotes().stream().map(x -> x.text()).toList());
      }
    }
    Comparison c = Engines.standard(true).compare(l, r);
    for (SentencePair p : c.pairs()) {
      System.out.printf("%s <-> %s %s %.3f %s%n", p.left(), p.right(), p.relation(), p.similarity(), p.signals());
      p.differences().forEach(d -> System.out.println("     " + d.type() + " | " + d.left() + " | " + d.right() + " | " + d.explanation()));
    }
    System.out.println("leftOnly " + c.leftOnly() + " rightOnly " + c.rightOnly());
    System.out.println("unsourced " + c.leftUnsourced() + " " + c.rightUnsourced());
    c.quotes().forEach(q -> System.out.println("Q " + q.change() + " " + q.left() + q.right() + " " + q.leftText() + " || " + q.rightText()));
    c.passages().forEach(p -> System.out.println("P " + p.words() + " " + p.text()));
    System.out.println(c.derivation());
    var e = Engines.standard(true);
    for (int[] ij : new int[][] {{28, 11}, {8, 4}, {27, 10}, {28, 10}, {30, 1}, {29, 12}}) {
      var j = e.judge(l.sentences().get(ij[0]), r.sentences().get(ij[1]));
      System.out.println("J " + ij[0] + "-" + ij[1] + " " + j.score() + " " + j.signals() + " " + j.relationName());
    }
  }
}
