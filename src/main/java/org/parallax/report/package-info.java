/**
 * Exports of a comparison: JSON (the {@code parallax compare --json} schema), CSV and a
 * self-contained HTML evidence report.
 */
package org.parallax.report;
