package org.parallax.ui;

import java.util.List;
import org.parallax.model.Article;
import org.parallax.model.Comparison;
import org.parallax.model.SearchHit;
import org.parallax.syndication.ScanResults;
import org.parallax.ui.events.EventsViewModel;

/** Where the main window's state sends what the user asked to see; the view opens tabs. */
interface WorkArea {

  /** Opens an article in a tab. */
  void showArticle(Article article);

  /** Opens a comparison in a tab. */
  void showComparison(Comparison comparison);

  /** Opens the list of reports related to {@code article}. */
  void showRelated(Article article, List<SearchHit> related);

  /** Shows the pairs a syndication scan found; views without a scan tab ignore it. */
  default void showScan(ScanResults results) {}

  /** Shows the workspace's events; views without an events tab ignore it. */
  default void showEvents(EventsViewModel events) {}

  /**
   * Closes what was opened from the library the window used before it opened another (articles,
   * comparisons, results of another archive); views without tabs ignore it.
   */
  default void libraryChanged() {}

  /** Tells the user something went wrong and what to do. */
  void showError(UserError error);
}
