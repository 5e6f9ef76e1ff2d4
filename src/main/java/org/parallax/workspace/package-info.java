/**
 * A workspace folder (index, originals, annotations, settings, logs) and the services the window
 * and the command line share: ingest, search, compare.
 */
package org.parallax.workspace;
