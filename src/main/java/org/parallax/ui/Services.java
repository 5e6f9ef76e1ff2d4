package org.parallax.ui;

import org.parallax.workspace.Comparer;
import org.parallax.workspace.Library;

/**
 * The workspace services the window uses.
 *
 * @param library ingest, search and read articles
 * @param comparer compare two articles
 * @param exporter write a comparison to a file
 * @param closer releases the workspace when the window closes
 */
record Services(
    Library library, Comparer comparer, ComparisonExporter exporter, AutoCloseable closer) {}
