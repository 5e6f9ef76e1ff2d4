package org.parallax.ui;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * The work area's tabs as the features see them: each feature opens its own tabs here and finds
 * them again by the view a tab carries as its user data.
 */
public final class WorkTabs {

  private final TabPane pane = new TabPane();

  WorkTabs() {
    pane.setId("work-area");
    pane.setTabClosingPolicy(TabPane.TabClosingPolicy.ALL_TABS);
  }

  /** Returns the tab pane the window lays out. */
  TabPane pane() {
    return pane;
  }

  /** Adds a tab and selects it. */
  public void open(Tab tab) {
    pane.getTabs().add(tab);
    pane.getSelectionModel().select(tab);
  }

  /** Selects a tab that is already open. */
  public void select(Tab tab) {
    pane.getSelectionModel().select(tab);
  }

  /** Closes every tab that matches. */
  public void closeIf(Predicate<Tab> doomed) {
    pane.getTabs().removeIf(doomed);
  }

  /** Returns the open tabs, in their order. */
  public List<Tab> all() {
    return pane.getTabs();
  }

  /** Returns the view the selected tab carries, if it is of the given kind. */
  public <T> Optional<T> selectedView(Class<T> kind) {
    Tab tab = pane.getSelectionModel().getSelectedItem();
    return tab != null && kind.isInstance(tab.getUserData())
        ? Optional.of(kind.cast(tab.getUserData()))
        : Optional.empty();
  }
}
