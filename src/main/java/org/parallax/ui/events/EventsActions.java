package org.parallax.ui.events;

import static org.parallax.ui.WindowDialogs.item;

import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import org.parallax.ui.MainWindowViewModel;
import org.parallax.ui.WorkTabs;

/** What the window does with events: its menu item and the one Events tab. */
public final class EventsActions {

  private final MainWindowViewModel window;
  private final WorkTabs tabs;

  /**
   * Creates the events actions of a window.
   *
   * @param window the window's state
   * @param tabs the work area's tabs
   */
  public EventsActions(MainWindowViewModel window, WorkTabs tabs) {
    this.window = window;
    this.tabs = tabs;
  }

  /** Returns the Compare menu's events item. */
  public MenuItem eventsItem() {
    MenuItem events = item("Events", null, e -> window.events());
    events.setId("events");
    return events;
  }

  /** Shows the workspace's events: selects their tab when it is open, else opens it. */
  public void showEvents(EventsViewModel events) {
    for (Tab tab : tabs.all()) {
      if (tab.getUserData() instanceof EventsView view && view.viewModel() == events) {
        tabs.select(tab);
        return;
      }
    }
    EventsView view = new EventsView(events, window);
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
    tabs.open(tab);
  }
}
