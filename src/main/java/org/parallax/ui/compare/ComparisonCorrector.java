package org.parallax.ui.compare;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.parallax.model.Comparison;
import org.parallax.model.Correction;
import org.parallax.model.CorrectionKind;
import org.parallax.model.DifferenceType;
import org.parallax.model.SentencePair;
import org.parallax.model.Verdict;
import org.parallax.workspace.Comparer;
import org.parallax.workspace.WorkspaceCorrections;

/**
 * An analyst's corrections in one comparison tab: the sentences picked on each side, the
 * corrections made, their undo, and the comparison shown again with them applied. Toolkit-free: the
 * window hands in where work runs and where results are shown.
 *
 * <p>Picking follows the clicks: a click on a paired claim picks both its sides, a click on a
 * one-sided sentence picks it on its side and keeps the other side's pick, so clicking one sentence
 * in each pane picks the two to link; Ctrl+click adds a sentence to its side's pick.
 */
public final class ComparisonCorrector {

  private final WorkspaceCorrections corrections;
  private final Comparer comparer;
  private final Executor work;
  private final Executor ui;
  private final Consumer<Comparison> show;
  private final Consumer<String> failed;
  private final Deque<Correction> made = new ArrayDeque<>();
  private final TreeSet<Integer> leftPick = new TreeSet<>();
  private final TreeSet<Integer> rightPick = new TreeSet<>();
  private Comparison shown;

  /**
   * Creates the corrector of a comparison tab.
   *
   * @param corrections the workspace's corrections
   * @param comparer the window's comparer (corrections applied)
   * @param work runs saves and comparisons off the UI thread
   * @param ui runs on the UI thread
   * @param show shows a comparison again, corrected
   * @param failed shows why a correction could not be made
   */
  public ComparisonCorrector(
      WorkspaceCorrections corrections,
      Comparer comparer,
      Executor work,
      Executor ui,
      Consumer<Comparison> show,
      Consumer<String> failed) {
    this.corrections = corrections;
    this.comparer = comparer;
    this.work = work;
    this.ui = ui;
    this.show = show;
    this.failed = failed;
  }

  /** Sets the comparison the tab shows; picks start empty on it. */
  void showing(Comparison comparison) {
    shown = comparison;
    leftPick.clear();
    rightPick.clear();
  }

  /** Returns the comparison shown. */
  Comparison shown() {
    return shown;
  }

  /** Follows a click: picks a paired claim's two sides, or a one-sided sentence on its side. */
  void clicked(List<Integer> left, List<Integer> right) {
    if (!left.isEmpty() && !right.isEmpty()) {
      replace(leftPick, left);
      replace(rightPick, right);
    } else if (!left.isEmpty()) {
      replace(leftPick, left);
    } else if (!right.isEmpty()) {
      replace(rightPick, right);
    }
  }

  /** Adds a sentence to its side's pick, or takes it out when it is there (Ctrl+click). */
  void toggle(Side side, int n) {
    TreeSet<Integer> pick = side == Side.LEFT ? leftPick : rightPick;
    if (!pick.remove(n)) {
      pick.add(n);
    }
  }

  private static void replace(TreeSet<Integer> pick, List<Integer> numbers) {
    pick.clear();
    pick.addAll(numbers);
  }

  /** Returns the picked sentences as the command line names them, such as {@code L28 = R11}. */
  String pickWords() {
    return words("L", leftPick) + " = " + words("R", rightPick);
  }

  private static String words(String prefix, TreeSet<Integer> pick) {
    if (pick.isEmpty()) {
      return prefix + "?";
    }
    return String.join("+", pick.stream().map(n -> prefix + n).toList());
  }

  /** Returns true when a sentence is picked on each side. */
  boolean canPair() {
    return !leftPick.isEmpty() && !rightPick.isEmpty();
  }

  /** Links the picked sentences: they state the same claim (Ctrl+L). */
  void link() {
    pairCorrection(CorrectionKind.LINK, "");
  }

  /** Unlinks the picked sentences: they do not state the same claim (Ctrl+U). */
  void unlink() {
    pairCorrection(CorrectionKind.UNLINK, "");
  }

  /** Sets the relation of the picked pair: {@code same}, {@code changed} or {@code different}. */
  void relation(String relation) {
    pairCorrection(CorrectionKind.RELATION, relation);
  }

  /** Dismisses a difference the list shows: it is no difference. */
  void dismiss(DifferenceItem item) {
    typeOf(item)
        .ifPresentOrElse(
            type ->
                save(
                    CorrectionKind.NOT_A_DIFFERENCE,
                    item.leftSentences(),
                    item.rightSentences(),
                    type.jsonName(),
                    ""),
            () -> failed.accept("Only a typed difference of a shared claim can be dismissed."));
  }

  /** Returns the difference type an item of the list stands for, if it is a typed difference. */
  Optional<DifferenceType> typeOf(DifferenceItem item) {
    if (item == null || item.pairIndex() < 0 || item.pairIndex() >= shown.pairs().size()) {
      return Optional.empty();
    }
    SentencePair pair = shown.pairs().get(item.pairIndex());
    return pair.differences().stream()
        .map(d -> d.type())
        .filter(type -> ClaimWords.type(type).equals(item.label()))
        .findFirst();
  }

  /** Sets the verdict with the analyst's reason, which is required. */
  void verdict(Verdict verdict, String reason) {
    if (reason == null || reason.isBlank()) {
      failed.accept("Give a short reason for the verdict.");
      return;
    }
    save(CorrectionKind.VERDICT, List.of(), List.of(), verdict.jsonName(), reason);
  }

  /** Returns true when a correction of this tab can be undone. */
  boolean canUndo() {
    return !made.isEmpty();
  }

  /** Deletes the last correction made in this tab and shows the comparison without it (Ctrl+Z). */
  void undo() {
    Correction last = made.pollLast();
    if (last == null) {
      return;
    }
    run(
        () -> {
          corrections.delete(last.id());
          return last;
        },
        undone -> {},
        () -> made.addLast(last));
  }

  private void pairCorrection(CorrectionKind kind, String value) {
    if (!canPair()) {
      failed.accept("Pick a sentence on each side first: click one in each pane.");
      return;
    }
    save(kind, List.copyOf(leftPick), List.copyOf(rightPick), value, "");
  }

  private void save(
      CorrectionKind kind, List<Integer> left, List<Integer> right, String value, String reason) {
    Comparison on = shown;
    run(() -> corrections.correct(on, kind, left, right, value, reason), made::addLast, () -> {});
  }

  /** A change of the store, which may fail; returns the correction it concerns. */
  @FunctionalInterface
  private interface Change {
    Correction apply() throws IOException;
  }

  /**
   * Changes the store and compares again off the UI thread, then on the UI thread records the
   * change and shows the result, or undoes the bookkeeping and says what failed.
   */
  private void run(Change change, Consumer<Correction> done, Runnable onFailure) {
    Comparison on = shown;
    work.execute(
        () -> {
          Correction changed;
          Comparison again;
          try {
            changed = change.apply();
            again = comparer.compare(on.left().article(), on.right().article());
          } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            ui.execute(
                () -> {
                  onFailure.run();
                  failed.accept(e.getMessage());
                });
            return;
          }
          ui.execute(
              () -> {
                done.accept(changed);
                show.accept(again);
              });
        });
  }
}
