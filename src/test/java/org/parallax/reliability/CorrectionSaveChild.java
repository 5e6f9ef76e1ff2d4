package org.parallax.reliability;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.parallax.annotate.Anchorer;
import org.parallax.annotate.CorrectionStore;
import org.parallax.model.Article;
import org.parallax.model.Correction;
import org.parallax.model.CorrectionKind;
import org.parallax.model.CorrectionSide;
import org.parallax.model.Span;

/**
 * The process the correction crash test kills: saves corrections as fast as it can, printing after
 * each save how many the file holds.
 */
public final class CorrectionSaveChild {

  private CorrectionSaveChild() {}

  /**
   * Saves corrections into the annotations folder {@code args[0]} until killed.
   *
   * @param args the annotations folder
   */
  public static void main(String[] args) throws Exception {
    CorrectionStore store =
        CorrectionStore.open(Path.of(args[0]), AnnotationSaveChild.texts(), Clock.systemUTC());
    Article article = AnnotationSaveChild.article();
    Anchorer anchorer = new Anchorer();
    CorrectionSide first =
        new CorrectionSide(
            article.id(),
            "urn:parallax:article:talks",
            article.contentHash(),
            List.of(anchorer.passage(article.text(), new Span(0, 48))));
    CorrectionSide second =
        new CorrectionSide(
            article.id(),
            "urn:parallax:article:talks",
            article.contentHash(),
            List.of(anchorer.passage(article.text(), new Span(49, article.text().length()))));
    for (int i = 0; ; i++) {
      store.save(
          new Correction(
              "urn:uuid:child-" + ProcessHandle.current().pid() + "-" + i,
              CorrectionKind.VERDICT,
              first,
              second,
              "independent",
              "reason " + i + " " + "x".repeat(i % 500),
              "child",
              Instant.now()));
      System.out.println("saved " + store.all().size());
      System.out.flush();
    }
  }
}
