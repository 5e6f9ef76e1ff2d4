/**
 * The events feature: the Events tab listing the workspace's events and the claims x reports matrix
 * of the selected one.
 */
package org.parallax.ui.events;
