package org.parallax.ui.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.Comparison;
import org.parallax.model.Difference;
import org.parallax.model.Relation;
import org.parallax.model.SentencePair;
import org.parallax.report.DifferenceWords;
import org.parallax.ui.ReportLabels;

/**
 * State of one comparison tab: the styled text of both panes, the list of differences, which claim
 * is selected and what the details pane says about it. Testable without a running toolkit.
 */
public final class ComparisonViewModel {

  private final Comparison comparison;
  private final PaneDocument leftDocument;
  private final PaneDocument rightDocument;
  private final List<DifferenceItem> differences;
  private final List<Connector> connectors;
  private final Map<Integer, Integer> pairOfLeft = new HashMap<>();
  private final Map<Integer, Integer> pairOfRight = new HashMap<>();
  private final ReadOnlyIntegerWrapper selectedDifference = new ReadOnlyIntegerWrapper(-1);
  private final ReadOnlyObjectWrapper<Selection> selection =
      new ReadOnlyObjectWrapper<>(Selection.NONE);

  /**
   * The sentences selected in each pane.
   *
   * @param left selected left sentence numbers
   * @param right selected right sentence numbers
   * @param pairIndex the selected pair, or -1 for a one-sided sentence or nothing
   */
  record Selection(List<Integer> left, List<Integer> right, int pairIndex) {
    static final Selection NONE = new Selection(List.of(), List.of(), -1);

    Selection {
      left = List.copyOf(left);
      right = List.copyOf(right);
    }
  }

  ComparisonViewModel(Comparison comparison) {
    this.comparison = comparison;
    List<SentencePair> pairs = comparison.pairs();
    for (int i = 0; i < pairs.size(); i++) {
      for (int n : pairs.get(i).left()) {
        pairOfLeft.put(n, i);
      }
      for (int n : pairs.get(i).right()) {
        pairOfRight.put(n, i);
      }
    }
    this.leftDocument = PaneDocuments.of(comparison, Side.LEFT);
    this.rightDocument = PaneDocuments.of(comparison, Side.RIGHT);
    this.differences = listDifferences();
    this.connectors = listConnectors();
  }

  /** Returns the comparison shown. */
  Comparison comparison() {
    return comparison;
  }

  /** Returns a tab title such as "Reuters ⟷ Diplomat.so". */
  String title() {
    return VerdictWords.outletOf(comparison, Side.LEFT)
        + " ⟷ "
        + VerdictWords.outletOf(comparison, Side.RIGHT);
  }

  /** Returns the verdict headline. */
  String verdictHeadline() {
    return VerdictWords.headline(comparison);
  }

  /** Returns the figures under the verdict. */
  String verdictSummary() {
    return VerdictWords.summary(comparison);
  }

  /** Returns the evidence for the verdict in one line. */
  String verdictEvidence() {
    return VerdictWords.evidence(comparison);
  }

  /** Returns what a pane shows. */
  public PaneDocument document(Side side) {
    return side == Side.LEFT ? leftDocument : rightDocument;
  }

  /** Returns the metadata line shown above a pane: dateline, byline, published. */
  String metadata(Side side) {
    var article = side == Side.LEFT ? comparison.left().article() : comparison.right().article();
    return ReportLabels.metadataLine(article);
  }

  /** Returns the outlet (or a stand-in) of one side. */
  String outlet(Side side) {
    return VerdictWords.outletOf(comparison, side);
  }

  /** Returns every difference, in reading order. */
  public List<DifferenceItem> differences() {
    return differences;
  }

  /** Returns the connectors the gutter draws, one per pair. */
  List<Connector> connectors() {
    return connectors;
  }

  /** Returns the index of the selected difference, or -1. */
  ReadOnlyIntegerProperty selectedDifferenceProperty() {
    return selectedDifference.getReadOnlyProperty();
  }

  /** Returns the index of the selected difference, or -1. */
  int getSelectedDifference() {
    return selectedDifference.get();
  }

  /** Returns the sentences selected in each pane. */
  ReadOnlyObjectProperty<Selection> selectionProperty() {
    return selection.getReadOnlyProperty();
  }

  /** Returns the sentences selected in each pane. */
  Selection getSelection() {
    return selection.get();
  }

  /** Selects the next difference, staying on the last (as diff tools do, F7). */
  void nextDifference() {
    if (!differences.isEmpty()) {
      selectDifference(Math.min(selectedDifference.get() + 1, differences.size() - 1));
    }
  }

  /** Selects the previous difference, staying on the first (Shift+F7). */
  void previousDifference() {
    if (!differences.isEmpty()) {
      selectDifference(Math.max(selectedDifference.get() - 1, 0));
    }
  }

  /** Selects a difference by index and the sentences it points at. */
  public void selectDifference(int index) {
    if (index < 0 || index >= differences.size()) {
      return;
    }
    DifferenceItem item = differences.get(index);
    selectedDifference.set(index);
    selection.set(new Selection(item.leftSentences(), item.rightSentences(), item.pairIndex()));
  }

  /** Selects the claim a sentence belongs to, as when the user clicks it. */
  public void selectSentence(Side side, int n) {
    Integer pair = (side == Side.LEFT ? pairOfLeft : pairOfRight).get(n);
    if (pair != null) {
      SentencePair chosen = comparison.pairs().get(pair);
      selection.set(new Selection(chosen.left(), chosen.right(), pair));
      selectedDifference.set(firstDifferenceWhere(d -> d.pairIndex() == pair));
    } else {
      List<Integer> one = List.of(n);
      selection.set(
          side == Side.LEFT
              ? new Selection(one, List.of(), -1)
              : new Selection(List.of(), one, -1));
      selectedDifference.set(
          firstDifferenceWhere(
              d ->
                  d.pairIndex() < 0
                      && (side == Side.LEFT ? d.leftSentences() : d.rightSentences()).contains(n)));
    }
  }

  /**
   * Returns the sentence of the other pane to keep level with sentence {@code n} when scrolling:
   * its partner, or for a one-sided sentence the partner of the nearest paired sentence above.
   */
  int partnerOf(Side side, int n) {
    Map<Integer, Integer> pairOf = side == Side.LEFT ? pairOfLeft : pairOfRight;
    for (int k = n; k >= 0; k--) {
      Integer pair = pairOf.get(k);
      if (pair != null) {
        SentencePair found = comparison.pairs().get(pair);
        return (side == Side.LEFT ? found.right() : found.left()).get(0);
      }
    }
    return 0;
  }

  /** Returns what the details pane says about the current selection, if anything is selected. */
  Optional<PairDetails> details() {
    Selection current = selection.get();
    if (current.pairIndex() >= 0) {
      SentencePair pair = comparison.pairs().get(current.pairIndex());
      return Optional.of(
          new PairDetails(
              "Pair "
                  + (current.pairIndex() + 1)
                  + " · "
                  + ClaimWords.relation(pair)
                  + comparison.review().of(pair).map(a -> " · \u270E analyst").orElse(""),
              pair.similarity(),
              pair.signals(),
              pair.differences().stream().map(DifferenceWords::sentence).toList(),
              ClaimWords.sources(comparison.left(), pair.left()),
              ClaimWords.sources(comparison.right(), pair.right()),
              ClaimWords.quotes(comparison.left(), pair.left()),
              ClaimWords.quotes(comparison.right(), pair.right())));
    }
    if (!current.left().isEmpty() || !current.right().isEmpty()) {
      Side side = current.left().isEmpty() ? Side.RIGHT : Side.LEFT;
      List<Integer> own = side == Side.LEFT ? current.left() : current.right();
      AnalyzedArticle article = side == Side.LEFT ? comparison.left() : comparison.right();
      List<String> ownSources = ClaimWords.sources(article, own);
      List<String> ownQuotes = ClaimWords.quotes(article, own);
      return Optional.of(
          new PairDetails(
              "Only in " + outlet(side),
              -1,
              Map.of(),
              List.of(),
              side == Side.LEFT ? ownSources : List.of(),
              side == Side.RIGHT ? ownSources : List.of(),
              side == Side.LEFT ? ownQuotes : List.of(),
              side == Side.RIGHT ? ownQuotes : List.of()));
    }
    return Optional.empty();
  }

  private int firstDifferenceWhere(Predicate<DifferenceItem> wanted) {
    for (int i = 0; i < differences.size(); i++) {
      if (wanted.test(differences.get(i))) {
        return i;
      }
    }
    return -1;
  }

  private List<DifferenceItem> listDifferences() {
    record Keyed(double key, DifferenceItem item) {}
    List<Keyed> keyed = new ArrayList<>();
    List<SentencePair> pairs = comparison.pairs();
    for (int i = 0; i < pairs.size(); i++) {
      SentencePair pair = pairs.get(i);
      if (pair.relation() != Relation.CHANGED) {
        continue;
      }
      double key = pair.left().get(0);
      if (pair.differences().isEmpty()) {
        keyed.add(
            new Keyed(
                key,
                new DifferenceItem(
                    "Wording changed",
                    sentenceText(Side.LEFT, pair.left()),
                    sentenceText(Side.RIGHT, pair.right()),
                    "The claim is shared but reworded.",
                    i,
                    pair.left(),
                    pair.right())));
      }
      for (Difference difference : pair.differences()) {
        keyed.add(
            new Keyed(
                key,
                new DifferenceItem(
                    ClaimWords.type(difference.type()),
                    difference.left(),
                    difference.right(),
                    DifferenceWords.sentence(difference),
                    i,
                    pair.left(),
                    pair.right())));
      }
    }
    Set<Integer> leftUnsourced = new HashSet<>(comparison.leftUnsourced());
    for (int n : comparison.leftOnly()) {
      keyed.add(new Keyed(n + 0.25, oneSided(Side.LEFT, n, leftUnsourced.contains(n))));
    }
    Set<Integer> rightUnsourced = new HashSet<>(comparison.rightUnsourced());
    for (int n : comparison.rightOnly()) {
      // A right-only sentence sits after the left sentence whose partner precedes it.
      double key = n == 0 ? -0.5 : partnerOf(Side.RIGHT, n) + 0.5;
      keyed.add(new Keyed(key, oneSided(Side.RIGHT, n, rightUnsourced.contains(n))));
    }
    keyed.sort(Comparator.comparingDouble(Keyed::key));
    return keyed.stream().map(Keyed::item).toList();
  }

  private DifferenceItem oneSided(Side side, int n, boolean unsourced) {
    String text = sentenceText(side, List.of(n));
    String label = "Only in " + outlet(side) + (unsourced ? " · no source" : "");
    String explanation =
        outlet(side == Side.LEFT ? Side.RIGHT : Side.LEFT)
            + " has no sentence stating this"
            + (unsourced ? ", and it credits no source." : ".");
    return side == Side.LEFT
        ? new DifferenceItem(label, text, "", explanation, -1, List.of(n), List.of())
        : new DifferenceItem(label, "", text, explanation, -1, List.of(), List.of(n));
  }

  private List<Connector> listConnectors() {
    List<Connector> all = new ArrayList<>();
    List<SentencePair> pairs = comparison.pairs();
    for (int i = 0; i < pairs.size(); i++) {
      SentencePair pair = pairs.get(i);
      all.add(
          new Connector(
              i,
              pair.left().get(0),
              pair.left().get(pair.left().size() - 1),
              pair.right().get(0),
              pair.right().get(pair.right().size() - 1),
              pair.relation() == Relation.CHANGED));
    }
    return List.copyOf(all);
  }

  private String sentenceText(Side side, List<Integer> numbers) {
    AnalyzedArticle article = side == Side.LEFT ? comparison.left() : comparison.right();
    return String.join(" ", numbers.stream().map(n -> article.sentences().get(n).text()).toList());
  }
}
