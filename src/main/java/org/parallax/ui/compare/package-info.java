/**
 * The comparison feature: the tab with two claim panes, connectors, the list of differences and the
 * details of a pair, its exports and its actions in the Compare menu.
 */
package org.parallax.ui.compare;
