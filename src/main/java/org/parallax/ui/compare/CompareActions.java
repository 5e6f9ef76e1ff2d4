package org.parallax.ui.compare;

import static org.parallax.ui.WindowDialogs.item;

import java.io.File;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;
import org.parallax.model.Comparison;
import org.parallax.ui.Background;
import org.parallax.ui.Services;
import org.parallax.ui.UserError;
import org.parallax.ui.WindowParts;
import org.parallax.ui.annotate.AnnotateActions;

/**
 * What the window does with comparisons: compare the selected reports, step through differences,
 * export the comparison shown, and open comparison tabs.
 */
public final class CompareActions {

  private final WindowParts window;
  private final AnnotateActions annotations;
  private final ExecutorService correctionWork = Background.singleThread("corrections");
  private Services services;

  /**
   * Creates the comparison actions of a window.
   *
   * @param window the window's parts
   * @param annotations lets opened comparisons be annotated
   */
  public CompareActions(WindowParts window, AnnotateActions annotations) {
    this.window = window;
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
    MenuItem compare =
        item("Compare selected", "Shortcut+D", e -> window.state().compareSelected());
    compare.disableProperty().bind(Bindings.not(twoSelected));
    MenuItem next = new MenuItem("Next difference");
    next.setAccelerator(new KeyCodeCombination(KeyCode.F7));
    next.setOnAction(e -> current().ifPresent(ComparisonView::next));
    MenuItem previous = new MenuItem("Previous difference");
    previous.setAccelerator(new KeyCodeCombination(KeyCode.F7, KeyCombination.SHIFT_DOWN));
    previous.setOnAction(e -> current().ifPresent(ComparisonView::previous));
    return List.of(compare, next, previous);
  }

  /** Takes the opened workspace's services, whose corrections comparison tabs then make. */
  public void open(Services opened) {
    services = opened;
  }

  /** Opens a comparison in a tab. */
  public void showComparison(Comparison comparison) {
    Tab tab = new Tab();
    tab.setId("comparison-tab");
    fill(tab, comparison, corrector(tab));
    window.tabs().open(tab);
  }

  /** Shows a comparison in a tab: at first, and again after each correction made in it. */
  private void fill(Tab tab, Comparison comparison, ComparisonCorrector corrector) {
    ComparisonView view = new ComparisonView(new ComparisonViewModel(comparison));
    annotations.attach(view);
    if (corrector != null) {
      corrector.showing(comparison);
      view.enableCorrections(corrector, window.dialogs());
    }
    tab.setText(view.viewModel().title());
    tab.setContent(view.root());
    tab.setUserData(view);
  }

  /** Returns the corrector of a new comparison tab; null without a workspace's corrections. */
  private ComparisonCorrector corrector(Tab tab) {
    if (services == null || services.annotations() == null || services.comparer() == null) {
      return null;
    }
    ComparisonCorrector[] corrector = new ComparisonCorrector[1];
    corrector[0] =
        new ComparisonCorrector(
            services.annotations().corrections(),
            services.comparer(),
            correctionWork,
            Platform::runLater,
            again -> fill(tab, again, corrector[0]),
            problem ->
                window
                    .dialogs()
                    .error(
                        new UserError(
                            "Correction not made",
                            problem,
                            "Pick the sentences again (click one in each pane, Ctrl+click for more)"
                                + " and retry.")));
    return corrector[0];
  }

  /** Returns the comparison view of the selected tab, if it is one. */
  public Optional<ComparisonView> current() {
    return window.tabs().selectedView(ComparisonView.class);
  }

  private void exportComparison() {
    Optional<ComparisonView> view = current();
    if (view.isEmpty()) {
      window.dialogs().info("Export comparison", "Open a comparison tab first, then export it.");
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
    File target = chooser.showSaveDialog(window.dialogs().window());
    if (target != null) {
      window.state().export(view.get().viewModel().comparison(), target.toPath());
    }
  }
}
