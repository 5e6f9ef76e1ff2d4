package org.parallax.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.parallax.compare.ComparisonEngine;
import org.parallax.compare.ReuseModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine thresholds a workspace fitted on its analysts' corrections ({@code parallax
 * calibrate}), kept in the workspace's {@code calibration.json}; without that file the workspace
 * runs on the shipped settings, which no workspace's corrections ever change.
 *
 * @param alignThreshold least score with embeddings for two sentences to state the same claim
 * @param lexicalAlignThreshold the same for the lexical score
 * @param derivedFrom least reuse for a derivation
 * @param independentBelow below this reuse the reports are independent
 * @param corrections how many corrections the fit learnt from
 * @param created when it was fitted, ISO-8601 in UTC
 */
public record Calibration(
    double alignThreshold,
    double lexicalAlignThreshold,
    double derivedFrom,
    double independentBelow,
    int corrections,
    String created) {

  /** The calibration file inside the workspace folder. */
  public static final String FILE_NAME = "calibration.json";

  private static final Logger LOG = LoggerFactory.getLogger(Calibration.class);

  /** Checks the thresholds as the engine would, so a hand-edited file fails on load. */
  public Calibration {
    ComparisonEngine.builder().thresholds(alignThreshold, lexicalAlignThreshold, 0.5);
    new ReuseModel(0, 0, 0, 0, 0, 0, derivedFrom, independentBelow);
    if (corrections < 0) {
      throw new IllegalArgumentException("a calibration counts its corrections");
    }
    Instant.parse(created);
  }

  /**
   * Returns the workspace's calibration, or empty when it runs on the shipped settings. A damaged
   * file is logged and ignored (the shipped settings apply), never overwritten.
   *
   * @param folder the workspace folder
   */
  public static Optional<Calibration> load(Path folder) {
    Path file = folder.resolve(FILE_NAME);
    try {
      return JsonFiles.read(file, Calibration.class);
    } catch (IOException | IllegalArgumentException e) {
      LOG.warn("{} is not a calibration ({}); using the shipped settings", file, e.getMessage());
      return Optional.empty();
    }
  }

  /** Saves the calibration in the workspace, replacing the file at once. */
  void save(Path folder) throws IOException {
    JsonFiles.writeAtomically(folder.resolve(FILE_NAME), this);
  }

  /**
   * Returns the workspace to the shipped settings.
   *
   * @return whether it had a calibration
   */
  static boolean reset(Path folder) throws IOException {
    return Files.deleteIfExists(folder.resolve(FILE_NAME));
  }

  /** Sets these thresholds on an engine being built; the rest stays as shipped. */
  public ComparisonEngine.Builder applyTo(ComparisonEngine.Builder builder) {
    ReuseModel shipped = ReuseModel.FITTED;
    return builder
        .thresholds(
            alignThreshold, lexicalAlignThreshold, ComparisonEngine.DEFAULT_MERGE_CONTAINMENT)
        .reuseModel(
            new ReuseModel(
                shipped.intercept(),
                shipped.trigrams(),
                shipped.rareRuns(),
                shipped.restated(),
                shipped.restatedInOrder(),
                shipped.quotes(),
                derivedFrom,
                independentBelow));
  }

  /** Returns a short label for the window's status line. */
  public String label() {
    return "calibrated on " + corrections + " correction" + (corrections == 1 ? "" : "s");
  }
}
