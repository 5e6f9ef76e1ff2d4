package org.parallax.ui.library;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import org.parallax.model.FacetCount;

/**
 * One facet as a row of toggle chips (value and count), the first few shown and the rest behind "+N
 * more".
 */
final class FacetChips {

  private static final int SHOWN = 6;

  private final FlowPane pane = new FlowPane(4, 4);
  private final ObservableList<FacetCount> counts;
  private final Set<String> checked;
  private final Consumer<String> toggle;
  private final Function<String, String> label;
  private boolean expanded;

  /**
   * Creates the chips of a facet and keeps them in step with its counts.
   *
   * @param id the node id
   * @param counts the facet's values with counts
   * @param checked the values checked
   * @param toggle checks or unchecks a value
   * @param label how a value is shown
   */
  FacetChips(
      String id,
      ObservableList<FacetCount> counts,
      Set<String> checked,
      Consumer<String> toggle,
      Function<String, String> label) {
    this.counts = counts;
    this.checked = checked;
    this.toggle = toggle;
    this.label = label;
    pane.setId(id);
    counts.addListener((ListChangeListener<FacetCount>) c -> fill());
  }

  /** Returns the chips' pane. */
  FlowPane pane() {
    return pane;
  }

  private void fill() {
    pane.getChildren().clear();
    List<FacetCount> all = new ArrayList<>();
    // A checked value the counts no longer name (a month checked, now shown as its days) stays
    // on show, checked, so it can be unchecked.
    for (String value : checked) {
      if (counts.stream().noneMatch(count -> count.value().equals(value))) {
        all.add(new FacetCount(value, counts.stream().mapToLong(FacetCount::count).sum()));
      }
    }
    all.addAll(counts);
    // Long facets would push the rows out of sight: show a few, expand on demand.
    List<FacetCount> shown = expanded || all.size() <= SHOWN ? all : all.subList(0, SHOWN);
    for (FacetCount count : shown) {
      ToggleButton chip =
          new ToggleButton(
              label.apply(count.value()) + String.format(Locale.ROOT, "  %,d", count.count()));
      chip.getStyleClass().add("chip");
      chip.setSelected(checked.contains(count.value()));
      chip.setOnAction(e -> toggle.accept(count.value()));
      pane.getChildren().add(chip);
    }
    if (all.size() > SHOWN) {
      Hyperlink more = new Hyperlink(expanded ? "fewer" : "+" + (all.size() - SHOWN) + " more");
      more.getStyleClass().add("facet-more");
      more.setOnAction(
          e -> {
            expanded = !expanded;
            fill();
          });
      pane.getChildren().add(more);
    }
  }
}
