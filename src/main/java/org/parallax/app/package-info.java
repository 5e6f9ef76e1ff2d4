/**
 * The launcher: with no arguments it opens the workbench window, otherwise it runs the command
 * line.
 *
 * <p>The one place allowed to depend on both {@code ui} and {@code cli}: it is the composition root
 * that chooses between them.
 */
package org.parallax.app;
