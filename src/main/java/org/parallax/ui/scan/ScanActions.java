package org.parallax.ui.scan;

import static org.parallax.ui.WindowDialogs.item;

import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import org.parallax.syndication.ScanResults;
import org.parallax.ui.WindowParts;

/** What the window does with the syndication scan: its menu item and its one tab. */
public final class ScanActions {

  private final WindowParts window;

  /**
   * Creates the scan actions of a window.
   *
   * @param window the window's parts
   */
  public ScanActions(WindowParts window) {
    this.window = window;
  }

  /** Returns the Compare menu's scan item. */
  public MenuItem scanItem() {
    MenuItem scan = item("Syndication scan", null, e -> window.state().scan());
    scan.setId("scan");
    return scan;
  }

  /** Shows the pairs a scan found, in place of the last scan's tab. */
  public void showScan(ScanResults results) {
    ScanView view = new ScanView(new ScanViewModel(results), window.state());
    Tab tab = new Tab("Syndication scan", view.root());
    tab.setId("scan-tab");
    // A new scan replaces the old list rather than opening a second tab beside it.
    window.tabs().closeIf(open -> "scan-tab".equals(open.getId()));
    window.tabs().open(tab);
  }
}
