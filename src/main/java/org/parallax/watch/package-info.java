/**
 * Keeping watch over new reports: folders whose new files are ingested once complete ({@link
 * org.parallax.watch.FolderWatch}), RSS/Atom feeds polled with conditional requests ({@link
 * org.parallax.watch.FeedWatch}), each new article checked at once against the library with the
 * syndication scan's evidence, and every new derivation raised once as an {@link
 * org.parallax.watch.Alert} kept in the workspace ({@link org.parallax.watch.AlertLog}). {@link
 * org.parallax.watch.Watcher} runs all of it on one named thread for the window and the {@code
 * watch} command alike.
 *
 * <p>Built on the syndication feature and the workspace; nothing below depends on it.
 */
package org.parallax.watch;
