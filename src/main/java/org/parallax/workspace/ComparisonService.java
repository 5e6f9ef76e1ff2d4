package org.parallax.workspace;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.parallax.analysis.CachingEmbedder;
import org.parallax.analysis.IdfTable;
import org.parallax.analysis.MiniLmEmbedder;
import org.parallax.analysis.SentenceEmbedder;
import org.parallax.analysis.TextAnalyzer;
import org.parallax.compare.ComparisonEngine;
import org.parallax.compare.SentenceJudgement;
import org.parallax.compare.StockPhrases;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.AnalyzedSentence;
import org.parallax.model.Article;
import org.parallax.model.ArticleId;
import org.parallax.model.Comparison;
import org.parallax.model.Relation;
import org.parallax.model.SentencePair;
import org.parallax.model.Sha256;
import org.parallax.model.WordDiff;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The comparer the window and the command line share: analysis, sentence embeddings and the
 * comparison engine with Parallax's English IDF table, wired once.
 *
 * <p>Models load lazily, on the first comparison, so a command that never compares pays nothing.
 * Analyses are cached by content hash and blocks (so an article compared with many others is
 * analysed once) and embeddings by sentence text. Thread-safe.
 */
public final class ComparisonService implements Comparer {

  /**
   * The most words an article may have to be analysed or compared. Alignment judges every sentence
   * of one report against every sentence of the other, so time grows with the product of the
   * lengths: two articles of 10,000 words took about 16 s of comparison on a loaded 2-core machine,
   * and an article of a million words would take hours or run out of memory. Long-form features
   * rarely pass 15,000 words.
   */
  public static final int MAX_WORDS = 20_000;

  private static final Logger LOG = LoggerFactory.getLogger(ComparisonService.class);
  private static final int ANALYSES_KEPT = 256;
  private static final int SENTENCES_KEPT = 50_000;
  private static final String WARM_UP_LEFT =
      "The minister said on Monday that 40 people had been hurt in Paris.";
  private static final String WARM_UP_RIGHT =
      "Forty people were injured in Paris, the interior minister told reporters on Monday.";

  private final boolean useEmbeddings;
  private final Map<String, AnalyzedArticle> analyses =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, AnalyzedArticle> eldest) {
          return size() > ANALYSES_KEPT;
        }
      };
  private volatile Engines engines;

  private ComparisonService(boolean useEmbeddings) {
    this.useEmbeddings = useEmbeddings;
  }

  /** Returns a service that uses every signal, sentence embeddings included. */
  public static ComparisonService withEmbeddings() {
    return new ComparisonService(true);
  }

  /** Returns a service that compares with the lexical signals only (faster, no model to load). */
  public static ComparisonService withoutEmbeddings() {
    return new ComparisonService(false);
  }

  @Override
  public Comparison compare(Article left, Article right) {
    return compare(left, right, StockPhrases.NONE);
  }

  @Override
  public Comparison compare(Article left, Article right, StockPhrases stock) {
    return compareOn(engines().engine, left, right, stock);
  }

  private Comparison compareOn(
      ComparisonEngine engine, Article left, Article right, StockPhrases stock) {
    requireComparable(left);
    requireComparable(right);
    return engine.compare(analyze(left), analyze(right), stock);
  }

  /** Returns a builder of the product engine: the English IDF table, embeddings when asked. */
  static ComparisonEngine.Builder engineBuilder(boolean useEmbeddings) {
    IdfTable idf = IdfTable.english();
    return ComparisonEngine.builder().idf(idf.asMap(), idf.maxIdf()).useEmbeddings(useEmbeddings);
  }

  /**
   * Returns the article analysed (with embeddings when the service uses them), from cache.
   *
   * @throws ArticleTooLongException when it has more than {@link #MAX_WORDS} words
   */
  public AnalyzedArticle analyze(Article article) {
    requireComparable(Objects.requireNonNull(article, "article"));
    String key = article.contentHash() + "|" + article.blocks().hashCode();
    AnalyzedArticle cached;
    synchronized (analyses) {
      cached = analyses.get(key);
    }
    if (cached != null && cached.article().blocks().equals(article.blocks())) {
      // The same text with other metadata (id, outlet) reuses the sentences, not the article.
      return cached.article().equals(article)
          ? cached
          : new AnalyzedArticle(article, cached.sentences());
    }
    Engines loaded = engines();
    AnalyzedArticle analyzed =
        loaded.embedder == null
            ? loaded.analyzer.analyze(article)
            : loaded.analyzer.analyze(article, loaded.embedder);
    synchronized (analyses) {
      analyses.put(key, analyzed);
    }
    return analyzed;
  }

  /**
   * Judges two sentences as the alignment would.
   *
   * @param left a sentence of the left report
   * @param right a sentence of the right report
   */
  public SentenceJudgement judge(AnalyzedSentence left, AnalyzedSentence right) {
    return engines().engine.judge(left, right);
  }

  /**
   * Judges two texts (usually one sentence each) as the alignment of two reports holding only them
   * would: the score and relation of their pair, or, when the alignment pairs nothing, the best
   * sentence score with no relation (different claims).
   *
   * @param leftText the left text
   * @param rightText the right text
   */
  public SentenceJudgement judgeTexts(String leftText, String rightText) {
    AnalyzedArticle left = analyze(textArticle(leftText));
    AnalyzedArticle right = analyze(textArticle(rightText));
    Comparison comparison = engines().engine.compare(left, right);
    SentencePair best =
        comparison.pairs().stream()
            .max(Comparator.comparingDouble(SentencePair::similarity))
            .orElse(null);
    if (best != null) {
      return new SentenceJudgement(
          best.similarity(), best.signals(), best.relation(), best.differences(), best.words());
    }
    SentenceJudgement closest = null;
    for (AnalyzedSentence a : left.sentences()) {
      for (AnalyzedSentence b : right.sentences()) {
        SentenceJudgement judgement = judge(a, b);
        if (closest == null || judgement.score() > closest.score()) {
          closest = judgement;
        }
      }
    }
    return closest == null
        ? new SentenceJudgement(0.0, Map.of(), null, List.of(), WordDiff.none())
        : new SentenceJudgement(
            closest.score(), closest.signals(), null, List.of(), WordDiff.none());
  }

  /**
   * Returns a comparer that applies a workspace's corrections over this service's results: the one
   * place corrections meet the engine, so the window, the command line, the batch, the reports and
   * the events matrix all show the corrected result.
   *
   * @param corrections the workspace's corrections
   */
  public Comparer correctedBy(WorkspaceCorrections corrections) {
    // The workspace's calibration, when it has one, is read once: the engine it builds is the
    // engine of every comparison this comparer makes (window, compare, batch, reports, events).
    Optional<Calibration> calibration = corrections.calibration();
    return new Comparer() {
      private volatile ComparisonEngine calibrated;

      @Override
      public Comparison compare(Article left, Article right) {
        return compare(left, right, StockPhrases.NONE);
      }

      @Override
      public Comparison compare(Article left, Article right, StockPhrases stock) {
        Comparison machine =
            calibration.isEmpty()
                ? ComparisonService.this.compare(left, right, stock)
                : compareOn(engine(), left, right, stock);
        return corrections.apply(machine, ComparisonService.this::judgeLinked);
      }

      private ComparisonEngine engine() {
        ComparisonEngine engine = calibrated;
        if (engine == null) {
          engine = calibration.orElseThrow().applyTo(engineBuilder(useEmbeddings)).build();
          calibrated = engine;
        }
        return engine;
      }

      @Override
      public void warmUp() {
        ComparisonService.this.warmUp();
      }
    };
  }

  /**
   * Judges sentences an analyst linked: the pair takes the judgement of its closest two sentences
   * (for one sentence on each side, exactly the engine's judgement of them).
   */
  SentencePair judgeLinked(Comparison comparison, List<Integer> left, List<Integer> right) {
    SentenceJudgement best = null;
    for (int l : left) {
      for (int r : right) {
        SentenceJudgement judgement =
            judge(comparison.left().sentences().get(l), comparison.right().sentences().get(r));
        if (best == null || judgement.score() > best.score()) {
          best = judgement;
        }
      }
    }
    Relation relation = best.relation() == null ? Relation.CHANGED : best.relation();
    return new SentencePair(
        left, right, relation, best.score(), best.signals(), best.differences(), best.words());
  }

  /** Refuses, before any work, an article longer than {@link #MAX_WORDS} words. */
  private static void requireComparable(Article article) {
    String text = article.text();
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length() && words <= MAX_WORDS; i++) {
      boolean space = Character.isWhitespace(text.charAt(i));
      if (!space && !inWord) {
        words++;
      }
      inWord = !space;
    }
    if (words > MAX_WORDS) {
      throw new ArticleTooLongException(article, MAX_WORDS);
    }
  }

  /**
   * Loads the models and runs them once on a short text, so the JIT and the model sessions are
   * ready before the first real comparison.
   */
  @Override
  public void warmUp() {
    long start = System.nanoTime();
    judgeTexts(WARM_UP_LEFT, WARM_UP_RIGHT);
    LOG.info("comparison engine warmed up in {} ms", (System.nanoTime() - start) / 1_000_000);
  }

  /** Returns whether the models are loaded. */
  boolean loaded() {
    return engines != null;
  }

  /** Returns a pasted-text article holding {@code text} as one body paragraph. */
  private static Article textArticle(String text) {
    String hash = Sha256.of(text);
    return Article.ofText(new ArticleId("text-" + hash.substring(0, 16)), hash, text);
  }

  /** Returns the engine's settings by name, loading the engine if needed. */
  public Map<String, String> settings() {
    return engines().engine.settings();
  }

  private Engines engines() {
    Engines loaded = engines;
    if (loaded == null) {
      synchronized (this) {
        loaded = engines;
        if (loaded == null) {
          loaded = Engines.load(useEmbeddings);
          engines = loaded;
        }
      }
    }
    return loaded;
  }

  /** The loaded parts, published together once complete. */
  private record Engines(
      TextAnalyzer analyzer, SentenceEmbedder embedder, ComparisonEngine engine) {

    static Engines load(boolean useEmbeddings) {
      long start = System.nanoTime();
      ComparisonEngine engine = engineBuilder(useEmbeddings).build();
      SentenceEmbedder embedder =
          useEmbeddings ? new CachingEmbedder(new MiniLmEmbedder(), SENTENCES_KEPT) : null;
      TextAnalyzer analyzer = TextAnalyzer.create();
      LOG.debug(
          "Comparison engine ready in {} ms (embeddings: {})",
          (System.nanoTime() - start) / 1_000_000,
          useEmbeddings);
      return new Engines(analyzer, embedder, engine);
    }
  }
}
