package org.parallax.syndication;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.compare.ComparisonEngine;
import org.parallax.compare.CoverageBound;
import org.parallax.compare.ReuseModel;
import org.parallax.compare.StockPhrases;
import org.parallax.index.ArticleIndex;
import org.parallax.model.AnalyzedSentence;
import org.parallax.model.Article;
import org.parallax.model.ArticleId;
import org.parallax.model.Comparison;
import org.parallax.model.Derivation;
import org.parallax.model.VerbatimPassage;
import org.parallax.model.Verdict;
import org.parallax.syndication.pure.FingerprintTable;
import org.parallax.syndication.pure.FingerprintTable.Overlap;
import org.parallax.workspace.Calibration;
import org.parallax.workspace.EmbeddingComparer;
import org.parallax.workspace.JsonFiles;
import org.parallax.workspace.LexicalComparer;
import org.parallax.workspace.Workspace;
import org.parallax.workspace.WorkspaceBoilerplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds, over a whole workspace, every pair in which one report derives from another.
 *
 * <p>The fingerprints (sampled word shingles) of every report are read from the index once into a
 * {@link FingerprintTable}; each article's candidates are the reports sharing at least {@value
 * #MIN_SHARED} of them. Each distinct pair is then verified once by the lexical comparison engine,
 * the earlier report on the left. Derivations and common-source pairs are kept. Cost grows with the
 * number of articles and of candidates, never with all pairs.
 *
 * <p>With an {@link EmbeddingComparer}, a pair is compared again with sentence embeddings when
 * embeddings could change whether it is listed: a pair the lexical pass leaves out when the most a
 * comparison with embeddings could cover ({@link EmbeddingComparer#mostCoverage}) reaches {@link
 * #MIN_COVERAGE} of one report; a pair it lists when the least it would cover of the derived report
 * ({@link EmbeddingComparer#leastCoverage}) is below it. The verdict with embeddings then decides
 * the pair.
 */
public final class SyndicationScan {

  /** Sampled shingles a candidate must share: one shared phrase is chance, three are reuse. */
  public static final int MIN_SHARED = 3;

  /**
   * Share of the derived report that must restate the source for the scan to list the pair. Below
   * it the engine may still see a copied quote or a boilerplate passage, but the report is its own.
   */
  public static final double MIN_COVERAGE = 0.3;

  /**
   * Share of one report's fingerprints the other must have (the larger of the two directions) for
   * the engine to compare them. Chance overlaps of three or four phrases in long reports stay below
   * it; the rewrites of the benchmark, and the seed pair (8%), stay above it.
   */
  public static final double MIN_CONTAINMENT = 0.05;

  /**
   * Candidates looked at per article; a story syndicated more widely shows in its copies' lists.
   */
  static final int CANDIDATES_PER_ARTICLE = 50;

  /**
   * Reports a fingerprint may be carried by and still count as evidence of reuse. A phrase printed
   * in more reports than this is a stock phrase or boilerplate; counting it would cost the square
   * of its spread. A story carried whole by more reports than this is still found through its
   * passages that fewer of them kept.
   */
  static final int MAX_REPORTS_PER_PRINT = 1_000;

  /** The order pairs are listed in: most confident first, then by ids for a stable order. */
  private static final Comparator<ScanPair> MOST_CONFIDENT_FIRST =
      Comparator.comparingDouble(ScanPair::confidence)
          .reversed()
          .thenComparing(p -> p.derived().id())
          .thenComparing(p -> p.source().id());

  private static final String WARM_UP_LEFT =
      "The minister said on Monday that the talks in Dakar would resume next week.";
  private static final String WARM_UP_RIGHT =
      "Talks in Dakar will resume next week, the minister told reporters on Monday.";

  /**
   * Share of the library that may arrive before a check relearns the boilerplate: relearning reads
   * every story (seconds at 100,000), and one more story changes nothing that recurs in many.
   */
  static final double BOILERPLATE_TOLERANCE = 0.01;

  /**
   * Articles looked up one index query each rather than through the whole fingerprint table: below
   * this, the queries cost less than reading every report's fingerprints.
   */
  static final int QUERIED_LOOKUPS = 200;

  /** Results inside the workspace folder. */
  static final Path RESULTS = Path.of("scan", "results.json");

  private static final Logger LOG = LoggerFactory.getLogger(SyndicationScan.class);
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private final Workspace workspace;
  private final LexicalComparer comparer;
  private final EmbeddingComparer recheck;
  private final Clock clock = Clock.systemUTC();
  private StockPhrases stock = StockPhrases.NONE;

  /**
   * Creates a scan that verifies candidates with the lexical engine only.
   *
   * @param workspace the open workspace
   * @param comparer the lexical engine that verifies candidates
   */
  public SyndicationScan(Workspace workspace, LexicalComparer comparer) {
    this(workspace, comparer, null);
  }

  /**
   * Creates a scan that verifies candidates with the lexical engine and re-checks, with sentence
   * embeddings, the pairs whose outcome embeddings could change.
   *
   * @param workspace the open workspace
   * @param comparer the lexical engine that verifies candidates
   * @param recheck the engine with embeddings, built on {@code comparer}; null for none
   */
  public SyndicationScan(Workspace workspace, LexicalComparer comparer, EmbeddingComparer recheck) {
    this.workspace = workspace;
    this.comparer = comparer;
    this.recheck = recheck;
  }

  /**
   * Returns the product's scan: lexical verification with the embedding re-check.
   *
   * @param workspace the open workspace
   */
  public static SyndicationScan standard(Workspace workspace) {
    // A calibrated workspace scans on its own thresholds, as its comparisons do.
    Optional<Calibration> calibration = workspace.annotations().corrections().calibration();
    LexicalComparer lexical = LexicalComparer.standard(calibration);
    return new SyndicationScan(
        workspace, lexical, EmbeddingComparer.standard(lexical, calibration));
  }

  /**
   * Scans the workspace, saves the results in {@code scan/results.json} and returns them.
   *
   * @param since scan only articles published on or after this date (their candidates may be
   *     older); null for all
   * @param progress told after each article looked up and each candidate pair verified
   * @throws IOException when the results cannot be saved
   */
  public ScanResults run(LocalDate since, ScanProgress progress) throws IOException {
    long start = System.nanoTime();
    ArticleIndex index = workspace.index();
    int upgraded = index.addMissingFingerprints();
    if (upgraded > 0) {
      LOG.info(
          "indexed fingerprints of {} article versions stored before the scan existed", upgraded);
    }
    Instant from = since == null ? null : since.atStartOfDay(ZoneOffset.UTC).toInstant();
    List<ArticleId> ids = index.currentIds(from);
    Found found = find(ids, workspace.boilerplate(), progress);
    List<ScanPair> pairs = found.pairs();
    pairs.sort(MOST_CONFIDENT_FIRST);
    ScanResults results =
        new ScanResults(
            clock.instant().toString(),
            since == null ? null : since.toString(),
            ids.size(),
            found.candidatePairs(),
            found.comparedPairs(),
            (System.nanoTime() - start) / 1_000_000,
            pairs,
            recheck != null,
            found.recheckedPairs(),
            recheck == null ? 0 : found.recheckMillis());
    save(workspace.folder(), results);
    return results;
  }

  /**
   * Checks a few articles, just stored, against the whole workspace with the scan's evidence
   * (candidates by shared fingerprints, then the engine and its re-check) and returns the pairs
   * found that involve them, most confident first; nothing is saved. What a watcher calls for each
   * batch of new articles, so an alert and a full scan agree.
   *
   * @param ids the articles to look up (current and committed)
   * @param progress told after each article looked up and each candidate pair verified
   */
  public List<ScanPair> check(List<ArticleId> ids, ScanProgress progress) throws IOException {
    if (ids.isEmpty()) {
      return List.of();
    }
    workspace.index().addMissingFingerprints();
    List<ScanPair> pairs =
        new ArrayList<>(find(ids, workspace.boilerplate(BOILERPLATE_TOLERANCE), progress).pairs());
    pairs.sort(MOST_CONFIDENT_FIRST);
    return pairs;
  }

  /**
   * Loads the engines' models now (the analyser's, and the embedder's when it re-checks) by
   * comparing two short texts, and learns the workspace's boilerplate, so the first article a
   * watcher checks is checked as fast as the rest.
   */
  public void warmUp() {
    workspace.boilerplate(BOILERPLATE_TOLERANCE);
    Article left = Article.ofText(new ArticleId("warm-up-left"), "warm-up-left", WARM_UP_LEFT);
    Article right = Article.ofText(new ArticleId("warm-up-right"), "warm-up-right", WARM_UP_RIGHT);
    comparer.compare(left, right, StockPhrases.NONE);
    if (recheck != null) {
      recheck.compare(left, right, StockPhrases.NONE);
    }
  }

  /**
   * Looks up the candidates of the given articles, verifies them and re-checks the band: the scan's
   * whole evidence for those articles, in no particular order.
   */
  private Found find(List<ArticleId> ids, WorkspaceBoilerplate boilerplate, ScanProgress progress)
      throws IOException {
    ArticleIndex index = workspace.index();
    stock = boilerplate;
    Map<String, Candidate> candidates =
        lookUp(index, ids, Math.min(MAX_REPORTS_PER_PRINT, boilerplate.threshold()), progress);
    List<Candidate> worthComparing =
        candidates.values().stream()
            .filter(c -> c.match().containment() >= MIN_CONTAINMENT)
            .toList();
    List<Verified> verified = verifyAll(worthComparing, progress);
    List<ScanPair> pairs = new ArrayList<>();
    List<Verified> band = new ArrayList<>();
    for (Verified outcome : verified) {
      if (outcome.inBand()) {
        band.add(outcome);
      } else {
        outcome.pair().ifPresent(pairs::add);
      }
    }
    long recheckStart = System.nanoTime();
    pairs.addAll(recheckAll(band, progress));
    long recheckMillis = (System.nanoTime() - recheckStart) / 1_000_000;
    if (recheck != null) {
      long listed = band.stream().filter(outcome -> outcome.pair().isPresent()).count();
      LOG.info(
          "re-checked {} of {} compared pairs with embeddings in {} ms ({} listed lexically that"
              + " could drop, {} unlisted that could be listed)",
          band.size(),
          verified.size(),
          recheckMillis,
          listed,
          band.size() - listed);
    }
    return new Found(pairs, candidates.size(), worthComparing.size(), band.size(), recheckMillis);
  }

  /** What {@link #find} found, with the counts a saved scan reports. */
  private record Found(
      List<ScanPair> pairs,
      int candidatePairs,
      int comparedPairs,
      int recheckedPairs,
      long recheckMillis) {}

  /** Returns the results of the last scan of a workspace folder, if it has been scanned. */
  public static Optional<ScanResults> load(Path workspaceFolder) throws IOException {
    return JsonFiles.read(workspaceFolder.resolve(RESULTS), ScanResults.class);
  }

  /** Saves the results, replacing the old ones at once so a crash keeps them. */
  static void save(Path workspaceFolder, ScanResults results) throws IOException {
    JsonFiles.writeAtomically(workspaceFolder.resolve(RESULTS), results);
  }

  /**
   * Looks up each article's candidates on every core, keeping each pair once with the larger of its
   * two containments. Many articles (a scan): every report's fingerprints are read from the index
   * once and counted in memory. A few (a watcher's new arrivals, up to {@value #QUERIED_LOOKUPS}):
   * each asks the index for its own fingerprints' reports, which costs the same whatever the size
   * of the library. Both count the same.
   */
  private static Map<String, Candidate> lookUp(
      ArticleIndex index, List<ArticleId> ids, int maxReportsPerPrint, ScanProgress progress)
      throws IOException {
    Function<ArticleId, List<Overlap>> overlaps;
    if (ids.size() <= QUERIED_LOOKUPS) {
      overlaps =
          id ->
              seenFromTheShorter(
                  index,
                  index.fingerprintOverlaps(
                      id, MIN_SHARED, CANDIDATES_PER_ARTICLE, maxReportsPerPrint));
    } else {
      long start = System.nanoTime();
      FingerprintTable table = index.fingerprintTable(maxReportsPerPrint);
      LOG.info(
          "read the fingerprints of {} reports in {} ms: {} shared by two reports or more, {} left"
              + " out as stock phrases",
          table.size(),
          (System.nanoTime() - start) / 1_000_000,
          table.sharedPrints(),
          table.stockPhrases());
      overlaps = id -> table.overlaps(id.value(), MIN_SHARED, CANDIDATES_PER_ARTICLE);
    }
    List<Callable<List<Overlap>>> lookups = new ArrayList<>(ids.size());
    for (ArticleId id : ids) {
      lookups.add(() -> overlaps.apply(id));
    }
    Map<String, Candidate> candidates = new LinkedHashMap<>();
    List<List<Overlap>> found = EveryCore.run(lookups, "candidates", progress, matches -> 0);
    for (int i = 0; i < ids.size(); i++) {
      ArticleId id = ids.get(i);
      for (Overlap match : found.get(i)) {
        candidates.merge(
            pairKey(id, new ArticleId(match.other())),
            new Candidate(id, match),
            (seen, now) -> now.match().containment() > seen.match().containment() ? now : seen);
      }
    }
    return candidates;
  }

  /**
   * Reads each overlap as a share of the shorter report's fingerprints. A scan looks up both
   * reports of a pair and keeps the larger containment; a watcher looks up only the new one, so a
   * long source arriving after its short rewrite would otherwise be measured against its own length
   * and fall below {@link #MIN_CONTAINMENT}.
   */
  private static List<Overlap> seenFromTheShorter(ArticleIndex index, List<Overlap> found) {
    List<Overlap> read = new ArrayList<>(found.size());
    for (Overlap match : found) {
      int theirs = index.fingerprintCount(new ArticleId(match.other()));
      read.add(
          theirs > 0 && theirs < match.of()
              ? new Overlap(match.other(), match.shared(), theirs)
              : match);
    }
    return read;
  }

  /**
   * Verifies the candidates on every core: analysis dominates the scan's time, and the analyser and
   * the engine are safe to share between threads.
   */
  private List<Verified> verifyAll(List<Candidate> candidates, ScanProgress progress)
      throws IOException {
    List<Callable<Verified>> checks = new ArrayList<>(candidates.size());
    for (Candidate candidate : candidates) {
      checks.add(() -> verify(candidate.id(), candidate.match()));
    }
    return EveryCore.run(checks, "verify", progress, outcome -> outcome.pair().isPresent() ? 1 : 0);
  }

  /**
   * Compares the pairs in the band again with embeddings, on every core (the embedder, like the
   * engine, is safe to share); their verdict replaces the lexical one.
   */
  private List<ScanPair> recheckAll(List<Verified> band, ScanProgress progress) throws IOException {
    if (band.isEmpty()) {
      return List.of();
    }
    List<Callable<Optional<ScanPair>>> checks = new ArrayList<>(band.size());
    for (Verified outcome : band) {
      checks.add(
          () ->
              listing(
                  recheck.compare(outcome.left(), outcome.right(), stock),
                  outcome.left(),
                  outcome.right(),
                  outcome.sharedFingerprints(),
                  ScanPair.EMBEDDINGS));
    }
    List<ScanPair> pairs = new ArrayList<>();
    EveryCore.run(checks, "recheck", progress, pair -> pair.isPresent() ? 1 : 0)
        .forEach(pair -> pair.ifPresent(pairs::add));
    return pairs;
  }

  /**
   * Compares a candidate pair lexically and tells whether embeddings could change its outcome:
   * whether the coverage they could reach crosses {@link #MIN_COVERAGE} from the lexical side.
   */
  private Verified verify(ArticleId id, Overlap match) {
    Optional<Article> first = workspace.article(id);
    Optional<Article> second = workspace.article(new ArticleId(match.other()));
    if (first.isEmpty() || second.isEmpty()) {
      return new Verified(Optional.empty(), false, null, null, match.shared());
    }
    // The earlier report on the left, so the verdict reads left to right.
    boolean inOrder = EventGrouping.EARLIEST_FIRST.compare(first.get(), second.get()) <= 0;
    Article left = inOrder ? first.get() : second.get();
    Article right = inOrder ? second.get() : first.get();
    if (comparer.centresApart(left, right, stock)) {
      return new Verified(Optional.empty(), false, left, right, match.shared());
    }
    Comparison comparison = comparer.compare(left, right, stock);
    Optional<ScanPair> pair = listing(comparison, left, right, match.shared(), ScanPair.LEXICAL);
    boolean inBand = recheck != null && embeddingsCouldChange(comparison, pair, left, right);
    return new Verified(pair, inBand, left, right, match.shared());
  }

  /**
   * Returns true when embeddings could change whether the pair is listed: for a pair not listed,
   * when the most any alignment could cover reaches {@link #MIN_COVERAGE} and would lift its reuse
   * to a derivation; for a listed pair, when the least it could cover falls below either line.
   */
  private boolean embeddingsCouldChange(
      Comparison lexical, Optional<ScanPair> pair, Article left, Article right) {
    ReuseModel model = comparer.reuseModel();
    Map<String, Double> signals = lexical.derivation().signals();
    if (pair.isEmpty()) {
      if (ComparisonEngine.figuresApart(lexical.derivation().facts())) {
        // Other figures throughout: one template twice, whatever sentences embeddings would pair.
        return false;
      }
      double most = recheck.mostCoverage(left, right).larger();
      return most >= MIN_COVERAGE && model.scoreWithRestated(signals, most) >= model.derivedFrom();
    }
    CoverageBound least = recheck.leastCoverage(lexical);
    boolean rightDerived = pair.get().derived().id().equals(right.id().value());
    double leastRestated = rightDerived ? least.rightByLeft() : least.leftByRight();
    return leastRestated < MIN_COVERAGE
        || model.scoreWithRestated(signals, leastRestated) < model.derivedFrom();
  }

  /**
   * Returns the pair as the scan lists it, or empty when the verdict is no derivation or the
   * derived report restates too little of the source.
   */
  private static Optional<ScanPair> listing(
      Comparison comparison, Article left, Article right, int shared, String decidedBy) {
    Derivation derivation = comparison.derivation();
    Verdict verdict = derivation.verdict();
    if (!verdict.isDerivation() && verdict != Verdict.COMMON_SOURCE) {
      return Optional.empty();
    }
    boolean rightDerives = verdict != Verdict.LEFT_DERIVES_FROM_RIGHT;
    Article source = rightDerives ? left : right;
    Article derived = rightDerives ? right : left;
    double derivedBySource = rightDerives ? derivation.rightByLeft() : derivation.leftByRight();
    double sourceByDerived = rightDerives ? derivation.leftByRight() : derivation.rightByLeft();
    if (derivedBySource < MIN_COVERAGE) {
      return Optional.empty();
    }
    // Credit can only be checked against a known outlet; "not credited" would then be a guess.
    Boolean credited = source.outlet() == null ? null : derivation.credited();
    List<AnalyzedSentence> derivedSentences =
        rightDerives ? comparison.right().sentences() : comparison.left().sentences();
    return Optional.of(
        new ScanPair(
            ReportRef.of(source),
            ReportRef.of(derived),
            verdict == Verdict.COMMON_SOURCE ? Verdict.COMMON_SOURCE.jsonName() : ScanPair.DERIVED,
            rounded(derivation.confidence()),
            new ScanPair.Coverage(rounded(derivedBySource), rounded(sourceByDerived)),
            rounded(verbatimShare(comparison.passages(), derivedSentences)),
            credited,
            shared,
            decidedBy,
            rounded(derivation.reuse()),
            derivation.version()));
  }

  private static double rounded(double share) {
    return Math.round(share * 10_000) / 10_000.0;
  }

  private static double verbatimShare(
      List<VerbatimPassage> passages, List<AnalyzedSentence> derivedSentences) {
    long words = 0;
    for (AnalyzedSentence sentence : derivedSentences) {
      Matcher matcher = WORD.matcher(sentence.text());
      while (matcher.find()) {
        words++;
      }
    }
    if (words == 0) {
      return 0;
    }
    long copied = passages.stream().mapToLong(VerbatimPassage::words).sum();
    return Math.min(1.0, (double) copied / words);
  }

  /**
   * The lexical outcome of a candidate pair: the listed pair if any, whether embeddings could
   * change it, and the pair in reading order for the re-check.
   */
  private record Verified(
      Optional<ScanPair> pair,
      boolean inBand,
      Article left,
      Article right,
      int sharedFingerprints) {}

  /** A candidate pair: the article looked up and the report it matched. */
  private record Candidate(ArticleId id, Overlap match) {}

  private static String pairKey(ArticleId a, ArticleId b) {
    return a.value().compareTo(b.value()) < 0
        ? a.value() + "\n" + b.value()
        : b.value() + "\n" + a.value();
  }
}
