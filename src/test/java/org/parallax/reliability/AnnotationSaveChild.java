package org.parallax.reliability;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.parallax.annotate.Anchorer;
import org.parallax.annotate.AnnotationStore;
import org.parallax.annotate.ArticleTexts;
import org.parallax.model.Article;
import org.parallax.model.ArticleId;
import org.parallax.model.Block;
import org.parallax.model.BlockKind;
import org.parallax.model.Span;

/**
 * The process the annotation crash test kills: saves annotations as fast as it can, printing after
 * each save how many the file holds.
 */
public final class AnnotationSaveChild {

  static final String TEXT =
      "Officials said the talks would resume next week. No date was set for the meeting.";

  private AnnotationSaveChild() {}

  static Article article() {
    return new Article(
        new ArticleId("talks"),
        1,
        "hash-talks",
        "Test Wire",
        null,
        "Talks",
        null,
        null,
        null,
        "en",
        TEXT,
        List.of(new Block(BlockKind.BODY, new Span(0, TEXT.length()))),
        null,
        Instant.EPOCH);
  }

  static ArticleTexts texts() {
    Article article = article();
    return new ArticleTexts() {
      @Override
      public Optional<Article> current(ArticleId id) {
        return Optional.of(article).filter(a -> a.id().equals(id));
      }

      @Override
      public Optional<Article> version(ArticleId id, String contentHash) {
        return current(id).filter(a -> a.contentHash().equals(contentHash));
      }

      @Override
      public Optional<Article> bySource(String targetSource) {
        return Optional.empty();
      }
    };
  }

  /**
   * Saves annotations into the annotations folder {@code args[0]} until killed.
   *
   * @param args the annotations folder
   */
  public static void main(String[] args) throws Exception {
    AnnotationStore store = AnnotationStore.open(Path.of(args[0]), texts(), Clock.systemUTC());
    Anchorer anchorer = new Anchorer();
    for (int i = 0; ; i++) {
      store.save(
          anchorer.annotate(
              article(),
              new Span(0, 8),
              List.of("needs-verification"),
              "note " + i + " " + "x".repeat(i % 500),
              "child",
              Instant.now()));
      // The total the file holds, so the parent's counts carry over from one process to the next.
      System.out.println("saved " + store.all().size());
      System.out.flush();
    }
  }
}
