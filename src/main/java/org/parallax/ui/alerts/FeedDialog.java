package org.parallax.ui.alerts;

import java.net.URI;
import java.util.Optional;
import javafx.scene.control.TextInputDialog;
import org.parallax.ui.UserError;
import org.parallax.ui.WindowDialogs;
import org.parallax.watch.FeedAddress;

/** File &gt; Watch feed…'s question: the address of an RSS or Atom feed, checked. */
final class FeedDialog {

  private FeedDialog() {}

  /**
   * Asks for a feed's address; empty when the user cancels or gives an address that is not one
   * (then an error says why).
   *
   * @param dialogs the window's dialogs
   */
  static Optional<URI> ask(WindowDialogs dialogs) {
    TextInputDialog dialog = new TextInputDialog();
    dialog.setTitle("Watch feed");
    dialog.setHeaderText(
        "The address of an RSS or Atom feed: its new items are stored and checked as they"
            + " appear, and it is polled again on every start.");
    dialog.getEditor().setId("feed-address");
    dialog.getEditor().setPromptText("https://example.com/news/rss.xml");
    dialogs.ownedBy(dialog);
    Optional<String> typed = dialog.showAndWait().filter(text -> !text.isBlank());
    if (typed.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(FeedAddress.parse(typed.get()));
    } catch (IllegalArgumentException e) {
      dialogs.error(
          new UserError(
              "Not a feed address",
              e.getMessage(),
              "Copy the feed's address from the site (it starts with http:// or https://) and"
                  + " choose File > Watch feed… again."));
      return Optional.empty();
    }
  }
}
