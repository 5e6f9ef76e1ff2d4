package org.parallax.ui.compare;

import static org.parallax.ui.WindowDialogs.item;

import java.io.File;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;
import org.parallax.model.Comparison;
import org.parallax.ui.MainWindowViewModel;
import org.parallax.ui.WindowDialogs;
import org.parallax.ui.WorkTabs;
import org.parallax.ui.annotate.AnnotateActions;

/**
 * What the window does with comparisons: compare the selected reports, step through differences,
 * export the comparison shown, and open comparison tabs.
 */
public final class CompareActions {

  private final MainWindowViewModel window;
  private final WorkTabs tabs;
  private final WindowDialogs dialogs;
  private final AnnotateActions annotations;

  /**
   * Creates the comparison actions of a window.
   *
   * @param window the window's state
   * @param tabs the work area's tabs
   * @param dialogs the window's dialogs
   * @param annotations lets opened comparisons be annotated
   */
  public CompareActions(
      MainWindowViewModel window,
      WorkTabs tabs,
      WindowDialogs dialogs,
      AnnotateActions annotations) {
    this.window = window;
    this.tabs = tabs;
    this.dialogs = dialogs;
    this.annotations = annotations;
  }

  /** Returns the File menu's export item. */
  public MenuItem exportItem() {
    return item("Export comparison…", "Shortcut+E", e -> exportComparison());
  }

  /**
   * Returns the Compare menu's items: compare the selected reports, next and previous.
   *
   * @param twoSelected true while exactly two reports are selected in the library
   */
  public List<MenuItem> compareItems(ObservableBooleanValue twoSelected) {
    MenuItem compare = item("Compare selected", "Shortcut+D", e -> window.compareSelected());
    compare.disableProperty().bind(Bindings.not(twoSelected));
    MenuItem next = new MenuItem("Next difference");
    next.setAccelerator(new KeyCodeCombination(KeyCode.F7));
    next.setOnAction(e -> current().ifPresent(ComparisonView::next));
    MenuItem previous = new MenuItem("Previous difference");
    previous.setAccelerator(new KeyCodeCombination(KeyCode.F7, KeyCombination.SHIFT_DOWN));
    previous.setOnAction(e -> current().ifPresent(ComparisonView::previous));
    return List.of(compare, next, previous);
  }

  /** Opens a comparison in a tab. */
  public void showComparison(Comparison comparison) {
    ComparisonView view = new ComparisonView(new ComparisonViewModel(comparison));
    annotations.attach(view);
    Tab tab = new Tab(view.viewModel().title(), view.root());
    tab.setUserData(view);
    tab.setId("comparison-tab");
    tabs.open(tab);
  }

  /** Returns the comparison view of the selected tab, if it is one. */
  public Optional<ComparisonView> current() {
    return tabs.selectedView(ComparisonView.class);
  }

  private void exportComparison() {
    Optional<ComparisonView> view = current();
    if (view.isEmpty()) {
      dialogs.info("Export comparison", "Open a comparison tab first, then export it.");
      return;
    }
    FileChooser chooser = new FileChooser();
    chooser.setTitle("Export comparison");
    chooser
        .getExtensionFilters()
        .addAll(
            new FileChooser.ExtensionFilter("HTML evidence report", "*.html"),
            new FileChooser.ExtensionFilter("JSON", "*.json"),
            new FileChooser.ExtensionFilter("CSV (one row per pair)", "*.csv"));
    File target = chooser.showSaveDialog(dialogs.window());
    if (target != null) {
      window.export(view.get().viewModel().comparison(), target.toPath());
    }
  }
}
