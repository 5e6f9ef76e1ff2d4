/**
 * The syndication feature the window's Scan and Events tabs and the {@code scan} and {@code events}
 * commands share: the workspace-wide scan for rewrites ({@link
 * org.parallax.syndication.SyndicationScan}), the grouping of reports into events ({@link
 * org.parallax.syndication.EventGrouping}) and new articles joining the saved events ({@link
 * org.parallax.syndication.IncrementalEvents}), an event's claim matrix ({@link
 * org.parallax.syndication.EventMatrix}) and the saved results of each.
 *
 * <p>Built on the workspace: it reads the workspace's index and runs the workspace's comparers on
 * the candidates; the workspace itself knows nothing of it.
 */
package org.parallax.syndication;
