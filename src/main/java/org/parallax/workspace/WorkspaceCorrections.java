package org.parallax.workspace;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.parallax.annotate.Anchorer;
import org.parallax.annotate.AnnotationImport;
import org.parallax.annotate.ArticleTexts;
import org.parallax.annotate.CorrectionStore;
import org.parallax.correction.CorrectionApplier;
import org.parallax.correction.PairJudge;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.Annotation;
import org.parallax.model.AppliedCorrection;
import org.parallax.model.Article;
import org.parallax.model.ArticleId;
import org.parallax.model.Comparison;
import org.parallax.model.Correction;
import org.parallax.model.CorrectionKind;
import org.parallax.model.CorrectionSide;
import org.parallax.model.Passage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The analysts' corrections of a workspace: made on a comparison, stored as W3C annotations beside
 * the others ({@link CorrectionStore}), found again in new versions of their articles, and applied
 * over the engine's result each time the same two reports are compared.
 */
public final class WorkspaceCorrections {

  private static final Logger LOG = LoggerFactory.getLogger(WorkspaceCorrections.class);

  private final CorrectionStore store;
  private final ArticleTexts texts;
  private final WorkspaceSettings settings;
  private final Clock clock;
  private final Anchorer anchorer = new Anchorer();
  private final Path folder;
  private volatile Optional<Calibration> calibration;

  private WorkspaceCorrections(
      CorrectionStore store,
      ArticleTexts texts,
      WorkspaceSettings settings,
      Clock clock,
      Path folder) {
    this.store = store;
    this.texts = texts;
    this.settings = settings;
    this.clock = clock;
    this.folder = folder;
    this.calibration = Calibration.load(folder);
  }

  static WorkspaceCorrections open(
      Path folder, ArticleTexts texts, WorkspaceSettings settings, Clock clock) throws IOException {
    CorrectionStore store = CorrectionStore.open(folder, texts, clock);
    store.problems().forEach(problem -> LOG.warn("corrections: {}", problem));
    return new WorkspaceCorrections(store, texts, settings, clock, folder);
  }

  /**
   * Returns the thresholds fitted on these corrections ({@code parallax calibrate}), or empty when
   * the workspace runs on the shipped settings.
   */
  public Optional<Calibration> calibration() {
    return calibration;
  }

  /**
   * Stores thresholds fitted on these corrections, replacing the file at once.
   *
   * @throws IOException when it cannot be written; the previous calibration then stands
   */
  void calibrate(Calibration fitted) throws IOException {
    fitted.save(folder);
    calibration = Optional.of(fitted);
  }

  /**
   * Returns the workspace to the shipped settings.
   *
   * @return whether it had a calibration
   * @throws IOException when the file cannot be removed
   */
  public boolean resetCalibration() throws IOException {
    boolean had = Calibration.reset(folder);
    calibration = Optional.empty();
    return had;
  }

  /** Returns the current versions of a correction's two articles, when both are stored. */
  Optional<List<Article>> articles(Correction correction) {
    Optional<Article> left = texts.current(correction.left().article());
    Optional<Article> right = texts.current(correction.right().article());
    return left.isPresent() && right.isPresent()
        ? Optional.of(List.of(left.get(), right.get()))
        : Optional.empty();
  }

  /** Returns the sentence numbers a correction's side names in an analysed article. */
  Optional<List<Integer>> sentences(CorrectionSide side, AnalyzedArticle analyzed) {
    return SentenceFinder.sentences(side, analyzed, anchorer);
  }

  /** Returns the store (read it freely). */
  public CorrectionStore store() {
    return store;
  }

  /** Returns every correction, oldest first. */
  public List<Correction> all() {
    return store.all();
  }

  /**
   * Records a correction of a comparison, signed by the settings' author, and saves it at once.
   *
   * @param comparison the comparison as shown (its sentence numbers are the ones named)
   * @param kind what the correction changes
   * @param left sentence numbers on the comparison's left; empty for a verdict
   * @param right sentence numbers on the comparison's right; empty for a verdict
   * @param value the relation, difference type, {@code from>to} types or verdict set
   * @param reason why; required for a verdict
   * @throws IllegalArgumentException naming what is wrong with the correction
   * @throws IOException when it cannot be saved; nothing is then changed
   */
  public Correction correct(
      Comparison comparison,
      CorrectionKind kind,
      List<Integer> left,
      List<Integer> right,
      String value,
      String reason)
      throws IOException {
    CorrectionRules.check(comparison, kind, left, right, value, reason);
    Correction correction =
        new Correction(
            "urn:uuid:" + UUID.randomUUID(),
            kind,
            side(comparison.left(), left),
            side(comparison.right(), right),
            value,
            reason,
            settings.author(),
            clock.instant());
    store.save(correction);
    return correction;
  }

  /**
   * Deletes a correction (an undo) and saves at once.
   *
   * @return whether it was stored
   * @throws IOException when it cannot be saved; nothing is then changed
   */
  public boolean delete(String id) throws IOException {
    return store.delete(id);
  }

  private CorrectionSide side(AnalyzedArticle side, List<Integer> numbers) {
    Article article = side.article();
    List<Passage> passages = new ArrayList<>();
    for (int n : numbers) {
      passages.add(anchorer.passage(article.text(), side.sentences().get(n).sentence().span()));
    }
    return new CorrectionSide(
        article.id(), Annotation.targetSourceOf(article), article.contentHash(), passages);
  }

  /**
   * Returns the engine's comparison with this workspace's corrections of the two reports applied
   * (in either order), or the comparison itself when there are none.
   *
   * @param machine the engine's result
   * @param judge judges sentences an analyst linked
   */
  public Comparison apply(Comparison machine, PairJudge judge) {
    ArticleId leftId = machine.left().article().id();
    ArticleId rightId = machine.right().article().id();
    List<AppliedCorrection> applied = new ArrayList<>();
    List<Correction> orphaned = new ArrayList<>();
    for (Correction correction : store.all()) {
      if (!correction.concerns(leftId, rightId)) {
        continue;
      }
      boolean mirrored = !correction.left().article().equals(leftId);
      CorrectionSide onLeft = mirrored ? correction.right() : correction.left();
      CorrectionSide onRight = mirrored ? correction.left() : correction.right();
      Optional<List<Integer>> left = SentenceFinder.sentences(onLeft, machine.left(), anchorer);
      Optional<List<Integer>> right = SentenceFinder.sentences(onRight, machine.right(), anchorer);
      if (left.isPresent() && right.isPresent()) {
        applied.add(new AppliedCorrection(correction, left.get(), right.get()));
      } else {
        orphaned.add(correction);
      }
    }
    return CorrectionApplier.apply(machine, applied, orphaned, judge);
  }

  /** How a stored correction stands against the current versions of its articles. */
  public enum State {
    /** Its sentences are where they were made. */
    ANCHORED,
    /** An article has a new version, and its sentences were found in it. */
    REANCHORED,
    /** An article is gone or a sentence could not be found: kept, listed, never applied. */
    ORPHANED;

    /** Returns the lower-case name used in JSON. */
    public String jsonName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Returns how a correction stands against the current versions of its articles. */
  public State state(Correction correction) {
    Optional<Article> left = texts.current(correction.left().article());
    Optional<Article> right = texts.current(correction.right().article());
    if (left.isEmpty() || right.isEmpty()) {
      return State.ORPHANED;
    }
    if (!found(correction.left(), left.get()) || !found(correction.right(), right.get())) {
      return State.ORPHANED;
    }
    boolean moved =
        !left.get().contentHash().equals(correction.left().contentHash())
            || !right.get().contentHash().equals(correction.right().contentHash());
    return moved ? State.REANCHORED : State.ANCHORED;
  }

  private boolean found(CorrectionSide side, Article current) {
    return side.passages().stream()
        .allMatch(passage -> anchorer.anchor(passage, current.text()).span() != null);
  }

  /**
   * Finds the sentences of corrections again in articles that just got a new version, and saves
   * their new positions; those that cannot be found keep their quotes and are returned.
   *
   * @param stored articles an ingest stored
   */
  List<Correction> reanchor(List<Article> stored) {
    List<Correction> changed = new ArrayList<>();
    List<Correction> orphaned = new ArrayList<>();
    for (Correction correction : store.all()) {
      CorrectionSide left = moved(correction.left(), stored);
      CorrectionSide right = moved(correction.right(), stored);
      if (left != correction.left() || right != correction.right()) {
        Correction anchored = correction.withSides(left, right);
        changed.add(anchored);
        if (anchored.isOrphan()) {
          orphaned.add(anchored);
          LOG.warn(
              "correction {} lost a sentence in a new version; kept as an orphan", anchored.id());
        }
      }
    }
    if (!changed.isEmpty()) {
      try {
        store.saveAll(changed);
      } catch (IOException e) {
        LOG.error("could not save re-anchored corrections; the previous file is intact", e);
      }
    }
    return orphaned;
  }

  private CorrectionSide moved(CorrectionSide side, List<Article> stored) {
    for (Article article : stored) {
      if (article.id().equals(side.article())
          && !article.contentHash().equals(side.contentHash())) {
        List<Passage> passages =
            side.passages().stream().map(p -> anchorer.anchor(p, article.text())).toList();
        return side.in(article.contentHash(), passages);
      }
    }
    return side;
  }

  /**
   * Imports the corrections among W3C JSON-LD annotations (others are skipped).
   *
   * @throws IOException when the store cannot be written
   */
  AnnotationImport importJsonLd(String json) throws IOException {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(json);
    } catch (JsonProcessingException e) {
      // The annotation store reports the same text as invalid; one report is enough.
      return new AnnotationImport(0, 0, 0, List.of());
    }
    return store.importJsonLd(root);
  }
}
