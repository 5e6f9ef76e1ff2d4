/**
 * The window's watch feature: File &gt; Watch folder…, the Alerts tab listing every derivation a
 * watcher found (each a double-click from its comparison), and the count badge of alerts not yet
 * looked at.
 */
package org.parallax.ui.alerts;
