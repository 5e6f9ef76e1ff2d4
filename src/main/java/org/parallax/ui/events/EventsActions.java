package org.parallax.ui.events;

import static org.parallax.ui.WindowDialogs.item;

import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import org.parallax.ui.WindowParts;

/** What the window does with events: its menu item and the one Events tab. */
public final class EventsActions {

  private final WindowParts window;

  /**
   * Creates the events actions of a window.
   *
   * @param window the window's parts
   */
  public EventsActions(WindowParts window) {
    this.window = window;
  }

  /** Returns the Compare menu's events item. */
  public MenuItem eventsItem() {
    MenuItem events = item("Events", null, e -> window.state().events());
    events.setId("events");
    return events;
  }

  /** Shows the workspace's events: selects their tab when it is open, else opens it. */
  public void showEvents(EventsViewModel events) {
    for (Tab tab : window.tabs().all()) {
      if (tab.getUserData() instanceof EventsView view && view.viewModel() == events) {
        window.tabs().select(tab);
        return;
      }
    }
    EventsView view = new EventsView(events, window.state());
    Tab tab = new Tab("Events", view.root());
    tab.setId("events-tab");
    tab.setUserData(view);
    // "grouped 5 min ago" stays true each time the user comes back to the tab.
    tab.setOnSelectionChanged(
        e -> {
          if (tab.isSelected()) {
            events.refreshSummary();
          }
        });
    window.tabs().open(tab);
  }
}
