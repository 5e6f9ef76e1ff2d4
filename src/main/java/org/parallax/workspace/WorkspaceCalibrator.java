package org.parallax.workspace;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parallax.compare.ComparisonEngine;
import org.parallax.compare.ReuseModel;
import org.parallax.compare.SentenceJudgement;
import org.parallax.correction.CorrectionApplier;
import org.parallax.correction.ThresholdFit;
import org.parallax.correction.ThresholdFit.Labelled;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.Article;
import org.parallax.model.Correction;
import org.parallax.model.CorrectionKind;
import org.parallax.model.Verdict;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Learns a workspace's thresholds from its analysts' corrections: each link, unlink or relation
 * labels a pair of claims (same claim or not), each verdict labels a pair of reports (reuse or
 * independent). The pairing and derivation thresholds are fitted on those labels with
 * cross-validation ({@link ThresholdFit}) and stored only when the held-out labels agree with the
 * fit more than with the shipped settings.
 */
public final class WorkspaceCalibrator {

  private static final Logger LOG = LoggerFactory.getLogger(WorkspaceCalibrator.class);

  /** A decision of the engine that a threshold governs. */
  public enum Decision {
    /** Two sentences state the same claim, scored with embeddings. */
    PAIRING("pairing (with embeddings)"),
    /** Two sentences state the same claim, scored without embeddings (scan, --no-embeddings). */
    LEXICAL_PAIRING("pairing (lexical)"),
    /** One report reuses the other (a derivation or a common source), or they are independent. */
    DERIVATION("derivation");

    private final String label;

    Decision(String label) {
      this.label = label;
    }

    /** Returns the name printed for the decision. */
    public String label() {
      return label;
    }
  }

  /**
   * What a calibration found.
   *
   * @param results each decision that had labels, with its fit
   * @param labelled corrections that labelled a decision
   * @param stored the calibration stored, or empty when the settings were left as they were
   */
  public record Outcome(
      Map<Decision, ThresholdFit.Result> results, int labelled, Optional<Calibration> stored) {}

  private final WorkspaceCorrections corrections;
  private final ComparisonService lexical;
  private final ComparisonService embeddings;
  private final Clock clock;

  /**
   * Creates a calibrator.
   *
   * @param corrections the workspace's corrections
   * @param lexical a service without embeddings
   * @param embeddings a service with embeddings, or null to leave that threshold as it ships
   * @param clock the time the calibration is stamped with
   */
  public WorkspaceCalibrator(
      WorkspaceCorrections corrections,
      ComparisonService lexical,
      ComparisonService embeddings,
      Clock clock) {
    this.corrections = corrections;
    this.lexical = lexical;
    this.embeddings = embeddings;
    this.clock = clock;
  }

  /**
   * Fits the thresholds on the corrections and stores them when they beat the shipped settings.
   *
   * @throws IOException when the calibration cannot be written; the previous one then stands
   */
  public Outcome calibrate() throws IOException {
    Map<Decision, List<Labelled>> labels = new EnumMap<>(Decision.class);
    int labelled = 0;
    for (Correction correction : corrections.all()) {
      Optional<List<Article>> articles = corrections.articles(correction);
      if (articles.isEmpty()) {
        continue; // orphaned: its article is gone
      }
      boolean used = false;
      Boolean sameClaim = sameClaim(correction);
      if (sameClaim != null) {
        used |= labelClaims(correction, articles.get(), sameClaim, labels);
      }
      Boolean reuse = reuse(correction);
      if (reuse != null) {
        ComparisonService service = embeddings == null ? lexical : embeddings;
        double score =
            service.compare(articles.get().get(0), articles.get().get(1)).derivation().reuse();
        add(labels, Decision.DERIVATION, new Labelled(score, true, reuse));
        used = true;
      }
      labelled += used ? 1 : 0;
    }
    Map<Decision, ThresholdFit.Result> results = new EnumMap<>(Decision.class);
    ReuseModel shipped = ReuseModel.FITTED;
    double band = shipped.derivedFrom() - shipped.independentBelow();
    fit(results, labels, Decision.PAIRING, ComparisonEngine.DEFAULT_ALIGN_THRESHOLD, 0);
    fit(
        results,
        labels,
        Decision.LEXICAL_PAIRING,
        ComparisonEngine.DEFAULT_LEXICAL_ALIGN_THRESHOLD,
        0);
    fit(results, labels, Decision.DERIVATION, shipped.derivedFrom(), band);
    if (results.values().stream().noneMatch(ThresholdFit.Result::improves)) {
      return new Outcome(results, labelled, Optional.empty());
    }
    double derivedFrom = chosen(results, Decision.DERIVATION, shipped.derivedFrom());
    Calibration fitted =
        new Calibration(
            chosen(results, Decision.PAIRING, ComparisonEngine.DEFAULT_ALIGN_THRESHOLD),
            chosen(
                results,
                Decision.LEXICAL_PAIRING,
                ComparisonEngine.DEFAULT_LEXICAL_ALIGN_THRESHOLD),
            derivedFrom,
            Math.max(0, derivedFrom - band),
            labelled,
            clock.instant().toString());
    corrections.calibrate(fitted);
    return new Outcome(results, labelled, Optional.of(fitted));
  }

  /** Returns whether the correction says its sentences state one claim; null when it is silent. */
  private static Boolean sameClaim(Correction correction) {
    return switch (correction.kind()) {
      case LINK -> true;
      case UNLINK -> false;
      case RELATION -> !"different".equals(correction.value());
      default -> null;
    };
  }

  /** Returns whether a verdict correction says one report reuses the other; null otherwise. */
  private static Boolean reuse(Correction correction) {
    Verdict verdict = CorrectionApplier.verdictNamed(correction.value());
    if (correction.kind() != CorrectionKind.VERDICT || verdict == null) {
      return null;
    }
    return switch (verdict) {
      case INDEPENDENT -> false;
      case UNKNOWN -> null;
      default -> true;
    };
  }

  /** Labels the correction's claims under each service; false when its sentences are lost. */
  private boolean labelClaims(
      Correction correction,
      List<Article> articles,
      boolean sameClaim,
      Map<Decision, List<Labelled>> labels) {
    boolean used = false;
    if (embeddings != null) {
      used |= labelClaims(correction, articles, sameClaim, embeddings, Decision.PAIRING, labels);
    }
    used |= labelClaims(correction, articles, sameClaim, lexical, Decision.LEXICAL_PAIRING, labels);
    return used;
  }

  private boolean labelClaims(
      Correction correction,
      List<Article> articles,
      boolean sameClaim,
      ComparisonService service,
      Decision decision,
      Map<Decision, List<Labelled>> labels) {
    AnalyzedArticle left = service.analyze(articles.get(0));
    AnalyzedArticle right = service.analyze(articles.get(1));
    Optional<List<Integer>> leftSentences = corrections.sentences(correction.left(), left);
    Optional<List<Integer>> rightSentences = corrections.sentences(correction.right(), right);
    if (leftSentences.isEmpty() || rightSentences.isEmpty()) {
      return false;
    }
    // As a linked pair is judged: by its closest two sentences.
    SentenceJudgement best = null;
    for (int l : leftSentences.get()) {
      for (int r : rightSentences.get()) {
        SentenceJudgement judgement =
            service.judge(left.sentences().get(l), right.sentences().get(r));
        if (best == null || judgement.score() > best.score()) {
          best = judgement;
        }
      }
    }
    if (best == null) {
      return false;
    }
    boolean eligible =
        best.signals().getOrDefault(ComparisonEngine.WORDS_SIGNAL, 0.0)
            >= ComparisonEngine.DEFAULT_WORDS_FLOOR;
    LOG.debug(
        "{} label {}: score {} words {} eligible {}",
        decision,
        sameClaim,
        best.score(),
        best.signals().get(ComparisonEngine.WORDS_SIGNAL),
        eligible);
    add(labels, decision, new Labelled(best.score(), eligible, sameClaim));
    return true;
  }

  private static void add(Map<Decision, List<Labelled>> labels, Decision decision, Labelled label) {
    labels.computeIfAbsent(decision, d -> new ArrayList<>()).add(label);
  }

  private static void fit(
      Map<Decision, ThresholdFit.Result> results,
      Map<Decision, List<Labelled>> labels,
      Decision decision,
      double shipped,
      double band) {
    List<Labelled> of = labels.getOrDefault(decision, List.of());
    if (!of.isEmpty()) {
      results.put(decision, ThresholdFit.crossValidate(of, shipped, band, band));
    }
  }

  /** Returns the fitted threshold where it beat the shipped one on held-out labels, else that. */
  private static double chosen(
      Map<Decision, ThresholdFit.Result> results, Decision decision, double shipped) {
    ThresholdFit.Result result = results.get(decision);
    return result != null && result.improves() ? result.fitted() : shipped;
  }
}
