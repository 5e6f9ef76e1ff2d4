/**
 * The syndication scan feature: the tab listing which reports derive from which, each a
 * double-click from its comparison.
 */
package org.parallax.ui.scan;
